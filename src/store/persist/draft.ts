/**
 * The draft record kept in browser storage, version DRAFT_VERSION. Invariant: a draft holds what reopening
 * needs to give back the same document and the same export: the spec as edited, the imported source text
 * (the source document is re-derived from it by importing it again), the file name, the export mode and
 * whether the latest edits were exported. Pure: zod schemas and plain functions.
 */
import { z } from 'zod';
import { specSchema } from '../../spec';

/** The version this build writes; older drafts go through `migrateDraft` first. */
export const DRAFT_VERSION = 1;

export const draftSchema = z.object({
  version: z.literal(DRAFT_VERSION),
  id: z.string().min(1),
  /** Counts writes; a write expecting another revision is refused (another tab wrote meanwhile). */
  rev: z.number().int().nonnegative(),
  /** The name given by Rename; null: the list names the draft after its spec. */
  name: z.string().nullable(),
  spec: specSchema,
  /** The imported file's text, byte for byte; null for a spec started here or opened from JSON. */
  sourceText: z.string().nullable(),
  fileName: z.string().nullable(),
  exportMode: z.enum(['preserving', 'canonical']),
  /** True when there are edits that were not downloaded, copied or saved to a file. */
  unexported: z.boolean(),
  createdAt: z.number(),
  updatedAt: z.number(),
});

export type Draft = z.infer<typeof draftSchema>;

/** What the list of recent drafts shows, stored beside each draft so listing reads no spec. */
export interface DraftMeta {
  id: string;
  name: string | null;
  title: string;
  fileName: string | null;
  updatedAt: number;
  /**
   * The draft's revision and creation time, so that a save checks them without reading the whole draft back
   * (megabytes for a big spec, every autosave). Absent from metas written before they were added.
   */
  rev?: number;
  createdAt?: number;
}

/** The list entry of `draft`. */
export function metaOf(draft: Pick<Draft, 'id' | 'name' | 'spec' | 'fileName' | 'updatedAt'> & Partial<Pick<Draft, 'rev' | 'createdAt'>>): DraftMeta {
  const meta: DraftMeta = { id: draft.id, name: draft.name, title: draft.spec.title, fileName: draft.fileName, updatedAt: draft.updatedAt };
  if (draft.rev !== undefined) meta.rev = draft.rev;
  if (draft.createdAt !== undefined) meta.createdAt = draft.createdAt;
  return meta;
}

/** The name a draft is listed under: its given name, else its component name, else its file name. */
export function displayName(meta: DraftMeta): string {
  return meta.name?.trim() || meta.title.trim() || meta.fileName || 'Untitled spec';
}
