/** Lint findings grouped for the outline, computed directly and through the background client (no worker in Node). */
import { describe, expect, it } from 'vitest';
import { lintInBackground } from './lintClient';
import { lintFindings } from './lintFindings';

const SPEC = [
  '# X Specification',
  '',
  '> Version: 1.0 | Status: WIP | Last Updated: 2025-01-01',
  '',
  '## 5. Configuration',
  '',
  '### 5.2 Environment Variables',
  '',
  '| Variable | Default | Description |',
  '|---|---|---|',
  '| bad name | 1 | x |',
  '',
].join('\n');

describe('lintFindings', () => {
  it('puts metadata findings under meta and a table finding under its section, with line numbers', () => {
    const f = lintFindings(SPEC);
    expect(f.meta).toEqual([expect.stringMatching(/^Line 3: Status 'WIP' is not a known status/)]);
    expect(f.configuration).toContainEqual(expect.stringMatching(/^Line 11: Environment variable 'bad name' is not UPPER_SNAKE_CASE/));
  });
});

describe('lintInBackground', () => {
  it('lints on the main thread where there is no Worker, with the same grouping', async () => {
    const f = await lintInBackground(SPEC);
    expect(f.configuration).toContainEqual(expect.stringMatching(/'bad name' is not UPPER_SNAKE_CASE/));
  });
});
