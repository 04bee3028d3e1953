import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkFile } from '../src/check.js';
import { isJuesuanError } from '../src/errors.js';
import { readLayout } from '../src/extract/index.js';
import '../src/extract/register.js';
import { browserWithScratch, hasChromium } from './tools/chromium.js';
import { findingKey } from './tools/compare.js';
import { listSamples, makeVariants } from './tools/make-variants.js';
import { asWordWebArchive } from './tools/to-mht.js';
import { asWordHtml, toHtml } from './tools/to-html.js';

/*
 * A web archive (.mht) is read as the page inside it: the same findings as the sample itself, whether
 * Word wrote the archive (GB2312, quoted-printable with soft breaks inside characters) or Chromium did
 * (its own MHTML snapshot of the page, a real writer), and whatever the file is named.
 */
const scratch = browserWithScratch('juesuan-mht-');

const samples = await listSamples();

describe.each(samples.map((s) => [basename(s), s] as const))('%s as a web archive', (_name, sample) => {
  it('written by Word (GB2312, quoted-printable) gives the findings of the original', async () => {
    const layout = await readLayout(sample, new Uint8Array(await readFile(sample)));
    const mht = join(scratch.dir, `${basename(sample)}.mht`);
    await writeFile(mht, asWordWebArchive(asWordHtml(toHtml(layout, basename(sample)))));
    const [original, archived] = [await checkFile(sample), await checkFile(mht)];
    expect(archived.format).toBe('mht');
    expect(archived.findings.map(findingKey).sort()).toEqual(original.findings.map(findingKey).sort());
  }, 60_000);

  it.skipIf(!hasChromium)('saved by Chromium as MHTML gives the findings of the original', async () => {
    const { html } = await makeVariants(sample, join(scratch.dir, basename(sample)));
    const page = await (scratch.browser as Browser).newPage();
    await page.goto(pathToFileURL(html).href);
    const cdp = await page.context().newCDPSession(page);
    const { data } = (await cdp.send('Page.captureSnapshot', { format: 'mhtml' })) as { data: string };
    await page.close();
    const mhtml = join(scratch.dir, `${basename(sample)}.mhtml`);
    await writeFile(mhtml, data);
    const [original, archived] = [await checkFile(sample), await checkFile(mhtml)];
    expect(archived.format).toBe('mht');
    expect(archived.findings.map(findingKey).sort()).toEqual(original.findings.map(findingKey).sort());
  }, 60_000);
});

describe('a web archive by its content', () => {
  const page = '<html><head></head><body><h1>某某局2023年度部门决算</h1><p>收入总计100.00万元。</p></body></html>';

  it.each(['.doc', '.txt', '.html'])('named %s is read as a web archive', async (ext) => {
    const layout = await readLayout(`archive${ext}`, asWordWebArchive(page));
    expect(layout.format).toBe('mht');
    expect(layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('|')).toContain('某某局2023年度部门决算|收入总计100.00万元。');
  });

  it('with no page inside is refused with a message saying so', async () => {
    const bytes = new TextEncoder().encode(
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="b"\r\n\r\n--b\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--b--\r\n',
    );
    const error = await readLayout('empty.mht', bytes).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isJuesuanError(error) && error.code).toBe('CORRUPT_FILE');
    expect((error as Error).message).toMatch(/网页档案（MHT）.*没有网页正文/);
  });

  it('with its header lines run into one (copied from a page showing its source) is still read as one', async () => {
    const text = `MIME-Version: 1.0 Content-Type: multipart/related; boundary="----=_NextPart_X" 此文档为“单个文件网页”，也称为“Web 档案”文件。 ------=_NextPart_X Content-Location: file:///C:/a.htm Content-Transfer-Encoding: 8bit Content-Type: text/html; charset="utf-8"\n${page}\n------=_NextPart_X--\n`;
    const layout = await readLayout('copied.txt', new TextEncoder().encode(text));
    expect(layout.format).toBe('mht');
    expect(layout.blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('|')).toContain('某某局2023年度部门决算|收入总计100.00万元。');
  });

  it('a text that only mentions MIME headers further down stays a text', async () => {
    const layout = await readLayout('note.txt', new TextEncoder().encode('某某局2023年度部门决算\n说明：邮件头 Content-Type: multipart/related 不是本文。\n'));
    expect(layout.format).toBe('text');
  });
});
