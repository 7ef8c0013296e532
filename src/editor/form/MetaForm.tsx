/**
 * The title and metadata: the component name (shown in the header), version, status, last updated, and any
 * metadata fields an import brought beyond the template's. One form with its own checks wraps the header and
 * this panel.
 */
import { useCallback, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { KNOWN_STATUSES } from '../../spec';
import { useField } from '../../store/hooks';
import { useSpecStore } from '../../store/store';
import { headingDomId, regionDomId } from '../fields/types';
import { metaChecks } from './checks';
import { ExtraBlocks } from './ExtraBlocks';
import { FieldMessage } from './FieldMessage';
import { META_FORM } from './formValues';
import { useFieldCheck } from './useFieldCheck';
import { FieldCheckContext, useSectionForm } from './useSectionForm';

/** Provides the title-and-metadata checks to the header and the metadata panel. */
export function MetaFormProvider({ children }: { children: ReactNode }) {
  const api = useSectionForm(META_FORM, metaChecks);
  return <FieldCheckContext.Provider value={api}>{children}</FieldCheckContext.Provider>;
}

function useText(path: string) {
  const value = useField<string>(path) ?? '';
  const onChange = useCallback((v: string) => useSpecStore.getState().setField(path, v), [path]);
  return [value, onChange] as const;
}

/** "Component name": the spec's title without " Specification". */
export function TitleField() {
  const [value, setValue] = useText('title');
  const check = useFieldCheck('title');
  return (
    <div className="title-field">
      <label htmlFor="f-title">Component name</label>
      <input
        id="f-title"
        type="text"
        value={value}
        placeholder="Component Name"
        autoComplete="off"
        aria-invalid={check.error ? true : undefined}
        aria-describedby={check.error ? 'f-title-error' : undefined}
        onChange={(e) => {
          setValue(e.target.value);
          check.afterChange();
        }}
        onBlur={check.onBlur}
      />
      <FieldMessage id="f-title-error" message={check.error} />
    </div>
  );
}

function StatusField() {
  const [value, setValue] = useText('meta.status');
  const known = (KNOWN_STATUSES as readonly string[]).includes(value);
  return (
    <div className="meta-field">
      <label htmlFor="f-meta-status">Status</label>
      <select id="f-meta-status" value={value} onChange={(e) => setValue(e.target.value)}>
        <option value="">Not set</option>
        {KNOWN_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
        {value && !known && <option value={value}>{value} (imported)</option>}
      </select>
    </div>
  );
}

/** Today in the user's time zone, as YYYY-MM-DD. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function LastUpdatedField() {
  const [value, setValue] = useText('meta.lastUpdated');
  const check = useFieldCheck('meta.lastUpdated');
  // A date input cannot show an imported value like "March 2024"; such a value stays editable as text.
  const asDate = value === '' || /^\d{4}-\d{2}-\d{2}$/.test(value);
  return (
    <div className="meta-field">
      <label htmlFor="f-meta-lastUpdated">Last updated</label>
      <div className="inline">
        <input
          id="f-meta-lastUpdated"
          type={asDate ? 'date' : 'text'}
          value={value}
          aria-invalid={check.error ? true : undefined}
          aria-describedby={check.error ? 'f-meta-lastUpdated-error' : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            check.afterChange();
          }}
          onBlur={check.onBlur}
        />
        <button type="button" className="button small" onClick={() => (setValue(today()), check.afterChange())}>
          Today
        </button>
      </div>
      <FieldMessage id="f-meta-lastUpdated-error" message={check.error} />
    </div>
  );
}

function TextMetaField({ label, path, placeholder }: { label: string; path: string | string[]; placeholder?: string }) {
  const value = useField<string>(path) ?? '';
  const id = `f-meta-${label.replace(/[^A-Za-z0-9]+/g, '-')}`;
  return (
    <div className="meta-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        onChange={(e) => useSpecStore.getState().setField(path, e.target.value)}
      />
    </div>
  );
}

/** The metadata panel above the sections. */
export function MetaForm() {
  const extraKeys = useSpecStore(useShallow((s) => Object.keys(s.spec.meta.extra ?? {})));
  return (
    <section className="section meta" aria-labelledby={headingDomId('meta')} id={regionDomId('meta')}>
      <ExtraBlocks at="$start" />
      <h2 id={headingDomId('meta')} tabIndex={-1}>
        Metadata
      </h2>
      <div className="meta-grid">
        <TextMetaField label="Version" path="meta.version" placeholder="1.0" />
        <StatusField />
        <LastUpdatedField />
        {extraKeys.map((k) => (
          <TextMetaField key={k} label={k} path={['meta', 'extra', k]} />
        ))}
      </div>
      <ExtraBlocks at="$title" />
    </section>
  );
}
