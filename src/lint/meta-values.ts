/** What the template accepts as metadata values: an ISO date, a known status, an `N.N` or semantic version. Pure. */
import { KNOWN_STATUSES, type MetaKey } from '../spec';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date as a UTC timestamp when `text` is a real calendar date written YYYY-MM-DD. */
export function parseIsoDate(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d ? t : undefined;
}

const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const MAJOR_MINOR = /^\d+\.\d+$/;

/** Whether `text` is a version the template accepts: `N.N` or a semantic version. */
export function isValidVersion(text: string): boolean {
  return MAJOR_MINOR.test(text) || SEMVER.test(text);
}

/** Whether `text` is one of the template's statuses, exactly as written there. */
export function isKnownStatus(text: string): boolean {
  return (KNOWN_STATUSES as readonly string[]).includes(text);
}

/** Whether `value` is acceptable for metadata field `key` (the template's own placeholder may not be). */
export function isValidMetaValue(key: MetaKey, value: string): boolean {
  if (key === 'lastUpdated') return parseIsoDate(value) !== undefined;
  if (key === 'status') return isKnownStatus(value);
  return isValidVersion(value);
}
