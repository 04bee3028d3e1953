import type { Disclosure } from './disclosure.js';
import type { Location } from './location.js';
import { type ProseSentence, joinedProse, proseSentences } from './prose.js';

/** One count of a breakdown as printed ("在职人员30人"). */
export interface CountItem {
  label: string;
  value: number;
  unit: string;
  raw: string;
  location: Location;
}

/**
 * A count and the "其中" parts the same sentence gives of it, as the overview states its staff,
 * establishment and units: "实有人数31人，其中：在职人员30人；离休人员0人；退休人员1人".
 * `exclusive`: the parts are of one classification (在职/离休/退休; 行政/事业/工勤; 全额/差额…), so no
 * person or unit is in two of them and their sum may not exceed the whole.
 */
export interface CountBreakdown {
  whole: CountItem;
  parts: CountItem[];
  exclusive: boolean;
  sentence: string;
}

/** A count followed by the names it counts: "内设机构3个，分别是办公室、财务科、业务科". */
export interface CountedNames {
  count: CountItem;
  names: string[];
  /** The last name joins two with 和/及/与 ("财务科和业务科"), or is one name containing the word. */
  lastMayBeTwo: boolean;
  /** The list ends in 等: some of the names, not all. */
  partial: boolean;
  sentence: string;
}

// Wholes: a headcount, an establishment or a number of units, as the 部门基本情况 words them.
const WHOLE = /(?:实有人数|实有人员|现有人员|现有人数|人员总数|总人数|职工总数|实有职工|在职人员|在职职工|在编人员|离退休人员|人员编制|编制人数|编制数|核定编制|总编制|编制总数|行政编制|事业编制|下属单位|所属单位|二级单位|预算单位|事业单位|行政单位|车辆|共有车辆|实有车辆|公务车辆|公务用车|公务用车保有量|车辆保有量|保有量)$/;

// Classifications whose classes do not overlap: parts all of one of them are exclusive. 离退休 is
// its own class only where 离休 and 退休 are not also listed (checked below).
const FAMILIES: RegExp[] = [
  /^(?:在职|离休|退休|离退休|遗属)(?:人员|职工|干部)?$/,
  /^(?:在编|编外|聘用|临聘|临时|劳务派遣|合同制)(?:人员|职工)?$/,
  /^(?:行政|参公|参照公务员法管理|参照公务员管理|参公事业|事业|机关工勤|工勤|工勤技能)(?:人员|编制|编|岗位)?$/,
  /^(?:全额(?:拨款)?|差额(?:拨款)?|自收自支|定额(?:补助)?)(?:事业)?(?:单位|人员|编制)?$/,
  /^(?:行政|参公|参照公务员法管理|事业|其他事业|企业)(?:单位)$/,
  // The classes of official vehicles the asset report counts.
  /^(?:(?:符合规定的?)?领导(?:干部)?用车|主要(?:负责人|领导干部?)用车|机要通信用车|应急保障用车|执法执勤用车|特种专业技术用车|离退休干部(?:服务)?用车|一般公务用车|其他用车)$/,
];
const OTHER = /^其他(?:人员|单位|编制)?$/;
/** When a count is taken, before its class ("年末其他人员", "期末在职人员"). */
const AT_YEAR_END = /^(?:年末|期末|年底)/;

// A clause that states a change of the count before it ("减少1人", "比上年增加2人"), not a part.
const CHANGE = /(?:增加|减少|增|减|持平|变动|变化|新增|调出|调入|净增|净减)$/;

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "12", "十二", "二十三" → the number; null for anything else. */
function countValue(s: string): number | null {
  if (/^\d+$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? (CN_DIGITS[m[1]] as number) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] as number) : 0);
  return s.length === 1 && s in CN_DIGITS ? (CN_DIGITS[s] as number) : null;
}

// "在职人员30人": a label of Chinese characters, an optional verb, the count and its measure word.
const ITEM = /([\u4e00-\u9fa5]{1,16}?)(?:共有|共计|合计|总计|共|为|是|有)?(\d+|[一二两三四五六七八九十]{1,3})(人|名|个|辆)(?!次)/y;
// What may stand between two parts: punctuation, and the asides blanked out.
const SEP = /[，,、；;：:\u0000]*/y;

/**
 * Brackets and what they hold, blanked (same length, so offsets stay): asides are not parts. A bracket
 * that opens with 其中 ("在职人员20人（其中，行政编制16人、事业编制4人）") is the breakdown itself, said
 * in brackets: only its brackets go.
 */
function blankAsides(s: string): string {
  let out = s;
  // Three passes: asides nest ("（含A（B））") no deeper in practice; a 其中 bracket inside another aside
  // goes with it in the next pass.
  for (let k = 0; k < 3; k++)
    out = out.replace(/[（(]([^（）()]*)[）)]/g, (m, inner: string, at: number, all: string) =>
      // (Only a sentence's first 其中: "…其中：行政人员13人（其中女性…）" is a part's own aside.)
      /^\s*其中/.test(inner) && !all.slice(0, at).includes('其中') ? `\u0000${inner}\u0000` : '\u0000'.repeat(m.length),
    );
  return out;
}

function item(text: string, at: number, base: number, prose: ReturnType<typeof joinedProse>): (CountItem & { end: number }) | null {
  ITEM.lastIndex = at;
  const m = ITEM.exec(text);
  if (!m) return null;
  const value = countValue(m[2] as string);
  if (value == null) return null;
  return { label: m[1] as string, value, unit: m[3] as string, raw: m[0], location: prose.at(base + m.index), end: m.index + m[0].length };
}

function familyOf(label: string): number {
  return FAMILIES.findIndex((f) => f.test(label));
}

/** Every "其中" breakdown of a staff, establishment or unit count in the document's prose. */
export function countBreakdowns(doc: Disclosure): CountBreakdown[] {
  const prose = joinedProse(doc);
  if (!/其中/.test(prose.text)) return [];
  const out: CountBreakdown[] = [];
  let previous: ProseSentence | null = null;
  for (const sentence of proseSentences(doc)) {
    const { raw, start } = sentence;
    const last = previous;
    previous = sentence;
    if (!raw.includes('其中') || !/[人名个辆]/.test(raw)) continue;
    const s = blankAsides(raw);
    for (let i = s.indexOf('其中'); i >= 0; i = s.indexOf('其中', i + 2)) {
      // The whole: the count that ends right before 其中 (nothing but punctuation between), or, for a
      // sentence that opens with 其中, the count that ends the sentence before it.
      const before = s.slice(0, i).replace(/[，,：:\u0000]*$/, '');
      const whole = before ? wholeAtEnd(before, start, prose) : last ? wholeEndingSentence(last, prose) : null;
      if (!whole) continue;
      const parts: CountItem[] = [];
      let j = i + 2;
      let family = -1;
      let lastEnd = j;
      for (;;) {
        SEP.lastIndex = j;
        j += SEP.exec(s)?.[0].length ?? 0;
        const it = item(s, j, start, prose);
        if (!it) break;
        j = it.end;
        if (CHANGE.test(it.label) || /^(?:比|较|同比|与)/.test(it.label)) continue;
        if (sameClass(it.unit) !== sameClass(whole.unit) && !/编制/.test(whole.label + it.label)) break;
        // Another whole ("；实有人数31人") or a class of another classification ends the list: the
        // parts of one breakdown are of one kind. A part of no known classification ("女性12人",
        // "局机关15名") is one only up to the next semicolon, which starts another statement.
        // ("年末其他人员2人": the time a count is taken at says nothing of its class.)
        const bare = it.label.replace(AT_YEAR_END, '');
        const fam = OTHER.test(bare) ? family : familyOf(bare);
        if (WHOLE.test(bare) && fam < 0) break;
        if (parts.length && fam !== family) break;
        const afterStop = /[；;]/.test(s.slice(lastEnd, it.end - it.raw.length));
        if (fam < 0 && (it.label.length > 8 || afterStop)) break;
        // Parts that already make the whole before a semicolon are all of it: what follows ("；年末其他人员14人"
        // after 在职89 + 离休1 + 退休41 = 实有131) is counted apart, as some templates count it.
        if (afterStop && parts.length && parts.reduce((n, p) => n + p.value, 0) === whole.value) break;
        family = fam;
        lastEnd = it.end;
        parts.push(it);
        // A part's own breakdown ("事业人员27人，其中专业技术人员20人") ends the list: it is another.
        SEP.lastIndex = j;
        if (s.startsWith('其中', j + (SEP.exec(s)?.[0].length ?? 0))) break;
      }
      if (!parts.length) continue;
      const labels = parts.map((p) => p.label);
      const overlapping = labels.some((l) => /^离退休/.test(l)) && labels.some((l) => /^(?:离休|退休)/.test(l));
      out.push({ whole, parts, exclusive: family >= 0 && !overlapping && new Set(labels).size === labels.length, sentence: raw });
    }
  }
  return out;
}

// 人 and 名 count people; 个 counts posts or bodies; 辆 counts vehicles.
const sameClass = (unit: string) => (unit === '个' || unit === '辆' ? unit : '人');

const WHOLE_AT_END = /([\u4e00-\u9fa5]{1,16}?)(?:共有|共计|合计|总计|共|为|是|有)?(\d+|[一二两三四五六七八九十]{1,3})(人|名|个|辆)$/;

/** The count of a staff, establishment or unit whole that `text` ends with ("…编制人数18人"), or null. */
function wholeAtEnd(text: string, start: number, prose: ReturnType<typeof joinedProse>): CountItem | null {
  const wm = WHOLE_AT_END.exec(text);
  if (!wm) return null;
  // The label is the whole's own name: a heading the joining ran into it ("人员概况") goes.
  const label = WHOLE.exec(wm[1] as string)?.[0];
  const value = countValue(wm[2] as string);
  if (!label || value == null) return null;
  return { label, value, unit: wm[3] as string, raw: wm[0], location: prose.at(start + wm.index) };
}

/**
 * "编制人数18人。其中：行政编制10人，事业编制9人。": a sentence that opens with 其中 gives the parts of the
 * count the sentence before ends with — only when that count is the sentence's one count of its kind
 * ("编制18人，实有17人。其中…" leaves open which of the two the parts are of).
 */
function wholeEndingSentence(sentence: { raw: string; start: number }, prose: ReturnType<typeof joinedProse>): CountItem | null {
  const text = blankAsides(sentence.raw).replace(/[。！？]$/, '').replace(/[，,：:\u0000]*$/, '');
  const whole = wholeAtEnd(text, sentence.start, prose);
  if (!whole) return null;
  const counts = [...text.matchAll(/(?:\d+|[一二两三四五六七八九十]{1,3})(人|名|个|辆)(?!次)/g)].filter((m) => sameClass(m[1] as string) === sameClass(whole.unit));
  return counts.length === 1 ? whole : null;
}

// "内设机构3个，分别是…", "下属单位2个，即…": a count of bodies and the cue that their names follow.
// "设9个内设机构，分别为：…": the count said before the bodies.
const BODIES = '内设机构|内设科室|内设职能科室|职能科室|内设股室|内设处室|科室|股室|处室|下属单位|所属单位|二级单位|直属单位|下属事业单位|直属事业单位|所属事业单位|预算单位|事业单位';
const NAMED = new RegExp(
  `(?:(${BODIES})(?:共有|共计|共|有)?(\\d+|[一二两三四五六七八九十]{1,3})个[^，,：:。；]{0,6}?|(?:设|设有|下设|共设)(\\d+|[一二两三四五六七八九十]{1,3})个(${BODIES}))[，,]?(?:即|分别是|分别为|具体是|具体为|包括)[:：]?`,
  'g',
);

/** Counts of bodies followed by their names in the same sentence. */
export function countedNames(doc: Disclosure): CountedNames[] {
  const prose = joinedProse(doc);
  const out: CountedNames[] = [];
  for (const { raw, start } of proseSentences(doc)) {
    // Every match holds "个": a sentence without one is not searched (the pattern, tried at every
    // place of every sentence, was most of this function's time).
    if (!raw.includes('个')) continue;
    NAMED.lastIndex = 0;
    for (const m of raw.matchAll(NAMED)) {
      const value = countValue((m[2] ?? m[3]) as string);
      if (value == null) continue;
      const rest = blankAsides(raw.slice((m.index ?? 0) + m[0].length)).replace(/\u0000/g, '');
      const list = /^[^。；;，,：:]+/.exec(rest)?.[0] ?? '';
      // A list that goes on after a comma or holds no 、 is not an enumeration read here.
      if (!list.includes('、') || /^[，,]/.test(rest.slice(list.length))) continue;
      const names = list.split('、').map((x) => x.trim());
      if (names.some((x) => x.length < 2 || /\d/.test(x))) continue;
      out.push({
        count: { label: (m[1] ?? m[4]) as string, value, unit: '个', raw: m[0].replace(/[，,]?(?:即|分别是|分别为|具体是|具体为|包括)[:：]?$/, ''), location: prose.at(start + (m.index ?? 0)) },
        names,
        lastMayBeTwo: /[和及与]/.test(names[names.length - 1] as string),
        partial: /等/.test(list),
        sentence: raw,
      });
    }
  }
  return out;
}
