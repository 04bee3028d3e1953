import { rename, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { ComposedDocument } from '../compose/document.js';
import { renderDocx } from './docx/index.js';
import { renderDocumentHtml } from './html/index.js';
import { docxToPdf, latinFontNote, timesSubstitute } from './pdf/index.js';
import { renderXlsx } from './xlsx/index.js';

export const RENDER_FORMATS = ['docx', 'pdf', 'html', 'xlsx'] as const;
export type RenderFormat = (typeof RENDER_FORMATS)[number];

/** What a renderer has to tell the person running it (charts left out for want of a CJK font, figures set in a wider font). */
export interface RenderOptions {
  notes?: string[];
}

/** Renders one format to bytes (the PDF is printed from the DOCX). */
export async function renderFormat(doc: ComposedDocument, format: RenderFormat, options: RenderOptions = {}): Promise<Uint8Array> {
  switch (format) {
    case 'html':
      return new TextEncoder().encode(renderDocumentHtml(doc));
    case 'docx':
      return renderDocx(doc, options);
    case 'xlsx':
      return renderXlsx(doc);
    case 'pdf': {
      const note = latinFontNote(timesSubstitute());
      if (note) options.notes?.push(note);
      return docxToPdf(await renderDocx(doc, options));
    }
  }
}

/** Writes a file whole or not at all: to a temporary file beside it, then renamed over it. */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, bytes);
  await rename(tmp, path);
}

/** Renders the requested formats into `outDir` as <base>.<format>; returns the paths written. */
export async function renderTo(
  doc: ComposedDocument,
  formats: readonly RenderFormat[],
  outDir: string,
  base: string,
  options: RenderOptions = {},
): Promise<string[]> {
  await mkdir(outDir, { recursive: true });
  const written: string[] = [];
  for (const f of formats) {
    const path = join(outDir, `${base}.${f}`);
    await writeFileAtomic(path, await renderFormat(doc, f, options));
    written.push(path);
  }
  return written;
}
