import { isJuesuanError } from '../errors.js';
import type { DocumentReport } from '../check.js';
import type { Disclosure } from '../model/disclosure.js';
import type { YearFigures } from '../model/year-figures.js';

/** What a check job sends back: the report and the year summary, or the text of an internal error. */
export type CheckJobResult =
  | { ok: true; report: DocumentReport & { lines: Disclosure['lines'] }; model: YearFigures | null }
  | { ok: false; internal: string };

/**
 * The whole check of one stored document, run in the bounded worker (src/extract/bounded.ts): reading,
 * interpretation and the rules stay off the server's event loop, within the same time and memory
 * limits as a parse. A reader's typed error (an unreadable file) is thrown and reaches the queue as
 * that error; a fault of our own is returned as such, so that it is retried and never reported to a
 * department as a damaged file.
 */
export async function parse(bytes: Uint8Array, file: string): Promise<CheckJobResult> {
  const [{ extractBytes, checkDisclosure }, { yearFigures }] = await Promise.all([import('../check.js'), import('../model/year-figures.js')]);
  try {
    const doc = await extractBytes(file, bytes);
    const { outcomes: _outcomes, ...report } = checkDisclosure(doc);
    let model: YearFigures | null = null;
    try {
      model = yearFigures(doc);
    } catch {
      // The check stands without its year summary (cross-year comparison and analysis skip it).
    }
    return { ok: true, report, model };
  } catch (e) {
    if (isJuesuanError(e)) throw e;
    return { ok: false, internal: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
}
