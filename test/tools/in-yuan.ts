/**
 * Restates the 公开表 of a text sample in 元 instead of 万元, as some units publish them: the
 * 金额单位 lines say 元 and each decimal cell is multiplied by 10 000 (string arithmetic, exact).
 * The explanation and the performance tables are left as they are.
 */
export function tablesInYuan(text: string): string {
  let inPublic = false;
  return text
    .split('\n')
    .map((line) => {
      if (/公开0[1-9]表/.test(line)) inPublic = true;
      else if (!line.includes('\t') && /绩效|情况说明/.test(line)) inPublic = false;
      if (!inPublic) return line;
      if (/金额单位[：:]\s*万元/.test(line)) return line.replace(/万元/, '元');
      if (!line.includes('\t')) return line;
      return line
        .split('\t')
        .map((cell) => cell.replace(/^(\s*(?:<b>)?)(-?)([\d,]+)\.(\d{1,2})((?:<\/b>)?\s*)$/, (_m, pre: string, sign: string, int: string, frac: string, post: string) => {
          const digits = `${int.replace(/,/g, '')}${frac.padEnd(4, '0')}`.replace(/^0+(?=\d)/, '');
          return `${pre}${sign}${digits}.00${post}`;
        }))
        .join('\t');
    })
    .join('\n');
}
