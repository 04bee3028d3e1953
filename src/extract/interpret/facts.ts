import type { Facts } from '../../model/disclosure.js';
import type { Block } from '../../model/layout.js';

/**
 * Document facts from the title and the first pages: fiscal year, department, scope and unit.
 * The fiscal year is the one in the title ("2024年度…决算"); failing that, the most frequent
 * "20xx年度" in the first paragraphs.
 */
export function readFacts(blocks: readonly Block[]): Facts {
  const paras = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text.trim());
  const head = paras.slice(0, 12).join('\n');
  const titleLine =
    paras.slice(0, 12).find((p) => /决算/.test(p) && /\d{4}\s*年/.test(p) && p.length <= 60) ??
    paras.slice(0, 12).find((p) => /决算/.test(p) && p.length <= 60) ??
    null;
  // Titles are sometimes broken over two lines ("…2024年度部门" / "决算公开说明").
  const idx = titleLine ? paras.indexOf(titleLine) : -1;
  const title = titleLine && !/决算/.test(titleLine.slice(-8)) && idx >= 0 ? `${titleLine}${paras[idx + 1] ?? ''}` : titleLine;

  let fiscalYear: number | null = null;
  const ty = title ? /(20\d{2})\s*年度?/.exec(title) : null;
  if (ty) fiscalYear = Number(ty[1]);
  if (fiscalYear == null) {
    const counts = new Map<number, number>();
    const all = paras.slice(0, 80).join('\n');
    for (const m of all.matchAll(/(20\d{2})\s*年度/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
    fiscalYear = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  }

  let department: string | null = null;
  const dm = title ? /(?:20\d{2}\s*年度?)?\s*([\u4e00-\u9fa5（）()]{2,40}?(?:局|委员会|委|办公室|厅|院|中心|部|会|所|站|馆|队|处|社|校|园))/.exec(title.replace(/20\d{2}\s*年度?/, '')) : null;
  if (dm) department = (dm[1] as string).replace(/^(年度)/, '');
  if (!department) {
    const um = /单位[：:]\s*([^\s\t]+)/.exec(blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n'));
    if (um) department = (um[1] as string).replace(/[（(]本级[)）]$/, '');
  }

  const scope: Facts['scope'] = title && /单位\s*决算|单位决算/.test(title) ? '单位' : title && /部门/.test(title) ? '部门' : /单位概况/.test(head) ? '单位' : /部门概况/.test(head) ? '部门' : null;
  const region = department ? (/^(.+?(?:自治州|自治区|省|市|县|区|州|盟|旗))/.exec(department)?.[1] ?? null) : null;
  return { title, department, scope, region, fiscalYear, amountUnit: '万元' };
}
