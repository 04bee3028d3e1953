import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DocumentReport, checkDisclosure, extractBytes } from '../src/check.js';
import type { Disclosure } from '../src/model/disclosure.js';
import type { Figure } from '../src/model/decimal.js';
import type { Finding } from '../src/model/finding.js';
import type { Box, Location } from '../src/model/location.js';
import { renderHtml } from '../src/report/html.js';
import { renderJson } from '../src/report/json.js';
import { pdfPages } from './helpers/pdf-text-in-box.js';
import '../src/extract/register.js';

/*
 * Every location read from a PDF says where its text stands on the page (`Location.box`, in the
 * points of pdf.js's `getViewport({ scale: 1 })`), so that the workbench can frame a finding's figures
 * on the page. Checked against pdf.js itself: the characters it places inside each box are the
 * figure quoted, on the real Putuo PDF and on a print whose pages are turned by /Rotate.
 */
const PUTUO = 'test/corpus/putuo-finance-bureau-2024.pdf';
/** The LibreOffice print with /Rotate 90 on its first third of pages, 270 on the second, 180 on the rest. */
const ROTATED = 'test/corpus/pdf/changji-prefecture-2024.rotated.pdf';
const SAMPLE = 'samples/changji-prefecture-2024.txt';

const models = new Map<string, Disclosure>();
const reports = new Map<string, DocumentReport>();
const pages = new Map<string, Awaited<ReturnType<typeof pdfPages>>>();

beforeAll(async () => {
  for (const f of [PUTUO, ROTATED, SAMPLE]) {
    const doc = await extractBytes(f, new Uint8Array(await readFile(f)));
    models.set(f, doc);
    reports.set(f, checkDisclosure(doc));
  }
  for (const f of [PUTUO, ROTATED]) pages.set(f, await pdfPages(f));
}, 240_000);
afterAll(async () => {
  for (const p of pages.values()) await p.close();
});

const plain = (s: string) => s.replace(/\s+/g, '');

/** The box of a location, asserted to lie on its page as pdf.js displays it. */
async function boxOnPage(file: string, l: Location): Promise<Box> {
  expect(l.box, `${l.page}:${l.line} ${l.text}`).toBeDefined();
  const box = l.box as Box;
  const { width, height } = await (pages.get(file) as Awaited<ReturnType<typeof pdfPages>>).size(l.page as number);
  expect(box.x1).toBeGreaterThanOrEqual(0);
  expect(box.y1).toBeGreaterThanOrEqual(0);
  expect(box.x2).toBeLessThanOrEqual(width);
  expect(box.y2).toBeLessThanOrEqual(height);
  expect(box.x2).toBeGreaterThan(box.x1);
  expect(box.y2).toBeGreaterThan(box.y1);
  return box;
}

async function textIn(file: string, l: Location): Promise<string> {
  return plain(await (pages.get(file) as Awaited<ReturnType<typeof pdfPages>>).textIn(l.page as number, await boxOnPage(file, l)));
}

function finding(file: string, rule: string, actual: string): Finding {
  const f = reports.get(file)?.findings.find((x) => x.rule === rule && x.actual === actual);
  expect(f, `${rule} ${actual}`).toBeDefined();
  return f as Finding;
}

/** Every figure the explanation's claims were read with. */
function claimFigures(doc: Disclosure): Figure[] {
  return doc.claims.flatMap((c) => [c.amount, c.share?.rate, c.change?.amount, c.change?.rate, c.budget?.amount].filter((f): f is Figure => f != null));
}

describe('where a PDF finding stands on its page', () => {
  it('frames the misprinted table total of the real PDF by its table cell, 2,961.68 on page 13', async () => {
    const cell = finding(PUTUO, 'narrative-table.fiscal-04', '0.3万元').locations.find((l) => l.cell);
    expect(cell).toMatchObject({ page: 13, text: '2,961.68' });
    expect(await textIn(PUTUO, cell as Location)).toBe('2,961.68');
  });

  it('frames a figure of the explanation by its own characters, not its line: the share 71.73% on page 21', async () => {
    const at = finding(PUTUO, 'arithmetic.share', '71.73%').locations[0] as Location;
    expect(at).toMatchObject({ page: 21, line: 25 });
    expect(await textIn(PUTUO, at)).toBe('71.73%');
    const box = at.box as Box;
    // A line of the page is some 450 points long; the figure is six characters of 12-point type.
    expect(box.x2 - box.x1).toBeLessThan(50);
  });

  it('gives every figure of the explanation a box holding the figure as printed', async () => {
    const figures = claimFigures(models.get(PUTUO) as Disclosure);
    expect(figures.length).toBeGreaterThan(40);
    for (const f of figures) expect(await textIn(PUTUO, f.location)).toContain(plain(f.raw ?? f.value).replace(/万元$/, ''));
  });

  it('places boxes where pdf.js displays pages turned by /Rotate (90°, 270° and 180°)', async () => {
    const doc = models.get(ROTATED) as Disclosure;
    const figures = claimFigures(doc);
    expect(figures.length).toBeGreaterThan(100);
    for (const f of figures) expect(await textIn(ROTATED, f.location)).toContain(plain(f.raw ?? f.value).replace(/万元$/, ''));
    // Table cells of the performance sheets, on pages turned 270° (17) and 180° (34).
    const score = finding(ROTATED, 'performance.indicator-score', '9.47').locations.find((l) => l.cell) as Location;
    expect(score).toMatchObject({ page: 17, text: '9.47' });
    expect(await textIn(ROTATED, score)).toBe('9.47');
    const executed = finding(ROTATED, 'performance.execution-score', '10.00').locations.find((l) => l.text === '92.65%') as Location;
    expect(executed.page).toBe(34);
    expect(await textIn(ROTATED, executed)).toBe('92.65%');
  });

  it('gives every table cell of a finding a box holding its text', async () => {
    for (const file of [PUTUO, ROTATED]) {
      const cells = (reports.get(file) as DocumentReport).findings.flatMap((f) => f.locations.filter((l) => l.cell));
      expect(cells.length).toBeGreaterThan(0);
      for (const l of cells) expect(await textIn(file, l)).toContain(plain(l.text));
    }
  });

  it('leaves box out of locations read from formats without pages, and reports carry it as data only', () => {
    const sample = JSON.stringify(models.get(SAMPLE));
    expect(sample).not.toContain('"box"');
    const entries = [PUTUO, SAMPLE].map((file) => ({ ok: true as const, ...(reports.get(file) as DocumentReport) }));
    const json = JSON.parse(renderJson(entries)) as { documents: { findings: Finding[] }[] };
    expect(json.documents[0]?.findings.some((f) => f.locations.some((l) => l.box))).toBe(true);
    expect(json.documents[1]?.findings.some((f) => f.locations.some((l) => l.box))).toBe(false);
    expect(renderHtml(entries)).toContain('71.73%');
  });
});
