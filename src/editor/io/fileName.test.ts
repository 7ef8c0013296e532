import { describe, expect, it } from 'vitest';
import { exportFileName } from './fileName';

describe('exportFileName', () => {
  it('names a new spec after its component in kebab case', () => {
    expect(exportFileName('Chainfire', null)).toBe('chainfire.md');
    expect(exportFileName('  Flare DB / Raft Log ', null)).toBe('flare-db-raft-log.md');
    expect(exportFileName('Café Été', null)).toBe('cafe-ete.md');
    expect(exportFileName('', null)).toBe('spec.md');
  });
  it('keeps the imported file name', () => {
    expect(exportFileName('Chainfire', 'SPEC.md')).toBe('SPEC.md');
  });
});
