import { describe, expect, it } from 'vitest';
import type { Diagnostic, SourceDoc } from '../../markdown';
import { diagnosticPlace, placeOf } from './jump';

const diag = (line: number, path?: string): Diagnostic => ({ rule: 'x', severity: 'info', message: 'm', line, column: 1, path });
const heading = (line: number, matched?: string) => ({
  depth: 2,
  text: '',
  number: '',
  name: '',
  span: { start: 0, end: 0, line, column: 1 },
  matched,
});

describe('where a diagnostic points', () => {
  it('maps spec paths to the region that shows them', () => {
    expect(placeOf('configuration.envVars[2].variable')).toBe('configuration.envVars');
    expect(placeOf('overview.scope.inScope')).toBe('overview.scope');
    expect(placeOf('overview')).toBe('overview');
    expect(placeOf('meta.status')).toBe('meta');
    expect(placeOf('$title')).toBe('meta');
    expect(placeOf('nowhere.at.all')).toBeNull();
  });

  it('falls back to the last recognized heading before the line', () => {
    const source = { headings: [heading(5, 'overview'), heading(9), heading(12, 'architecture.dependencies')] } as unknown as SourceDoc;
    expect(diagnosticPlace(diag(10), source)).toBe('overview');
    expect(diagnosticPlace(diag(40), source)).toBe('architecture.dependencies');
    expect(diagnosticPlace(diag(40, 'meta.version'), source)).toBe('meta');
    expect(diagnosticPlace(diag(1), source)).toBe('meta');
  });
});
