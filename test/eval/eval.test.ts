import { describe, expect, it } from 'vitest';
import { checkFile } from '../../src/check.js';
import { loadKeys } from './key.js';
import { regressions, scoreFile } from './score.js';

/**
 * The evaluation corpus against its hand-written answer keys (`npm run eval` prints the figures):
 * no error finding the key does not know, and no keyed defect lost.
 */
const cases = loadKeys().flatMap((key) => key.files.map((file) => ({ file, key })));

describe.each(cases)('$file', ({ file, key }) => {
  it('raises no unknown error and loses no keyed defect', async () => {
    const report = await checkFile(file);
    expect(regressions(scoreFile(file, report.findings, key))).toEqual([]);
  }, 120_000);
});
