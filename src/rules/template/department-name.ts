// How the template rules read a department's name: its region units, its organ's core and suffix.

// Administrative units at the start of a name: 上海市普陀区文化和旅游局 → 上海市, 普陀区.
const UNIT = /^(.{1,8}?(?:自治区|自治州|自治县|自治旗|省|市|州|盟|县|区|旗))/;
const SUFFIX = /(委员会|办公室|局|委|办|厅|院|中心|署)$/;

/** The name split into its region units, its core (文化和旅游) and its suffix (局). */
export function partsOf(name: string): { units: string[]; core: string; suffix: string } | null {
  const suffix = SUFFIX.exec(name)?.[1];
  if (!suffix) return null;
  const units: string[] = [];
  let rest = name.slice(0, -suffix.length);
  for (let i = 0; i < 3; i++) {
    const m = UNIT.exec(rest);
    // 市场监督管理局: a 市 followed by more name is a word, not a unit.
    if (!m || /^(场|域|间|政)/.test(rest.slice(m[1]!.length)) || rest.length - m[1]!.length < 2) break;
    units.push(m[1]!);
    rest = rest.slice(m[1]!.length);
  }
  return units.length && rest.length >= 2 ? { units, core: rest, suffix } : null;
}

/** Is every character of `short` found in `long`, in order? (文旅 in 文化和旅游, 文化旅游 in 文化和旅游). */
export function subsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}
