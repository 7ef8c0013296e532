/** The name a download gets. Pure. */

/**
 * The imported file's name when there is one, otherwise the component name in lower-case kebab case
 * (`Chainfire` -> `chainfire.md`, `Flare DB` -> `flare-db.md`), `spec.md` when the name is empty.
 */
export function exportFileName(title: string, importedName: string | null): string {
  if (importedName) return importedName;
  const kebab = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${kebab || 'spec'}.md`;
}
