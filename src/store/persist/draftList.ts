/** The drafts list: listing, renaming, deleting and undeleting drafts, for every tab (others are told). */
import type { DraftMeta } from './draft';
import { ctx, patch, session, storageFailed } from './sessionState';

export async function refreshDrafts(): Promise<void> {
  try {
    const [drafts, elsewhere] = await Promise.all([ctx.storage.list(), ctx.tabs?.heldElsewhere() ?? new Set<string>()]);
    patch({ drafts, elsewhere: [...elsewhere] });
  } catch (e) {
    storageFailed(e);
  }
}

export async function renameDraft(id: string, name: string): Promise<void> {
  await ctx.storage.rename(id, name.trim() || null);
  ctx.tabs?.post({ type: 'changed' });
  await refreshDrafts();
}

/** Deletes draft `id` (never the open one); returns what `restoreDraft` needs to undo it. */
export async function deleteDraft(id: string): Promise<{ record: unknown; meta: DraftMeta } | null> {
  if (id === session().draftId) return null;
  const record = await ctx.storage.load(id);
  const meta = session().drafts.find((d) => d.id === id);
  if (record === undefined || !meta) return null;
  await ctx.storage.remove(id);
  ctx.tabs?.post({ type: 'changed' });
  await refreshDrafts();
  return { record, meta };
}

/** Puts a deleted draft back. */
export async function restoreDraft(deleted: { record: unknown; meta: DraftMeta }): Promise<void> {
  await ctx.storage.put(deleted.meta.id, deleted.record, deleted.meta);
  ctx.tabs?.post({ type: 'changed' });
  await refreshDrafts();
}

