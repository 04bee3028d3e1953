import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFile, extractBytes } from '../src/check.js';

/*
 * Pictures of a web page and of the DOCX LibreOffice makes of it (`soffice --headless
 * --infilter="HTML (StarWriter)" --convert-to 'docx:MS Word 2007 XML' page.html`), in
 * test/fixtures/web-docx/: the site's logo is no picture of the document, in either form; a sheet
 * printed as a picture below its title is said to be one.
 */
const dir = resolve('test/fixtures/web-docx');
const read = async (name: string) => extractBytes(name, new Uint8Array(await readFile(resolve(dir, name))));
const rules = async (name: string) => (await checkFile(resolve(dir, name))).findings.map((f) => `${f.rule} ${f.severity}`).sort();

describe('a site logo above the title (a small picture linked to the home page, named logo)', () => {
  for (const form of ['html', 'docx']) {
    it(`is not counted as a picture of the document (${form})`, async () => {
      const doc = await read(`chrome-image.${form}`);
      expect(doc.coverage.imagesUnread).toBe(0);
      expect(doc.coverage.unread.join('\n')).not.toMatch(/图片/);
      // The same findings as the page without its logo: no table printed is an error, not "maybe a picture".
      expect(await rules(`chrome-image.${form}`)).toEqual(await rules(`chrome-image-control.${form}`));
    });
  }
});

describe('a self-evaluation sheet printed as a picture below its title', () => {
  for (const form of ['html', 'docx']) {
    it(`is said to be printed as a picture, not to have lost its rows and columns (${form})`, async () => {
      const doc = await read(`perf-sheet-image.${form}`);
      expect(doc.coverage.imagesUnread).toBe(1);
      const note = doc.coverage.unread.find((n) => n.includes('绩效自评表「项目支出绩效自评表'));
      expect(note).toMatch(/标题下是一张图片（第\d+行），自评表可能以图片印出/);
      expect(note).not.toContain('转换中丢失');
    });
  }

  it('a title with no picture below it keeps the note that the table was lost in conversion', async () => {
    const html = (await readFile(resolve(dir, 'perf-sheet-image.html'), 'utf8')).replace(/<p[^>]*><img[^>]*><\/p>/, '<p>（表略）</p>');
    const doc = await extractBytes('no-picture.html', new TextEncoder().encode(html));
    expect(doc.coverage.unread.join('\n')).toContain('表格的行列在转换中丢失');
  });
});
