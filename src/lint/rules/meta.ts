/** Rules about the metadata values: the date, the status and the version. */
import { KNOWN_STATUSES, META_FIELDS, type MetaKey } from '../../spec';
import { isKnownStatus, isValidVersion, parseIsoDate } from '../meta-values';
import type { LintContext } from '../context';
import { findingAt, quoteList } from '../text';
import type { Finding, LintRule } from '../types';

/**
 * The value and position of a metadata field, when the source has one that is neither empty nor the
 * template's placeholder (content/empty-field and content/placeholder report those).
 */
function metaValue(ctx: LintContext, key: MetaKey): { value: string; at: { line: number; column: number } } | undefined {
  const span = ctx.source.meta?.fields[key];
  const value = ctx.spec.meta[key].trim();
  if (!span || !value || value === META_FIELDS.find((f) => f.key === key)?.placeholder) return undefined;
  return { value, at: span };
}

const ymd = (t: number) => new Date(t).toISOString().slice(0, 10);

export const invalidDate: LintRule = {
  id: 'meta/invalid-date',
  severity: 'error',
  description: '`Last Updated` is not a real date written YYYY-MM-DD.',
  check(ctx) {
    const v = metaValue(ctx, 'lastUpdated');
    if (!v || parseIsoDate(v.value) !== undefined) return [];
    return [
      findingAt(
        v.at,
        `Last Updated '${v.value}' is not a valid ISO date; write the date as YYYY-MM-DD (e.g. ${ymd(ctx.now.getTime())})`,
        'meta.lastUpdated',
      ),
    ];
  },
};

/** The latest date it is anywhere on Earth (UTC+14) at `now`: a later date is in the future for everyone. */
const latestToday = (now: Date) => ymd(now.getTime() + 14 * 3600_000);

export const futureDate: LintRule = {
  id: 'meta/future-date',
  severity: 'error',
  description: '`Last Updated` is a date later than today in every time zone.',
  check(ctx) {
    const v = metaValue(ctx, 'lastUpdated');
    if (!v || parseIsoDate(v.value) === undefined) return [];
    const today = latestToday(ctx.now);
    if (v.value <= today) return [];
    return [
      findingAt(
        v.at,
        `Last Updated '${v.value}' is in the future (today is ${ymd(ctx.now.getTime())}); set it to the date of the last change`,
        'meta.lastUpdated',
      ),
    ];
  },
};

export const unknownStatus: LintRule = {
  id: 'meta/unknown-status',
  severity: 'warning',
  description: `\`Status\` is not one of ${KNOWN_STATUSES.join(', ')}.`,
  check(ctx) {
    const v = metaValue(ctx, 'status');
    if (!v || isKnownStatus(v.value)) return [];
    const near = KNOWN_STATUSES.find((s) => s.toLowerCase() === v.value.toLowerCase());
    const fix = near ? `write '${near}'` : `use one of ${quoteList(KNOWN_STATUSES)}`;
    return [findingAt(v.at, `Status '${v.value}' is not a known status; ${fix}`, 'meta.status')];
  },
};

export const invalidVersion: LintRule = {
  id: 'meta/invalid-version',
  severity: 'warning',
  description: '`Version` is neither `N.N` (e.g. 1.0) nor a semantic version (e.g. 1.2.3).',
  check(ctx): Finding[] {
    const v = metaValue(ctx, 'version');
    if (!v || isValidVersion(v.value)) return [];
    const digits = /^v?(\d+(?:\.\d+){0,2})(?!\.?\d)/i.exec(v.value);
    const suggestion = digits ? (digits[1]!.includes('.') ? digits[1]! : `${digits[1]}.0`) : '1.0';
    return [
      findingAt(
        v.at,
        `Version '${v.value}' is neither N.N nor a semantic version; write it like '${suggestion}'`,
        'meta.version',
      ),
    ];
  },
};
