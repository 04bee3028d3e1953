import type { Finding } from '../../model/finding.js';
import { addPlaces, highestSeverity } from './figures.js';

/** Absences that are one finding when several are reported: explanation sections, and the nine tables. */
const ABSENCE_GROUPS: { rule: RegExp; title: (n: number) => string; name: (f: Finding) => string; why: string }[] = [
  {
    rule: /^completeness\.section-explain-/,
    title: (n) => `情况说明缺少${n}节`,
    name: (f) => `“${f.expected ?? f.title}”`,
    why: '情况说明可能整部分或成段缺失，也可能以本工具未识别的标题写出，请逐节核实',
  },
  {
    rule: /^completeness\.table-0\d$/,
    title: (n) => `缺少${n}张公开表`,
    name: (f) => `《${f.expected ?? f.title}》`,
    why: '报表可能整体缺失、另附或以图片印出，也可能以本工具未识别的表题印出，请逐表核实',
  },
  {
    rule: /^completeness\.empty-statement$/,
    title: (n) => `${n}张公开表没有数据且未说明原因`,
    name: (f) => f.message.match(/^(公开\d+表《[^》]+》)/)?.[1] ?? f.title,
    why: '这些表全部为零或空白，但表下和情况说明中都没有说明原因；若确无此类收支，应在表下注明',
  },
];
/** The bracketed notes every one of the messages carries ("（本文目录列有此节）"), kept when they are folded. */
function sharedNotes(fs: readonly Finding[]): string {
  return bracketed((fs[0] as Finding).message)
    .filter((n) => fs.every((f) => bracketed(f.message).includes(n)))
    .join('')
    .replace(/此(节|表)/g, '各$1');
}

/** The reason every message gives after its first ；or ：(e.g. "…该表可能以图片印出，请核实"), if they all give the same. */
function sharedReason(fs: readonly Finding[]): string | null {
  const reason = (f: Finding) => f.message.match(/[；：](.+?)。?$/)?.[1] ?? null;
  const first = reason(fs[0] as Finding);
  return first && fs.every((f) => reason(f) === first) ? first : null;
}

/** The outermost full-width bracketed notes of a message, nested brackets kept inside their note. */
function bracketed(message: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < message.length; i++) {
    if (message[i] === '（' && depth++ === 0) start = i;
    else if (message[i] === '）' && depth > 0 && --depth === 0) out.push(message.slice(start, i + 1));
  }
  return out;
}

/** From this many absences of one group on, they are reported as one finding. */
const ABSENCES_FOLDED_FROM = 3;

/**
 * Several sections (or tables) missing at once are most often one cause: a part left out, printed
 * as pictures or attached, or headings written in a form not recognised. One finding names them all,
 * at the first one's place and with the highest severity among them; a lone absence stands as it is.
 */
export function foldAbsences(findings: readonly Finding[]): readonly Finding[] {
  let out = findings;
  for (const g of ABSENCE_GROUPS) {
    const members = out.filter((f) => g.rule.test(f.rule) && f.severity !== 'info');
    if (members.length < ABSENCES_FOLDED_FROM) continue;
    const first = members[0] as Finding;
    const severity = highestSeverity(members);
    let locations = first.locations;
    for (const f of members.slice(1)) locations = addPlaces({ ...first, locations }, f.locations);
    const folded: Finding = {
      ...first,
      severity,
      title: g.title(members.length),
      message: `未找到以下${members.length}项：${members.map(g.name).join('、')}${sharedNotes(members)}。${sharedReason(members) ?? g.why}。`,
      expected: members.map((f) => f.expected ?? f.title).join('、'),
      actual: members.every((f) => f.actual === first.actual) ? (first.actual ?? '缺失') : '缺失',
      locations,
    };
    out = out.flatMap((f) => (f === first ? [folded] : members.includes(f) ? [] : [f]));
  }
  return out;
}
