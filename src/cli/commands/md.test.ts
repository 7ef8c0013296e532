import { describe, expect, it } from 'vitest';
import { createEmptySpec } from '../../spec';
import { memoryIO } from '../memory-io';
import { run } from './md';
import { run as runJson } from './json';

function chainfireJson() {
  const spec = createEmptySpec('Chainfire');
  spec.meta = { version: '0.3', status: 'Draft', lastUpdated: '2025-01-02' };
  spec.overview.purpose = 'Chainfire stores cluster configuration.';
  spec.architecture.dependencies = [
    { crate: 'tokio', purpose: 'Async runtime' },
    { crate: 'serde', purpose: 'Pipes | and `ticks`' },
  ];
  return spec;
}

describe('md', () => {
  it('prints canonical Markdown for spec JSON, which json reads back to the same spec', async () => {
    const spec = chainfireJson();
    const io = memoryIO({ files: { 'spec.json': JSON.stringify(spec) } });
    expect(await run(['spec.json'], io)).toBe(0);
    const md = io.out();
    expect(md.startsWith('# Chainfire Specification\n')).toBe(true);
    expect(md).toContain('\nChainfire stores cluster configuration.\n');
    expect(md).toMatch(/^\| tokio +\| Async runtime +\|$/m);
    expect(md).toContain('\\|');

    const back = memoryIO({ stdin: md });
    expect(await runJson(['-'], back)).toBe(0);
    expect(JSON.parse(back.out())).toEqual(spec);
  });

  it('reads standard input for -', async () => {
    const io = memoryIO({ stdin: JSON.stringify(chainfireJson()) });
    expect(await run(['-'], io)).toBe(0);
    expect(io.out()).toContain('# Chainfire Specification');
  });

  it("rejects a wrong type with zod's message and the field path", async () => {
    const spec = chainfireJson() as unknown as { architecture: { dependencies: { purpose: unknown }[] } };
    spec.architecture.dependencies[1]!.purpose = 42;
    const io = memoryIO({ files: { 'bad.json': JSON.stringify(spec) } });
    await expect(run(['bad.json'], io)).rejects.toThrow(
      'bad.json: not a valid spec: architecture.dependencies[1].purpose: Invalid input: expected string, received number',
    );
  });

  it('rejects invalid JSON, naming the file', async () => {
    const io = memoryIO({ files: { 'bad.json': '{"title": "X",' } });
    await expect(run(['bad.json'], io)).rejects.toThrow(/^bad\.json: invalid JSON: /);
  });
});
