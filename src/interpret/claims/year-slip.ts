/**
 * A writer's wrong year: a sentence led by a year that is not the report year, where that year can be
 * neither a comparison year nor a plan year, states this year's figures with a slip of the year
 * ("2026年度国有资本经营预算财政拨款收入10.00万元" in a 2025 account; "2023年度“三公”经费财政拨款支出决算为
 * 12.40万元" in a 2024 account whose section says nothing of 2024). Its figures are read as this year's;
 * year-unit rules report the year itself.
 */
import type { Block } from '../../model/layout.js';

/** The year a sentence opens with, after a place's name if any ("鄂城区2022年…"). */
export const PLACE_YEAR = /^\s*[\u4e00-\u9fa5]{0,10}?(20\d{2})\s*年/;

/**
 * The year a sentence says its figures are of, at its opening after a place's or a department's name
 * ("2011年某某局…预算数合计为", "2010年，…决算数为"), not a year compared with ("与2022年相比", "比2022年").
 */
export function statedYear(s: string): number | undefined {
  const m = PLACE_YEAR.exec(s);
  if (!m || /[比较与同]/.test(m[0]) || /^\s*(?:度)?\s*(?:相比|比|同期)/.test(s.slice(m[0].length))) return undefined;
  return Number(m[1]);
}

/** What a section says of years: the year its heading names, and the years its paragraphs state figures of. */
export interface SectionYears {
  heading: number | null;
  /** Years named in the section's paragraphs, except after a comparison word ("与2023年相比", "较2023年度"). */
  stated: ReadonlySet<number>;
}

/** A year named for itself, not compared with (比/较/与/同 before it) nor a span's end (至/到/-). */
const NAMED_YEAR = /(?<![比较与同至到\-—~～]\s*)(20\d{2})\s*年(?!\s*\d{1,2}\s*月)/g;
/** A heading: a short line without a sentence's stop. */
const HEADING_LIKE = /^[^。；;]{2,60}$/;

/**
 * The years of the section each block stands in (by block index; null outside the explanation): a run
 * of blocks under one section key, its first block the heading when it reads as one.
 */
export function sectionYearsByBlock(blocks: readonly Block[], keyAt: readonly (string | null)[]): (SectionYears | null)[] {
  const out: (SectionYears | null)[] = blocks.map(() => null);
  for (let i = 0; i < blocks.length; ) {
    const key = keyAt[i];
    let j = i + 1;
    while (j < blocks.length && keyAt[j] === key) j++;
    if (key?.startsWith('explain.')) {
      const first = blocks[i];
      const headed = first?.kind === 'paragraph' && HEADING_LIKE.test(first.text.trim());
      const heading = headed ? ([...first.text.matchAll(NAMED_YEAR)].map((m) => Number(m[1]))[0] ?? null) : null;
      const stated = new Set<number>();
      for (let k = headed ? i + 1 : i; k < j; k++) {
        const b = blocks[k];
        if (b?.kind === 'paragraph') for (const m of b.text.matchAll(NAMED_YEAR)) stated.add(Number(m[1]));
      }
      const years: SectionYears = { heading, stated };
      for (let k = i; k < j; k++) out[k] = years;
    }
    i = j;
  }
  return out;
}

/** Sections whose sentences state the account's own figures (not a performance evaluation of earlier projects, nor an untitled part). */
const OWN_SECTION = /^explain\.(?!other$|performance$)/;
/** A budget's or a plan's words; the funds' names ("一般公共预算", "国有资本经营预算") are not. */
const PLAN = /预算|计划|预计|拟|将|目标|规划|展望|下一步/;
const FUND_NAMES = /(?:一般公共|政府性基金|国有资本经营)预算/g;
/** Words that set the sentence's figures against another year's. */
const COMPARES = /[比较与同]\s*(?:上年|上一年|去年|\d{4}\s*年)|同比|同期|上年|去年|上一年度?|增加|减少|增长|下降|上升|降低|持平|变化|变动/;

/**
 * The year, not the report's, that a sentence is led by where it can only be a slip for the report year,
 * or null: a later year in a sentence with no budget or plan word (a later year's budget says so), an
 * earlier year in one that compares with nothing; either in a section whose heading names no other year
 * and whose paragraphs name no year but that one (a section that names the report year may set last
 * year's figures beside it). Never in a performance evaluation (earlier projects are evaluated) or an
 * untitled part.
 */
export function slippedYear(sentence: string, fiscalYear: number, section: string, years: SectionYears | null): number | null {
  if (!years || !OWN_SECTION.test(section)) return null;
  const y = statedYear(sentence);
  if (y == null || y === fiscalYear) return null;
  // A date ("2026年3月，…") is when something happened, and a year's end ("截止2017年底") a moment of
  // that year, not the year of the figures.
  const lead = PLACE_YEAR.exec(sentence)?.[0] ?? '';
  if (/[截至到]/.test(lead) || /^\s*(?:\d{1,2}\s*月|底|末|初)/.test(sentence.slice(lead.length))) return null;
  if (years.heading != null && years.heading !== fiscalYear) return null;
  // Another year named in the sentence: it sets two years side by side.
  if ([...sentence.matchAll(/(20\d{2})\s*年/g)].some((m) => Number(m[1]) !== y)) return null;
  if (y > fiscalYear ? PLAN.test(sentence.replace(FUND_NAMES, '')) : COMPARES.test(sentence)) return null;
  return [...years.stated].every((x) => x === y) ? y : null;
}
