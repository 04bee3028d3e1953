import type { LayoutDocument } from '../../model/layout.js';
import type { OfficialTemplate } from './official.js';

// Words that address the compiler rather than the reader of the published document.
const ADDRESSED = /作下述说明|作持平表述|不涉及的不列|按上述格式|依次说明到|不用说明|仍保留该表格式|填写|列明|以下同|不列举|仅有一个单位的部门/;
// Placeholders: a clause holding one cannot be matched literally in a filled-in document.
const PLACEHOLDER = /X{2,}|…{2}|\.{6}/;
// Two direction words offered as alternatives: 增加（减少）.
const EITHER_OR =
  /(增加|减少|增长|下降|大于|小于|高于|低于|上升|提高|降低)（(增加|减少|增长|下降|大于|小于|高于|低于|上升|提高|降低)）/g;

const squeezeAll = (s: string) => s.replace(/\s+/g, '');

/**
 * What an official template addresses to the compiler, read from the template's layout: its
 * instructions (each with the keys that find it in a filled-in document: the whole sentence and
 * each clause of it that addresses the compiler, since a compiler may delete half an instruction
 * and leave the rest) and its either-or wording. Used by scripts/template-sentences.ts.
 */
export function readTemplate(layout: LayoutDocument, source: string, template: string): OfficialTemplate {
  const instructions = new Map<string, Set<string>>();
  const eitherOr = new Set<string>();
  const add = (text: string, keys: string[]) => {
    const set = instructions.get(text) ?? new Set<string>();
    for (const k of keys) if (k.length >= 7) set.add(k);
    if (set.size) instructions.set(text, set);
  };
  const addressing = (s: string) => s.split(/[，。；：]/).filter((c) => ADDRESSED.test(c) && !PLACEHOLDER.test(c));
  for (const block of layout.blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = squeezeAll(block.text);
    for (const m of text.matchAll(EITHER_OR)) if (m[1] !== m[2]) eitherOr.add(m[0]);
    // Parentheticals first: "（如持平作持平表述）" is an instruction inside a sentence that is not.
    for (const p of text.matchAll(/（([^（）]{4,60})）/g)) {
      if (ADDRESSED.test(p[1]!) && !PLACEHOLDER.test(p[0])) add(p[0], [p[0], p[1]!]);
    }
    const rest = text.replace(/（[^（）]{4,60}）/g, (p) => (ADDRESSED.test(p) ? '。' : p));
    // "…的部门，作下述说明：上海市XX局…" — what follows the colon is the text to print, not the instruction.
    for (const sentence of rest.split(/(?<=[。；]|下述说明：)/)) {
      if (!ADDRESSED.test(sentence)) continue;
      add(sentence, PLACEHOLDER.test(sentence) ? addressing(sentence) : [sentence, ...addressing(sentence)]);
    }
  }
  return {
    source,
    template,
    instructions: [...instructions].map(([text, keys]) => ({ text, keys: [...keys] })),
    eitherOr: [...eitherOr],
  };
}
