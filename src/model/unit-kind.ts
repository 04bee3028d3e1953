import type { Disclosure } from './disclosure.js';
import type { Location } from './location.js';
import { lineSections } from './section-at.js';

/**
 * What kind of units a disclosure covers, as its 概况 / 机构设置 says: purely administrative
 * (行政单位), including public institutions (事业单位, 参公 or not), or not said. 机关运行经费 equals
 * 公用经费 only for a purely administrative unit.
 */
export type UnitKind = { kind: 'administrative' | 'with-institutions' | 'unknown'; evidence: string | null; location: Location | null };

const INSTITUTION = /事业单位|事业编制|参照公务员法|参公|(所属|下属|直属|二级)(预算)?单位|附属单位/;
const ADMINISTRATIVE = /行政单位|行政机关|行政编制/;

// "无下属单位", "不含事业单位": a unit said to have none.
const NONE = /(无|没有|不含|未设|不设)(下属|所属|直属|二级|附属)?(预算)?(事业)?单位/g;

/**
 * The lines of the 概况 part that say what the department is made of (机构设置, 决算单位构成), not its
 * duties. Lines are placed in sections by page and line (the one section locator), never by
 * comparing quoted texts, which a reader may print differently in a heading and in its line.
 */
function overviewLines(doc: Disclosure): Disclosure['lines'] {
  const keys = lineSections(doc);
  // Duties speak of the units a department oversees ("管理本区行政事业单位国有资产"), not of its own.
  return doc.lines.filter((_, i) => {
    const key = keys[i];
    return key != null && key.startsWith('overview') && key !== 'overview.duties';
  });
}

/** The unit kind a disclosure's own 概况 declares; 'unknown' when it says nothing either way. */
export function unitKind(doc: Disclosure): UnitKind {
  const lines = overviewLines(doc);
  const inst = lines.find((l) => INSTITUTION.test(l.text.replace(NONE, '')));
  if (inst) return { kind: 'with-institutions', evidence: INSTITUTION.exec(inst.text.replace(NONE, ''))?.[0] ?? null, location: inst.location };
  const adm = lines.find((l) => ADMINISTRATIVE.test(l.text));
  if (adm) return { kind: 'administrative', evidence: ADMINISTRATIVE.exec(adm.text)?.[0] ?? null, location: adm.location };
  return { kind: 'unknown', evidence: null, location: null };
}
