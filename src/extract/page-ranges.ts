/** "1–4、7" for pages 1, 2, 3, 4 and 7 (ascending). */
export function pageRanges(pages: readonly number[]): string {
  const out: string[] = [];
  let k = 0;
  while (k < pages.length) {
    let j = k;
    while (j + 1 < pages.length && (pages[j + 1] as number) === (pages[j] as number) + 1) j++;
    out.push(j > k ? `${pages[k]}–${pages[j]}` : `${pages[k]}`);
    k = j + 1;
  }
  return out.join('、');
}
