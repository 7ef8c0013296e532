/**
 * The pieces both generated benchmark specs are made of (bench/large-spec.ts writes Markdown directly,
 * bench/ui/spec.ts builds a spec object): sizes, and words, sentences and code lines drawn from one seeded
 * PRNG. Each piece draws from `rand` in a fixed order, so a generator's output depends only on its seed and
 * on the order it asks for pieces.
 */

/** How much of everything: rows per typed table, glossary entries, lines per code block, paragraphs per prose field, list items. */
export interface SpecSize {
  tableRows: number;
  glossaryEntries: number;
  codeLines: number;
  paragraphs: number;
  listItems: number;
}

const WORDS = (
  'replica quorum snapshot lease shard tenant token ledger commit batch index cursor region failover ' +
  'latency budget checksum manifest schema watcher compaction raft gossip vector clock tombstone'
).split(' ');

/** Text generators over `rand`: words, a sentence with inline markup, a paragraph of four sentences, a line of code. */
export function specText(rand: () => number) {
  const word = () => WORDS[Math.floor(rand() * WORDS.length)]!;
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = (i: number) =>
    `The ${word()} ${words(6)} uses \`${word()}_${i}\`, **${word()}** and [${word()}](https://example.com/${i}) to ${words(8)}.`;
  const paragraph = (i: number) => Array.from({ length: 4 }, (_, k) => sentence(i * 4 + k)).join(' ');
  const codeLine = (i: number) => `    let ${word()}_${i} = ${word()}(${i}, "${words(3)}"); // ${words(4)}`;
  return { word, words, sentence, paragraph, codeLine };
}
