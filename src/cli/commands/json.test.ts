import { describe, expect, it } from 'vitest';
import { memoryIO } from '../memory-io';
import { LOOSE_SPEC, SMALL_SPEC } from '../test-fixtures';
import { run } from './json';

describe('json', () => {
  it('prints the spec JSON of a Markdown file under the documented names', async () => {
    const io = memoryIO({ files: { 'chainfire.md': SMALL_SPEC } });
    expect(await run(['chainfire.md'], io)).toBe(0);
    const spec = JSON.parse(io.out());
    expect(spec.title).toBe('Chainfire');
    expect(spec.meta).toMatchObject({ version: '0.3', status: 'Draft', lastUpdated: '2025-01-02' });
    expect(spec.overview.purpose).toBe('Chainfire stores cluster configuration.');
    expect(spec.overview.designGoals).toEqual(['Fast reads', 'Simple operations']);
    expect(spec.architecture.dependencies).toEqual([
      { crate: 'tokio', purpose: 'Async runtime' },
      { crate: 'serde', purpose: 'Serialization' },
    ]);
    expect(spec.appendix.errorCodes).toEqual([{ code: 'E001', meaning: 'Key not found' }]);
    expect(io.out().endsWith('}\n')).toBe(true);
  });

  it('reads loosely written Markdown from standard input', async () => {
    const io = memoryIO({ stdin: LOOSE_SPEC });
    expect(await run(['-'], io)).toBe(0);
    const spec = JSON.parse(io.out());
    expect(spec.title).toBe('Chainfire');
    expect(spec.overview.purpose).toBe('Chainfire stores cluster configuration.');
    expect(spec.overview.designGoals).toEqual(['Fast reads', 'Simple operations']);
  });
});
