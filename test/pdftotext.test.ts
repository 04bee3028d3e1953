import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { extractBytes } from '../src/check.js';
import type { Disclosure } from '../src/model/disclosure.js';

// The text `pdftotext -layout` (poppler-utils) makes of each corpus PDF, read as text, against what
// the PDF reader reads from the PDF itself. Skipped, with a note, where pdftotext is not installed.
function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const PDFS = [
  'test/corpus/putuo-finance-bureau-2024.pdf',
  ...readdirSync('test/corpus/pdf')
    .filter((f) => /\.(libreoffice|chromium)\.pdf$/.test(f))
    .map((f) => join('test/corpus/pdf', f)),
];

const available = hasPdftotext();
if (!available) console.warn('pdftotext 未安装（poppler-utils）：跳过 pdftotext -layout 与 PDF 读取结果的对比');

async function both(pdf: string): Promise<{ fromPdf: Disclosure; fromText: Disclosure }> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-layout-'));
  try {
    const out = join(dir, `${basename(pdf, '.pdf')}.txt`);
    execFileSync('pdftotext', ['-layout', pdf, out], { stdio: 'ignore' });
    const fromPdf = await extractBytes(pdf, new Uint8Array(readFileSync(pdf)));
    const fromText = await extractBytes(out, new Uint8Array(readFileSync(out)));
    return { fromPdf, fromText };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const zero = (v: string | null | undefined) => v == null || Number(v) === 0;

describe.skipIf(!available)('pdftotext -layout text of the corpus PDFs', () => {
  for (const pdf of PDFS) {
    it(`${basename(pdf)}: finds every table the PDF reader reads, and reads no cell differently`, async () => {
      const { fromPdf, fromText } = await both(pdf);
      const printed = new Set([...fromText.coverage.tablesFound, ...fromText.coverage.tablesUnread.map((u) => u.id)]);
      expect(fromPdf.tables.map((t) => t.id).filter((id) => !printed.has(id))).toEqual([]);
      // A cell read from the text is the PDF's cell: the same figure, or blank where it is blank or 0.
      const differ: string[] = [];
      for (const t of fromText.tables) {
        const p = fromPdf.tables.find((x) => x.id === t.id);
        for (const r of t.rows) {
          const q = p?.rows.find((x) => x.key === r.key && x.side === r.side);
          for (const [k, f] of Object.entries(r.cells)) {
            const a = f?.value ?? null;
            const b = q?.cells[k]?.value ?? null;
            if (!q || !(k in q.cells)) continue;
            if (a !== b && !(zero(a) && zero(b))) differ.push(`${t.id} ${r.key} ${k}: ${a} ≠ ${b}`);
          }
        }
      }
      expect(differ).toEqual([]);
    });
  }
});
