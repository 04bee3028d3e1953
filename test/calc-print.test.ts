import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { checkFile } from '../src/check.js';
import { readLayout } from '../src/extract/index.js';
import '../src/extract/register.js';
import { interpret } from '../src/interpret/index.js';
import type { Disclosure } from '../src/model/disclosure.js';

/*
 * The rongcheng sample's 公开表 as the export workbook printed by a spreadsheet (test/tools/calc-print.ts:
 * LibreOffice Calc, every cell ruled, landscape A4 fitted to the width; in 万元 and in 元): each table on
 * its own page with its title, code and unit in the grid's cells, and long names and labels cut at the
 * narrow columns' edge ("一、一般公共预算财", "行政事业单位养老支"). Before: tables of one page read
 * into the last, labels cut short left rows unnamed and a false 02–01 error, every unit missed.
 */
const DIR = 'test/fixtures/calc-print';

async function model(file: string): Promise<Disclosure> {
  const layout = await readLayout(file, new Uint8Array(await readFile(file)));
  return interpret(layout, defaultCatalog(), { validate: true });
}

describe('a workbook printed by a spreadsheet', async () => {
  const source = await model('samples/rongcheng-city-2024.md');
  for (const name of ['rongcheng-city-2024.calc.pdf', 'rongcheng-city-2024.yuan.calc.pdf']) {
    const file = `${DIR}/${name}`;
    const doc = await model(file);

    it(`${name}: reads every table the sample prints, each with its unit`, () => {
      expect(doc.tables.map((t) => t.id)).toEqual(source.tables.map((t) => t.id));
      expect(doc.tables.map((t) => t.unit)).toEqual(doc.tables.map(() => (name.includes('yuan') ? '元' : '万元')));
    });

    it(`${name}: reads the same rows under the same keys as the sample`, () => {
      for (const t of source.tables) {
        const printed = doc.tables.find((x) => x.id === t.id);
        const keys = (x: typeof t) => x.rows.map((r) => `${r.side ?? ''}|${r.key}`).sort();
        expect(keys(printed as typeof t), `公开${t.id}表`).toEqual(keys(t));
      }
    });

    it(`${name}: errs only where the sample does (no 公开06表), and warns of the names cut short once each`, async () => {
      const report = await checkFile(file);
      expect(report.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['completeness.table-06']);
      const cut = report.findings.filter((f) => f.rule === 'classification.code-name');
      expect(cut.map((f) => [f.severity, f.actual, f.locations.length])).toEqual([
        ['warning', '行政事业单位养老支', 3],
        ['warning', '机关事业单位基本养', 3],
      ]);
    });
  }
});
