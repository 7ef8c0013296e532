/** Edge module: writes text to the system clipboard. */

/** Copies `text`; rejects with a readable message where the Clipboard API is missing or denied. */
export async function copyText(text: string): Promise<void> {
  if (!navigator.clipboard?.writeText) throw new Error('This browser does not allow copying from the page.');
  await navigator.clipboard.writeText(text);
}
