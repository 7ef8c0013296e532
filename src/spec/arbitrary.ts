/**
 * fast-check generators of specs for property tests: every field kind, odd characters (pipes, backticks, `<`,
 * `&`, unicode), empty fields, extra columns and extra content. Generated values are in the form a round trip can
 * keep: single-line table cells without backslashes, prose already in remark's canonical style (normalized with
 * remark itself, not with Specwright's code), at most one extra block per place. Test-only; not bundled.
 */
import fc from 'fast-check';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { FIELDS, KNOWN_STATUSES, TEMPLATE } from './template';
import type { Spec } from './schema';

const remarkCanonical = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkGfm, { tablePipeAlign: false })
  .use(remarkStringify, { bullet: '-', emphasis: '*', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one' });

const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const odd = ['|', '`', '<', '>', '&', '"', "'", '(', ')', '[', ']', '{', '}', '/', '.', ',', ';', '=', '+', '~', 'é', 'ß', '→', '中', '😀', '$', '%', '@', '!', '?'];

/** A word of letters, sometimes with an odd character inside. */
const word = fc
  .tuple(fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 8 }), fc.option(fc.constantFrom(...odd), { nil: undefined }), fc.string({ unit: fc.constantFrom(...letters), maxLength: 4 }))
  .map(([a, o, b]) => `${a}${o ?? ''}${b}`);
const plainWord = fc.string({ unit: fc.constantFrom(...letters), minLength: 1, maxLength: 8 });

/** Words joined by single spaces: a single-line value (a cell, a metadata value, a title). */
export const lineArb = (min = 0, max = 6, w = word) => fc.array(w, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));

/** A prose value in canonical Markdown: paragraphs, emphasis, code spans, lists, quotes, code blocks, small headings. */
export const proseArb = fc
  .array(
    fc.oneof(
      lineArb(1, 12, plainWord),
      lineArb(1, 6, plainWord).map((s) => `Some *${s}* and **${s}** with \`${s} | x\` inside.`),
      fc.array(lineArb(1, 5, plainWord), { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')),
      lineArb(1, 5, plainWord).map((s) => `> ${s}`),
      lineArb(1, 5, plainWord).map((s) => `#### ${s}`),
      lineArb(1, 5).map((s) => `\`\`\`text\n${s}\n\`\`\``),
      lineArb(1, 3, plainWord).map((s) => `[${s}](https://example.com/${encodeURIComponent(s)})`),
    ),
    { maxLength: 4 },
  )
  .map((blocks) => (blocks.length ? String(remarkCanonical.processSync(blocks.join('\n\n'))).replace(/\n+$/, '') : ''));

/** Code: lines of any printable text, including backtick and tilde runs that force longer fences. */
export const codeArb = fc
  .array(fc.oneof(lineArb(0, 8), fc.constantFrom('```', '````', '~~~', '    indented', '\t{tab}', '}', '')), { maxLength: 8 })
  .map((lines) => lines.join('\n'))
  .map((s) => (s.trim() === '' ? '' : s.replace(/^\n+|\n+$/g, '')));

const cell = lineArb(0, 4);

function rowsArb(keys: string[]) {
  const extraNames = fc.uniqueArray(plainWord.map((w) => `X ${w}`), { maxLength: 2 });
  return extraNames.chain((extras) =>
    fc.array(
      fc.tuple(fc.array(cell, { minLength: keys.length, maxLength: keys.length }), fc.array(cell, { minLength: extras.length, maxLength: extras.length })).map(([cells, extraCells]) => {
        const row: Record<string, unknown> = Object.fromEntries(keys.map((k, i) => [k, cells[i]]));
        if (extras.length) row.extra = Object.fromEntries(extras.map((e, i) => [e, extraCells[i]]));
        return row;
      }),
      { maxLength: 6 },
    ),
  );
}

const termArb = fc
  .tuple(lineArb(1, 3, plainWord), lineArb(0, 8))
  .map(([term, definition]) => ({ term, definition }));

const extraArb = (at: string, paragraphOk: boolean) =>
  fc.oneof(
    lineArb(1, 4, plainWord).map((h) => `${at === '$title' ? '##' : '###'} Note ${h}\n\nKept ${h} text.`),
    ...(paragraphOk ? [lineArb(1, 8, plainWord).map((p) => `Extra paragraph ${p}.`)] : []),
  ).map((markdown) => ({ at, markdown }));

/** Any spec. */
export const specArb: fc.Arbitrary<Spec> = fc
  .record({
    title: fc.oneof(fc.constant(''), lineArb(1, 4)),
    version: fc.oneof(fc.constant(''), fc.constantFrom('1.0', '0.3', '2.1.0', '1.0.0-beta.1')),
    status: fc.oneof(fc.constant(''), fc.constantFrom(...KNOWN_STATUSES), lineArb(1, 2, plainWord)),
    lastUpdated: fc.oneof(fc.constant(''), fc.constantFrom('2026-01-31', '2025-12-01')),
    metaExtra: fc.option(fc.dictionary(plainWord.map((w) => `Owner${w}`), lineArb(1, 3), { maxKeys: 2 }), { nil: undefined }),
    purpose: proseArb,
    inScope: lineArb(0, 6),
    outOfScope: lineArb(0, 6),
    designGoals: fc.array(lineArb(1, 6), { maxLength: 5 }),
    crateStructure: codeArb,
    dataFlow: codeArb,
    dependencies: rowsArb(['crate', 'purpose']),
    grpcServices: codeArb,
    publicTraits: codeArb,
    clientLibrary: codeArb,
    coreTypes: codeArb,
    engine: lineArb(0, 3),
    serialization: lineArb(0, 3),
    keyFormat: lineArb(0, 5),
    configFileFormat: codeArb,
    envVars: rowsArb(['variable', 'default', 'description']),
    cliArguments: codeArb,
    security: fc.array(proseArb, { minLength: 3, maxLength: 3 }),
    operations: fc.array(proseArb, { minLength: 3, maxLength: 3 }),
    compatibility: fc.array(proseArb, { minLength: 2, maxLength: 2 }),
    errorCodes: rowsArb(['code', 'meaning']),
    glossary: fc.array(termArb, { maxLength: 5 }),
    extraSlots: fc.uniqueArray(fc.constantFrom('$title', ...TEMPLATE.map((s) => s.id), ...FIELDS.map((f) => f.path)), { maxLength: 4 }),
    extraSeed: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .chain((r) => {
    const prosePaths = new Set(FIELDS.filter((f) => f.sub.field.kind === 'prose').map((f) => f.path));
    const slots = r.extraSlots;
    return fc.tuple(...slots.map((at) => extraArb(at, !prosePaths.has(at)))).map((extras) => {
      const [authentication, authorization, multiTenancy] = r.security as [string, string, string];
      const [deployment, monitoring, backupRecovery] = r.operations as [string, string, string];
      const [apiVersioning, wireProtocol] = r.compatibility as [string, string];
      const spec: Spec = {
        title: r.title,
        meta: { version: r.version, status: r.status, lastUpdated: r.lastUpdated, ...(r.metaExtra && Object.keys(r.metaExtra).length ? { extra: r.metaExtra } : {}) },
        overview: { purpose: r.purpose, scope: { inScope: r.inScope, outOfScope: r.outOfScope }, designGoals: r.designGoals },
        architecture: { crateStructure: r.crateStructure, dataFlow: r.dataFlow, dependencies: r.dependencies as Spec['architecture']['dependencies'] },
        api: { grpcServices: r.grpcServices, publicTraits: r.publicTraits, clientLibrary: r.clientLibrary },
        dataModels: { coreTypes: r.coreTypes, storageFormat: { engine: r.engine, serialization: r.serialization, keyFormat: r.keyFormat } },
        configuration: { configFileFormat: r.configFileFormat, envVars: r.envVars as Spec['configuration']['envVars'], cliArguments: r.cliArguments },
        security: { authentication, authorization, multiTenancy },
        operations: { deployment, monitoring, backupRecovery },
        compatibility: { apiVersioning, wireProtocol },
        appendix: { errorCodes: r.errorCodes as Spec['appendix']['errorCodes'], glossary: r.glossary },
        extras: orderExtras(extras),
      };
      return spec;
    });
  });

/** Extras in document order, as import returns them. */
function orderExtras(extras: Spec['extras']): Spec['extras'] {
  const order = ['$start', '$title', ...TEMPLATE.flatMap((s) => [s.id, ...s.subsections.map((sub) => `${s.id}.${sub.id}`)])];
  return [...extras].sort((a, b) => order.indexOf(a.at) - order.indexOf(b.at));
}
