import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { ocrAvailable } from '../src/extract/pdf/ocr.js';
import { readTextLayer } from '../src/extract/pdf/text-layer.js';
import { OCR_DOUBT } from '../src/rules/engine.js';

// Pages 2–3 of the Chromium print of the guangyuan sample, written again by Ghostscript 10.00's
// pdfwrite (`gs -sDEVICE=pdfwrite -dFirstPage=2 -dLastPage=3`). Its fonts keep a Unicode map, but a
// wrong one: "二、机构设置" copies as "⼆1机构设置", "（" as "ÿ", and the figures vanish. A viewer shows
// the page correctly; its text layer is not the page. Such a page is read by OCR, as a scan is.
const FILE = 'test/fixtures/pdf/rewritten-mismapped-fonts.pdf';
const OCR = await ocrAvailable();

describe('a PDF whose fonts map their glyphs to the wrong characters', () => {
  it('has every page offered to OCR as garbled, not read from its text layer', async () => {
    const layer = await readTextLayer(new Uint8Array(await readFile(FILE)), FILE);
    expect(layer.pages.map((p) => [p.page, p.scanned ?? false, p.garbled ?? false])).toEqual([
      [1, true, true],
      [2, true, true],
    ]);
  });

  it.runIf(OCR)('is read by OCR, says so, and reports nothing as an error: what rests on OCR is one level lower and says why', async () => {
    const r = await checkFile(FILE);
    expect(r.coverage.pagesOcr).toEqual([1, 2]);
    expect(r.coverage.ocr.join('')).toMatch(/文字层无法解码/);
    // The headings read by OCR are the page's, not the text layer's "⼆1机构设置".
    expect(r.findings.some((f) => f.message.includes('⼆1'))).toBe(false);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // A section not found on pages read by OCR may be a misread heading: one level lower, saying so.
    // (with other missing sections it is folded into one finding that names each). These two pages
    // hold fewer than seven of the explanation's sections and no contents list, so the sections not
    // found are a warning (the form may be another) before OCR lowers them to info.
    const missing = r.findings.find((f) => f.rule.startsWith('completeness.section-explain-') && f.message.includes('国有资产占用'));
    expect(missing?.severity).toBe('info');
    expect(missing?.message).toContain(OCR_DOUBT);
    expect(missing?.message).toContain('结构与现行格式文本不同');
  }, 120_000);
});
