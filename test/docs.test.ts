import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { catalogMarkdown } from '../src/cli/rules-catalog.js';

it('docs/rules.md is the catalog generated from the code (run `npm run docs:rules` after changing rules)', () => {
  expect(readFileSync('docs/rules.md', 'utf8')).toBe(catalogMarkdown());
});
