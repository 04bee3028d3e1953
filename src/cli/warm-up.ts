import { readFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { defaultCatalog } from '../catalog/catalog.js';
import { reportOf } from '../check.js';
import { parsingPdf } from '../extract/bounded.js';
import { readLayout } from '../extract/index.js';
import { interpret } from '../interpret/index.js';
import { clearFigureMemo } from '../model/decimal.js';
import type { Disclosure } from '../model/disclosure.js';
import type { LayoutDocument } from '../model/layout.js';
import { runRules } from '../rules/engine.js';
import { ALL_RULES } from '../rules/index.js';
import type { RuleOutcome } from '../rules/rule.js';

/**
 * A small disclosure (the start of the rongcheng sample: the nine tables in Markdown, the explanation
 * and the glossary), checked once while the parse worker reads a PDF. Outside dist/, which tsc writes.
 */
const WARM_UP_DOCUMENT = fileURLToPath(new URL('../../assets/warm-up.md', import.meta.url));

/** Rules run between two looks at whether the PDF's layout has come. */
const RULES_PER_STEP = 25;

/**
 * While the parse worker reads the one PDF `juesuan check` was given, this thread has nothing to do
 * for ~150–200 ms, and then interprets, checks and reports with code that runs for the first time:
 * V8 compiles each pattern, makes each function's feedback and baseline code then. So it checks a
 * small built-in document meanwhile and drops the result; the PDF's own check then runs on code
 * already warm. The work is done in steps, and stops as soon as the layout has come (or the parse
 * failed), so that it delays the check by one step at most. Only while a PDF is parsed in a worker:
 * a text is read in this thread, and a folder keeps both cores busy with files. Nothing of it
 * reaches the PDF's findings: every per-document answer is kept by document (or by text, the same
 * answer for the same text), and `checkDisclosure` clears the figure memo as it begins.
 * JUESUAN_WARM_UP=off turns it off. Resolves with the number of steps done.
 */
export async function warmUpWhile(reading: Promise<unknown>): Promise<number> {
  let arrived = false;
  const settle = () => {
    arrived = true;
  };
  reading.then(settle, settle);
  // One turn first, so that the file has been posted to the worker before anything here runs.
  await nextTurn();
  if (arrived || !parsingPdf() || process.env.JUESUAN_WARM_UP === 'off') return 0;
  let done = 0;
  try {
    for (const step of steps()) {
      await step();
      done++;
      await nextTurn();
      if (arrived) break;
    }
  } catch {
    // A warm-up that fails is no failure of the check: it only leaves the code colder.
  }
  return done;
}

/** The warm-up's steps, each a few to ~30 ms of this thread (cold). */
function* steps(): Generator<() => unknown> {
  const catalog = defaultCatalog();
  let layout: LayoutDocument | undefined;
  let doc: Disclosure | undefined;
  // A Markdown file is read in this thread.
  yield async () => {
    layout = await readLayout('warm-up.md', readFileSync(WARM_UP_DOCUMENT));
  };
  yield () => {
    doc = interpret(layout as LayoutDocument, catalog);
    clearFigureMemo();
  };
  const outcomes: RuleOutcome[] = [];
  for (let i = 0; i < ALL_RULES.length; i += RULES_PER_STEP) {
    yield () => outcomes.push(...runRules(doc as Disclosure, ALL_RULES.slice(i, i + RULES_PER_STEP), catalog));
  }
  yield () => reportOf(doc as Disclosure, outcomes);
}
