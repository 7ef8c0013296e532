/** `npm run docs:rules`: rewrites the README's rule list from the rule table (src/lint/docs.ts). */
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesBlock } from '../src/lint/docs';

const path = new URL('../README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = withRulesBlock(before);
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README rule list is up to date' : 'README rule list rewritten');
