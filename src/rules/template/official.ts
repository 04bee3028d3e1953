import shanghai2024 from './data/shanghai-2024.json' with { type: 'json' };

/**
 * What official disclosure templates address to the compiler, read out of the templates themselves
 * by scripts/template-sentences.ts (each data file names its source). A filled-in document that
 * still carries one of these has template text left in.
 */
export interface OfficialTemplate {
  source: string;
  template: string;
  instructions: { text: string; keys: string[] }[];
  eitherOr: string[];
}

export const OFFICIAL_TEMPLATES: readonly OfficialTemplate[] = [shanghai2024];

/** Text as compared with template sentences: no whitespace, full-width brackets, colon and comma. */
export function squeeze(text: string): string {
  // Most lines hold nothing to change: one test instead of five passes that copy nothing.
  if (!SQUEEZED_AWAY.test(text)) return text;
  return text
    .replace(/\s+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,/g, '，');
}

const SQUEEZED_AWAY = /[\s():,]/;

// Per document (keyed by its lines): two rules squeeze every line of it.
const SQUEEZED = new WeakMap<readonly { text: string }[], string[]>();

/** `squeeze` of each of a document's lines, made once per document. */
export function squeezedLines(lines: readonly { text: string }[]): string[] {
  let out = SQUEEZED.get(lines);
  if (!out) {
    out = lines.map((l) => squeeze(l.text));
    SQUEEZED.set(lines, out);
  }
  return out;
}

/** Every instruction key in the order they are tried, flattened once: the look-up runs for every line of a document. */
const KEYS: readonly { key: string; text: string; template: string }[] = OFFICIAL_TEMPLATES.flatMap((t) =>
  t.instructions.flatMap((ins) => ins.keys.map((key) => ({ key, text: ins.text, template: t.template }))),
);

/** A pattern matching wherever one of the words given matches: one scan of a line instead of one per word. */
function anyOf(words: readonly string[]): RegExp {
  return new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|'));
}

// Most lines hold no key: one test of all keys at once (eight times faster than the keys one by
// one) tells which lines to look up in order.
const ANY_KEY = anyOf(KEYS.map((k) => k.key));

/** An instruction of an official template found in the (squeezed) text, with the template it comes from. */
export function findInstruction(squeezed: string): { key: string; text: string; template: string } | null {
  if (!ANY_KEY.test(squeezed)) return null;
  for (let k = 0; k < KEYS.length; k++) {
    const found = KEYS[k] as (typeof KEYS)[number];
    if (squeezed.includes(found.key)) return { key: found.key, text: found.text, template: found.template };
  }
  return null;
}

/**
 * Both direction words of every either-or pair any template offers (增加（减少） → 增加, 减少), with the
 * forms looked for, made once rather than for every line.
 */
const PAIRS: { a: string; b: string; forms: string[]; joined: string; comparative: boolean }[] = [
  ...new Set(OFFICIAL_TEMPLATES.flatMap((t) => t.eitherOr)),
].map((p) => {
  const m = /^(.+)（(.+)）$/.exec(p)!;
  const [a, b] = [m[1]!, m[2]!];
  // Run together, the pair is only taken for residue where it stands as a direction word: before a
  // figure or a reason ("增加减少12.30万元", "减少增加的主要原因"), or as a comparison ("大于小于预算数").
  return { a, b, forms: [`${a}（${b}）`, `${a}/${b}`, `${a}／${b}`], joined: `${a}${b}`, comparative: /[于]$/.test(a) };
});

const ANY_EITHER_OR = anyOf([...PAIRS.flatMap((p) => [...p.forms, p.joined]), '或']);

const DIRECTION_AFTER = /^(?:\d|X{2,}|的?主要原因|了?[\d])/;

/**
 * Either-or wording left in: the template's "增加（减少）" (also with half-width brackets or a slash), or
 * the two words run together by an edit ("增加减少", "大于小于"). `collapsed` tells which.
 */
export function eitherOrIn(squeezed: string): { text: string; collapsed: boolean }[] {
  const out: { text: string; collapsed: boolean }[] = [];
  // Whatever is found holds one of these: most lines hold none, and are passed over in one test.
  if (!ANY_EITHER_OR.test(squeezed)) return out;
  for (let k = 0; k < PAIRS.length; k++) {
    const pair = PAIRS[k] as (typeof PAIRS)[number];
    for (let f = 0; f < pair.forms.length; f++) {
      const form = pair.forms[f] as string;
      if (squeezed.includes(form)) out.push({ text: form, collapsed: false });
    }
    const at = squeezed.indexOf(pair.joined);
    if (at >= 0) {
      const after = squeezed.slice(at + pair.joined.length);
      if (pair.comparative || DIRECTION_AFTER.test(after)) out.push({ text: pair.joined, collapsed: true });
    }
  }
  // "决算数小于预算数（或与预算数持平）": the other choice offered in brackets after 或.
  if (squeezed.includes('或')) for (const m of squeezed.matchAll(OFFERED_CHOICE)) out.push({ text: m[0], collapsed: false });
  return out;
}

const OFFERED_CHOICE = /(?:大于|小于|增加|减少|增长|下降|高于|低于)[^（(，。；]{0,8}[（(]或[^）)]{0,10}(?:持平|大于|小于|增加|减少|增长|下降|高于|低于)[^）)]{0,6}[)）]/g;
