import { describe, expect, it } from 'vitest';
import { memoryIO } from '../memory-io';
import { run } from './schema';

describe('schema', () => {
  it('prints a JSON Schema with the spec JSON names other tools rely on', async () => {
    const io = memoryIO();
    expect(await run([], io)).toBe(0);
    const schema = JSON.parse(io.out());
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['title', 'meta', 'overview', 'architecture', 'appendix']));
    expect(Object.keys(schema.properties.meta.properties)).toEqual(expect.arrayContaining(['version', 'status', 'lastUpdated']));
    expect(schema.properties.overview.properties.designGoals).toEqual({ type: 'array', items: { type: 'string' } });
    const dep = schema.properties.architecture.properties.dependencies.items;
    expect(dep.required).toEqual(['crate', 'purpose']);
    const env = schema.properties.configuration.properties.envVars.items;
    expect(env.required).toEqual(['variable', 'default', 'description']);
    expect(schema.properties.appendix.properties.errorCodes.items.required).toEqual(['code', 'meaning']);
    expect(schema.properties.appendix.properties.glossary.items.required).toEqual(['term', 'definition']);
  });

  it('takes no operands', async () => {
    await expect(run(['extra'], memoryIO())).rejects.toThrow("unexpected argument 'extra'");
  });
});
