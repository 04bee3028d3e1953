import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkDisclosure, checkFile } from '../check.js';
import { defaultCatalog } from '../catalog/catalog.js';
import { readLayout } from '../extract/index.js';
import '../extract/register.js';
import { interpret } from '../interpret/index.js';
import { warmUpWhile } from './warm-up.js';

const PDFS = ['test/corpus/putuo-finance-bureau-2024.pdf', 'test/corpus/pdf/changji-prefecture-2024.chromium.pdf'];

describe('the warm-up run while the one PDF checked is parsed', () => {
  it.each(PDFS)('%s: it runs while the worker reads, and the report is the one without it', async (file) => {
    const plain = await checkFile(file);
    const reading = readLayout(file, new Uint8Array(readFileSync(file)));
    const steps = await warmUpWhile(reading);
    expect(steps).toBeGreaterThan(0);
    const warmed = checkDisclosure(interpret(await reading, defaultCatalog()));
    expect(JSON.stringify(warmed.findings)).toBe(JSON.stringify(plain.findings));
    expect(warmed.coverage).toEqual(plain.coverage);
  });

  it('does nothing for a text (read in this thread) or when turned off', async () => {
    expect(await warmUpWhile(readLayout('a.txt', new TextEncoder().encode('某局2024年度部门决算')))).toBe(0);
    process.env.JUESUAN_WARM_UP = 'off';
    try {
      const file = PDFS[0] as string;
      expect(await warmUpWhile(readLayout(file, new Uint8Array(readFileSync(file))))).toBe(0);
    } finally {
      delete process.env.JUESUAN_WARM_UP;
    }
  });
});
