/**
 * The words of the three indicator levels. Level-2 names imply their level-1 parent in the national
 * framework (数量/质量/时效 → 产出; 经济成本 → 成本; 社会效益/可持续影响 → 效益; 服务对象满意度 → 满意度),
 * which repairs level-1 labels that a converter shifted to the wrong row.
 */

export const STANDARD_L1 = ['产出指标', '成本指标', '效益指标', '满意度指标'] as const;

const L1 = new Set<string>([...STANDARD_L1, '履职效能', '管理效率', '社会效应', '可持续发展能力', '服务满意度']);

const L2_PARENT: Record<string, string | null> = {
  数量指标: '产出指标',
  质量指标: '产出指标',
  时效指标: '产出指标',
  经济成本: '成本指标',
  经济成本指标: '成本指标',
  社会成本指标: '成本指标',
  生态环境成本指标: '成本指标',
  社会效益指标: '效益指标',
  经济效益指标: '效益指标',
  生态效益指标: '效益指标',
  可持续影响指标: '效益指标',
  社会效益: '效益指标',
  经济效益: '效益指标',
  可持续影响: '效益指标',
  服务对象满意度指标: '满意度指标',
  满意度指标: '满意度指标',
  // The older central template puts 成本指标 under 产出指标; no parent is implied.
  成本指标: null,
};

/** Label text without weight suffix and spaces: "产出 指标 (40分)" → "产出指标". */
export function labelKey(text: string): string {
  // Asked several times of every cell of every indicator row: regexes only where they can match.
  const k = /\s/.test(text) ? text.replace(/\s+/g, '') : text;
  // No space is left, so the key needs no trim.
  return k.endsWith('分)') || k.endsWith('分）') ? k.replace(WEIGHT_SUFFIX, '') : k;
}

const WEIGHT_SUFFIX = /[(（]\d+(?:\.\d+)?分[)）]$/;

export function isL1(text: string): boolean {
  return L1.has(labelKey(text));
}

export function isL2(text: string): boolean {
  return labelKey(text) in L2_PARENT;
}

/** Does the cell look like a level label rather than an indicator? */
export function isLevelLabel(text: string): boolean {
  const k = labelKey(text);
  // isL1(k) and isL2(k), sharing the key of the key.
  const kk = labelKey(k);
  return L1.has(kk) || kk in L2_PARENT || (k.endsWith('指标') && k.length <= 10);
}

/** Both a level-1 and a level-2 word (成本指标, 满意度指标). */
export function isAmbiguousLabel(text: string): boolean {
  return isL1(text) && isL2(text);
}

export function parentOf(l2: string): string | null {
  return L2_PARENT[labelKey(l2)] ?? null;
}

export function isStandardL1(l1: string): boolean {
  return (STANDARD_L1 as readonly string[]).includes(labelKey(l1));
}

/** Row-group labels of the indicator block ("年度绩效指标", "年度绩效指标完成情况", "绩效指标"). */
export function isGroupLabel(text: string): boolean {
  // Asked of most cells of every indicator row: only a text with 绩 can be one.
  return text.includes('绩') && /^(年度)?绩效指标(完成情况)?$/.test(text.replace(/\s+/g, ''));
}
