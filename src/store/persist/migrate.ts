/**
 * Reading drafts written by any version: each migration takes a draft of version n to n + 1, then the result
 * is checked against the current schema. Invariant: a draft that cannot be read is reported, never thrown
 * and never changed in storage (a migrated draft is written back only with the next edit). Pure.
 */
import { z } from 'zod';
import { DRAFT_VERSION, draftSchema, type Draft } from './draft';

/**
 * Version 0: the unversioned record of the first prototype, `{ spec, markdown?, fileName?, savedAt? }`
 * (no version field, the imported text under `markdown`, no revision, no export state).
 */
const draftV0Schema = z.object({
  spec: z.unknown(),
  markdown: z.string().nullable().optional(),
  fileName: z.string().nullable().optional(),
  savedAt: z.number().optional(),
});

type Migration = (draft: unknown, id: string) => unknown;

/** MIGRATIONS[n] turns a version-n draft into a version n + 1 draft. */
const MIGRATIONS: Record<number, Migration> = {
  0: (raw, id) => {
    const v0 = draftV0Schema.parse(raw);
    const at = v0.savedAt ?? 0;
    const sourceText = v0.markdown ?? null;
    return {
      version: 1,
      id,
      rev: 0,
      name: null,
      spec: v0.spec,
      sourceText,
      fileName: v0.fileName ?? null,
      exportMode: sourceText === null ? 'canonical' : 'preserving',
      // The prototype did not track exports: assume the worst, so leaving the page asks first.
      unexported: true,
      createdAt: at,
      updatedAt: at,
    };
  },
};

export type MigrateOutcome = { ok: true; draft: Draft; from: number } | { ok: false; error: string };

/** The version a stored record says it has (0 when it has none). */
function versionOf(raw: unknown): number | null {
  if (raw === null || typeof raw !== 'object') return null;
  const v = (raw as { version?: unknown }).version;
  if (v === undefined) return 0;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : null;
}

/** `raw` (as read from storage under `id`) as a current draft, or why it cannot be read. */
export function migrateDraft(raw: unknown, id: string): MigrateOutcome {
  const from = versionOf(raw);
  if (from === null) return { ok: false, error: 'it is not a Specwright draft' };
  if (from > DRAFT_VERSION) return { ok: false, error: `it was saved by a newer Specwright (draft version ${from})` };
  let value = raw;
  try {
    for (let v = from; v < DRAFT_VERSION; v++) value = MIGRATIONS[v]!(value, id);
  } catch (e) {
    return { ok: false, error: `it could not be upgraded from version ${from}: ${issuesText(e)}` };
  }
  const parsed = draftSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: `it is damaged: ${issuesText(parsed.error)}` };
  return { ok: true, draft: parsed.data, from };
}

function issuesText(e: unknown): string {
  if (e instanceof z.ZodError) {
    return e.issues
      .slice(0, 3)
      .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
      .join('; ');
  }
  return e instanceof Error ? e.message : String(e);
}
