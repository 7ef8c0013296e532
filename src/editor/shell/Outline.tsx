/**
 * The outline: every template section with how much of it is filled ("2/3 filled") and, where the linter has
 * findings, how many. Each entry jumps to its section; each subsection to its region.
 */
import { memo } from 'react';
import { TEMPLATE, getAt, sectionHeading, subsectionHeading, type SectionDef } from '../../spec';
import { useSpecStore } from '../../store/store';
import { filledCount, isFilled } from '../outline/completeness';
import { regionDomId } from '../fields/types';
import { useLintFindings } from '../flows/useLintFindings';
import { jumpTo } from './jump';

const OutlineSection = memo(function OutlineSection({ section, findings }: { section: SectionDef; findings: readonly string[] }) {
  const filled = useSpecStore((s) => filledCount(s.spec, section));
  const total = section.subsections.length;
  return (
    <li className="outline-section">
      <a
        href={`#${regionDomId(section.id)}`}
        className="outline-link"
        onClick={(e) => {
          e.preventDefault();
          jumpTo(section.id);
        }}
      >
        <span className="outline-title">{sectionHeading(section)}</span>
        <span className={filled === total ? 'badge done' : 'badge'}>
          {filled}/{total} filled
        </span>
        <FindingsBadge findings={findings} />
      </a>
      <ul>
        {section.subsections.map((sub) => (
          <OutlineSub key={sub.id} path={`${section.id}.${sub.id}`} label={subsectionHeading(sub)} />
        ))}
      </ul>
    </li>
  );
});

function OutlineSub({ path, label }: { path: string; label: string }) {
  const filled = useSpecStore((s) => isFilled(getAt(s.spec, path)));
  return (
    <li>
      <a
        href={`#${regionDomId(path)}`}
        className="outline-sub"
        onClick={(e) => {
          e.preventDefault();
          jumpTo(path);
        }}
      >
        <span className={filled ? 'dot filled' : 'dot'} aria-hidden="true" />
        {label}
        <span className="sr-only">{filled ? ' (filled)' : ' (empty)'}</span>
      </a>
    </li>
  );
}

function FindingsBadge({ findings }: { findings: readonly string[] }) {
  if (findings.length === 0) return null;
  return (
    <span className="badge warn" title={findings.slice(0, 12).join('\n')}>
      {findings.length} finding{findings.length > 1 ? 's' : ''}
    </span>
  );
}

const NONE: readonly string[] = [];

export function Outline() {
  const findings = useLintFindings();
  return (
    <nav className="pane outline-pane" aria-label="Outline">
      <h2 className="pane-title">Outline</h2>
      <ol className="outline">
        <li className="outline-section">
          <a
            href={`#${regionDomId('meta')}`}
            className="outline-link"
            onClick={(e) => {
              e.preventDefault();
              jumpTo('meta');
            }}
          >
            <span className="outline-title">Metadata</span>
            <FindingsBadge findings={findings.meta ?? NONE} />
          </a>
        </li>
        {TEMPLATE.map((s) => (
          <OutlineSection key={s.id} section={s} findings={findings[s.id] ?? NONE} />
        ))}
      </ol>
    </nav>
  );
}
