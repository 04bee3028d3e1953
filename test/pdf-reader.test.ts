import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { isJuesuanError } from '../src/errors.js';
import type { PositionedPage } from '../src/extract/pdf/items.js';
import { readTextLayerPdfium } from '../src/extract/pdf/pdfium/text-layer.js';
import { readTextLayer, readTextLayerPdfjs } from '../src/extract/pdf/text-layer.js';

/*
 * Which reader reads a PDF (src/extract/pdf/text-layer.ts): PDFium, and pdfjs for what PDFium cannot
 * open; and PDFium's WebAssembly memory bounded (pdfium/wasm.ts), as V8's heap limits do not cover it.
 */
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TEMPLATE = 'test/corpus/shanghai-final-template.pdf';
const PUTUO = 'test/corpus/putuo-finance-bureau-2024.pdf';

const texts = (pages: readonly PositionedPage[]) => pages.map((p) => p.items.map((i) => i.str).join('|'));

afterEach(() => {
  delete process.env.JUESUAN_PDFIUM_MAX_MB;
  delete process.env.JUESUAN_PDF_ENGINE;
});

describe('the PDF reader', () => {
  it('reads a PDF PDFium cannot open with pdfjs: here a PDF sent after 2,000 bytes of something else', async () => {
    // PDFium looks for the header in the first 1,024 bytes only; pdfjs anywhere.
    const pdf = await readFile(join(ROOT, TEMPLATE));
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n${' '.repeat(2000)}`), pdf]));
    const refused = await readTextLayerPdfium(bytes, 'prefixed.pdf').catch((e: unknown) => e);
    expect(isJuesuanError(refused) && refused.code).toBe('CORRUPT_FILE');
    const read = await readTextLayer(bytes, 'prefixed.pdf');
    const byPdfjs = await readTextLayerPdfjs(bytes, 'prefixed.pdf');
    expect(read.numPages).toBe(23);
    expect(texts(read.pages)).toEqual(texts(byPdfjs.pages));
    // JUESUAN_PDF_ENGINE=pdfium asks for PDFium alone: the file is then refused.
    process.env.JUESUAN_PDF_ENGINE = 'pdfium';
    await expect(readTextLayer(bytes, 'prefixed.pdf')).rejects.toThrow(/无法打开/);
  }, 120_000);

  it('stops PDFium at its memory bound with the Chinese message, without pdfjs trying again, and reads the next document afresh', async () => {
    const bytes = new Uint8Array(await readFile(join(ROOT, PUTUO)));
    // The instance starts with about 18 MB; the 25-page PDF takes it to about 21 MB.
    process.env.JUESUAN_PDFIUM_MAX_MB = '19';
    const e = await readTextLayer(bytes, PUTUO).catch((x: unknown) => x);
    expect(isJuesuanError(e) && e.code).toBe('LIMIT_EXCEEDED');
    expect((e as Error).message).toMatch(/所需内存超过 19 MB 的上限/);
    delete process.env.JUESUAN_PDFIUM_MAX_MB;
    expect((await readTextLayer(bytes, PUTUO)).numPages).toBe(25);
  }, 120_000);

  it('says so from the CLI too (exit 3), with no stack trace and no output of PDFium', async () => {
    const out = await new Promise<{ code: number; text: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'test/helpers/cli-entry.ts'), 'check', PUTUO],
        { cwd: ROOT, env: { ...process.env, JUESUAN_PDFIUM_MAX_MB: '19' } },
        (err, stdout, stderr) => resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, text: stdout + stderr }),
      ),
    );
    expect(out.code).toBe(3);
    expect(out.text).toMatch(/所需内存超过 19 MB 的上限/);
    expect(out.text).not.toMatch(/\n\s+at |Cannot enlarge memory|Aborted/);
  }, 120_000);
});
