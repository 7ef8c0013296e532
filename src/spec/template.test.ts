import { describe, expect, it } from 'vitest';
import { TEMPLATE, FIELDS, createEmptySpec, specSchema, fieldByPath, getAt, setAt, parsePath } from './index';

describe('template description', () => {
  it('has a schema field for every template field, and no other', () => {
    const shape = specSchema.shape;
    for (const section of TEMPLATE) {
      const sectionSchema = shape[section.id as keyof typeof shape];
      expect(sectionSchema, section.id).toBeDefined();
      const keys = Object.keys((sectionSchema as unknown as { shape: object }).shape);
      expect(keys).toEqual(section.subsections.map((s) => s.id));
    }
    const topLevel = Object.keys(shape).filter((k) => !['title', 'meta', 'extras'].includes(k));
    expect(topLevel).toEqual(TEMPLATE.map((s) => s.id));
  });

  it('creates an empty spec that validates', () => {
    const spec = createEmptySpec('Chainfire');
    expect(specSchema.parse(spec)).toEqual(spec);
    expect(spec.title).toBe('Chainfire');
    for (const f of FIELDS) expect(getAt(spec, f.path), f.path).toBeDefined();
  });

  it('numbers sections 1-8 then the appendix A, B', () => {
    expect(TEMPLATE.map((s) => s.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '']);
    expect(fieldByPath('appendix.glossary').sub.number).toBe('B');
    expect(() => fieldByPath('nope.none')).toThrow(/Cannot find template field 'nope.none'/);
  });
});

describe('path access', () => {
  it('reads and writes nested paths without touching the original', () => {
    const spec = createEmptySpec('X');
    spec.architecture.dependencies.push({ crate: 'tokio', purpose: 'Async' });
    const next = setAt(spec, 'architecture.dependencies[0].purpose', 'Async I/O');
    expect(getAt(next, 'architecture.dependencies[0].purpose')).toBe('Async I/O');
    expect(spec.architecture.dependencies[0]!.purpose).toBe('Async');
    expect(next.overview).toBe(spec.overview);
  });
  it('rejects malformed paths', () => {
    expect(() => parsePath('a..b')).toThrow(/Cannot parse path/);
    expect(parsePath('a.b[2].c')).toEqual(['a', 'b', 2, 'c']);
  });
});
