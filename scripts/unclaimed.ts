// Developer aid for recall: prints, sentence by sentence, the amounts and percentages of the
// explanation that no claim reads, so that a reading gap on a new document is seen at once.
// Usage: npx tsx scripts/unclaimed.ts FILE...
import { readFile } from 'node:fs/promises';
import { defaultCatalog } from '../src/catalog/catalog.js';
import { readLayout } from '../src/extract/index.js';
import { interpret } from '../src/interpret/index.js';
import type { Claim } from '../src/model/disclosure.js';
import type { Figure } from '../src/model/decimal.js';
import '../src/extract/register.js';

const FIGURE = /-?\d[\d,，]*(?:\.\d+)?\s*(?:万元|亿元|元|%|％)/g;
/** A bound, not an amount ("单价100万元（含）以上设备", "超过10万元"): no claim is meant to read it. */
function isBound(text: string, at: number, len: number): boolean {
  return /(?:单价|单位价值|超过|不超过|高于|低于|大于|小于|不足|不到)\s*$/.test(text.slice(Math.max(0, at - 6), at)) || /^\s*(?:[（(]含[)）])?\s*(?:以上|以下|以内)/.test(text.slice(at + len, at + len + 8));
}
/** The figures of a text that are amounts or rates, as printed without separators and units. */
function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE)].filter((m) => !isBound(text, m.index ?? 0, m[0].length)).map((m) => m[0]);
}

function figuresOf(c: Claim): Figure[] {
  return [c.amount, c.change?.amount, c.change?.rate, c.change?.base, c.change?.ratio?.value, c.change?.ratio?.base, c.share?.rate, c.budget?.amount, c.budget?.executionRate, c.budget?.diffRate, c.unitSlip]
    .filter((f): f is Figure => !!f);
}

for (const file of process.argv.slice(2)) {
  const layout = await readLayout(file, new Uint8Array(await readFile(file)));
  const d = interpret(layout, defaultCatalog());
  const read = new Map<string, Set<string>>();
  for (const c of d.claims) {
    const raws = read.get(c.sentence) ?? new Set<string>();
    for (const f of figuresOf(c)) raws.add(f.raw.replace(/[,，\s]/g, '').replace(/万元|亿元|元|%|％/, ''));
    read.set(c.sentence, raws);
  }
  // Figures the performance reading quotes (a project's or the whole's budget, spending, rate, score)
  // are read too, by the paragraph they were quoted from.
  const quoted = d.performance.quotes.map((q) => ({ text: (q.location.text ?? '').replace(/\s/g, ''), raws: [q.fullBudget, q.executed, q.rate, q.score].filter((f): f is Figure => !!f).map((f) => f.raw.replace(/[,，\s]/g, '').replace(/万元|亿元|元|%|％|分/, '')) }));
  const quotedIn = (sentence: string) => { const t = sentence.replace(/\s/g, '').slice(0, 20); return new Set(quoted.filter((q) => t && q.text.includes(t)).flatMap((q) => q.raws)); };
  const sentences = new Set(d.claims.map((c) => c.sentence));
  let missed = 0;
  const lines: string[] = [];
  // A reason's item read as a statement of its own is a piece of its sentence: its figures count as read there.
  for (const [sentence, raws] of read) for (const [piece, more] of read) if (piece !== sentence && sentence.includes(piece)) for (const r of more) raws.add(r);
  for (const [sentence, raws] of read) {
    if ([...read.keys()].some((whole) => whole !== sentence && whole.includes(sentence))) continue;
    const printed = figuresIn(sentence).map((m) => m.replace(/[,，\s]/g, '').replace(/万元|亿元|元|%|％/, ''));
    const q = quotedIn(sentence);
    const left = printed.filter((p) => ![...raws].some((r) => r.replace(/^-/, '') === p.replace(/^-/, '')) && !q.has(p));
    if (left.length === 0) continue;
    missed += left.length;
    lines.push(`  未读 ${left.join(' ')} ← ${sentence.slice(0, 160)}`);
  }
  // Lines of the explanation with figures and no claim read from them at all.
  const at = (l: { page?: number | null; line?: number | null }) => (l.page ?? 0) * 100000 + (l.line ?? 0);
  // A heading of no known name below a part's level ("（三）财政拨款支出决算具体情况") goes on in the section
  // it is under, as the reader takes it (findSections).
  const heads: { key: string | null; at: number }[] = [];
  for (const s of [...d.sections].sort((a, b) => at(a.location) - at(b.location))) heads.push({ key: s.key ?? (s.level === 1 ? null : (heads[heads.length - 1]?.key ?? null)), at: at(s.location) });
  const claimed = [...sentences];
  for (const l of d.lines) {
    if (l.location.cell) continue;
    const key = heads.filter((h) => h.at <= at(l.location)).pop()?.key ?? null;
    if (!key?.startsWith('explain.')) continue;
    // Sentence by sentence: a line whose first sentence is read may hold others that are not (though a
    // claim of an earlier sentence of the line may read them: "…总计2280.29万元。与2023年度相比…减少219.11万元").
    const lineText = l.text.replace(/\s/g, '');
    const ofLine = new Set([...read].filter(([s]) => { const u = s.replace(/\s/g, ''); return lineText.includes(u.slice(0, 20)) || u.includes(lineText.slice(0, 20)); }).flatMap(([, raws]) => [...raws].map((r) => r.replace(/^-/, ''))));
    for (const sentence of l.text.split(/(?<=。)/)) {
      const t = sentence.replace(/\s/g, '');
      if (claimed.some((s) => { const u = s.replace(/\s/g, ''); return u.includes(t.slice(0, 20)) || t.includes(u.slice(0, 20)); })) continue;
      const q = quotedIn(sentence);
      const printed = figuresIn(sentence).filter((p) => { const n = p.replace(/[,，\s]/g, '').replace(/万元|亿元|元|%|％/, ''); return !ofLine.has(n.replace(/^-/, '')) && !q.has(n); });
      if (printed.length === 0) continue;
      missed += printed.length;
      lines.push(`  无读 [${key}] ${printed.join(' ')} ← ${sentence.slice(0, 160)}`);
    }
  }
  process.stdout.write(`■ ${file}: ${d.claims.length} claims in ${sentences.size} sentences; ${missed} figures unread\n${lines.join('\n')}\n`);
}
