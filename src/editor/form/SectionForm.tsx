/**
 * The form of one template section: its heading, its kept extras, and one region per subsection with the
 * widget its field kind calls for. Rendered once per section of TEMPLATE, each with its own checks.
 */
import { memo, useMemo } from 'react';
import { fieldByPath, sectionHeading, subsectionHeading, type SectionDef, type FieldRef } from '../../spec';
import { headingDomId, regionDomId } from '../fields/types';
import { sectionChecks } from './checks';
import { ExtraBlocks } from './ExtraBlocks';
import { FieldCheckContext, useSectionForm } from './useSectionForm';
import { FIELD_WIDGETS } from './widgets';

function SubsectionRegion({ field }: { field: FieldRef }) {
  const { sub, path } = field;
  const Widget = FIELD_WIDGETS[sub.field.kind];
  const lang = sub.field.kind === 'code' ? sub.field.lang : '';
  return (
    <section className="subsection" role="region" aria-labelledby={headingDomId(path)} id={regionDomId(path)}>
      <div className="subsection-head">
        <h3 id={headingDomId(path)} tabIndex={-1}>
          {subsectionHeading(sub)}
        </h3>
        {lang && <span className="lang-tag">{lang}</span>}
      </div>
      <p className="hint">{sub.hint}</p>
      <ExtraBlocks at={path} before />
      <Widget field={field} />
      <ExtraBlocks at={path} />
    </section>
  );
}

export const SectionForm = memo(function SectionForm({ section }: { section: SectionDef }) {
  const checks = useMemo(() => sectionChecks(section.id), [section.id]);
  const api = useSectionForm(section.id, checks);
  return (
    <FieldCheckContext.Provider value={api}>
      <section className="section" aria-labelledby={headingDomId(section.id)} id={regionDomId(section.id)}>
        <h2 id={headingDomId(section.id)} tabIndex={-1}>
          {sectionHeading(section)}
        </h2>
        <ExtraBlocks at={section.id} />
        {section.subsections.map((sub) => (
          <SubsectionRegion key={sub.id} field={fieldByPath(`${section.id}.${sub.id}`)} />
        ))}
      </section>
    </FieldCheckContext.Provider>
  );
});
