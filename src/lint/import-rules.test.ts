import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORT_RULES } from './import-rules';
import { RULES } from './rules';

/** Every `import/...` id written in the importer's source files. */
function idsInImporter(): string[] {
  const dir = join(import.meta.dirname, '..', 'markdown');
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const ids = new Set<string>();
  for (const f of files) for (const m of readFileSync(join(dir, f), 'utf8').matchAll(/'(import\/[a-z-]+)'/g)) ids.add(m[1]!);
  return [...ids].sort();
}

describe('IMPORT_RULES', () => {
  it('describes exactly the ids the importer emits', () => {
    expect(IMPORT_RULES.map((r) => r.id).sort()).toEqual(idsInImporter());
  });
  it('names only existing lint rules as replacements', () => {
    const ids = new Set(RULES.map((r) => r.id));
    for (const r of IMPORT_RULES) if (r.replacedBy) expect(ids.has(r.replacedBy), r.id).toBe(true);
  });
});
