/**
 * zod schemas of the spec JSON; every type is inferred from them. The shape mirrors `TEMPLATE`
 * (template.test.ts checks that the two agree key for key). Pure: no DOM, no React.
 */
import { z } from 'zod';

/** Markdown source of a prose field. */
export const proseSchema = z.string();
/** The code inside a fenced block, without the fences. */
export const codeSchema = z.string();
/** One Markdown string per bullet. */
export const listSchema = z.array(z.string());

/** Columns a real spec's table had beyond the template's, by header text, in column order. */
export const extraCellsSchema = z.record(z.string(), z.string());

export const dependencySchema = z.object({
  crate: z.string(),
  purpose: z.string(),
  extra: extraCellsSchema.optional(),
});
export const envVarSchema = z.object({
  variable: z.string(),
  default: z.string(),
  description: z.string(),
  extra: extraCellsSchema.optional(),
});
export const errorCodeSchema = z.object({
  code: z.string(),
  meaning: z.string(),
  extra: extraCellsSchema.optional(),
});
export const glossaryEntrySchema = z.object({
  term: z.string(),
  definition: z.string(),
  extra: extraCellsSchema.optional(),
});

/**
 * Content kept from an import that the template has no field for (an unknown section, a paragraph after a
 * table, HTML, footnotes), as Markdown source. `at` names the place it sits: `$start` (before the title),
 * `$title` (after the title and metadata), a section id (after that section's heading) or a field path
 * (inside that subsection: after its field, or before it when `before` is set).
 */
export const extraBlockSchema = z.object({
  at: z.string(),
  before: z.boolean().optional(),
  markdown: z.string(),
});

export const metaSchema = z.object({
  version: z.string(),
  status: z.string(),
  lastUpdated: z.string(),
  /** Metadata fields beyond the template's (`Owner`, `Authors`, ...), by label, in source order. */
  extra: z.record(z.string(), z.string()).optional(),
});

export const specSchema = z.object({
  title: z.string(),
  meta: metaSchema,
  overview: z.object({
    purpose: proseSchema,
    scope: z.object({ inScope: proseSchema, outOfScope: proseSchema }),
    designGoals: listSchema,
  }),
  architecture: z.object({
    crateStructure: codeSchema,
    dataFlow: codeSchema,
    dependencies: z.array(dependencySchema),
  }),
  api: z.object({
    grpcServices: codeSchema,
    publicTraits: codeSchema,
    clientLibrary: codeSchema,
  }),
  dataModels: z.object({
    coreTypes: codeSchema,
    storageFormat: z.object({ engine: z.string(), serialization: z.string(), keyFormat: z.string() }),
  }),
  configuration: z.object({
    configFileFormat: codeSchema,
    envVars: z.array(envVarSchema),
    cliArguments: codeSchema,
  }),
  security: z.object({ authentication: proseSchema, authorization: proseSchema, multiTenancy: proseSchema }),
  operations: z.object({ deployment: proseSchema, monitoring: proseSchema, backupRecovery: proseSchema }),
  compatibility: z.object({ apiVersioning: proseSchema, wireProtocol: proseSchema }),
  appendix: z.object({
    errorCodes: z.array(errorCodeSchema),
    glossary: z.array(glossaryEntrySchema),
  }),
  extras: z.array(extraBlockSchema),
});

export type Spec = z.infer<typeof specSchema>;
export type Meta = z.infer<typeof metaSchema>;
export type Dependency = z.infer<typeof dependencySchema>;
export type EnvVar = z.infer<typeof envVarSchema>;
export type ErrorCode = z.infer<typeof errorCodeSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type ExtraBlock = z.infer<typeof extraBlockSchema>;
/** A row of any typed table: template columns by key, plus the extra columns. */
export type TableRow = Record<string, string> & { extra?: Record<string, string> };
