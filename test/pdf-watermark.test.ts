import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkDisclosure, extractBytes } from '../src/check.js';
import type { Finding } from '../src/model/finding.js';
import { withWatermark } from './tools/watermark.js';

// Text set across the page at a slant (a watermark, a stamp) is not a line of the page. Drawn over
// real documents, its characters used to land inside names and figures ("普行政事业单位陀养老支出",
// 30 false errors on Putuo's tables) and gave the document another department's name.
const SOURCES = ['test/corpus/putuo-finance-bureau-2024.pdf', 'test/corpus/pdf/rongcheng-city-2024.libreoffice.pdf', 'test/corpus/pdf/guangyuan-city-2024.chromium.pdf'];

const gist = (f: Finding) => `${f.severity} ${f.rule} ${f.message.replace(/第\d+页|第\d+行/g, '')}`;

describe('a PDF with a watermark across every page', () => {
  it.each(SOURCES)('%s gives the findings and facts it gives without one', async (source) => {
    const bytes = new Uint8Array(await readFile(source));
    const [a, b] = await Promise.all([extractBytes(source, bytes), withWatermark(bytes).then((w) => extractBytes(source, w))]);
    expect(b.facts.department).toBe(a.facts.department);
    expect(b.tables.map((t) => t.id)).toEqual(a.tables.map((t) => t.id));
    const findings = (d: typeof a) => checkDisclosure(d).findings.filter((f) => f.severity !== 'info').map(gist).sort();
    expect(findings(b)).toEqual(findings(a));
  }, 60_000);
});
