import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('src/cli/main.ts as a process', () => {
  it('reads standard input, reports an input error in one line and exits 2', () => {
    const r = spawnSync('npx', ['tsx', 'src/cli/main.ts', 'md', '-'], { cwd: root, input: '{"title":', encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^specwright md: <stdin>: invalid JSON: [^\n]+\n$/);
  });
});
