import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

it('says nothing of the shares\' sum when the parts read fall far short of the whole (a part went unread)', async () => {
  const text = '# 某区某街道2024年度部门决算\n\n## 二、收入决算情况说明\n\n2024年度收入合计7548.19万元，其中：事业收入0万元，占0.0%；经营收入0万元，占0.0%；其他收入0万元，占0.0%。\n';
  const r = await checkText(text, { file: 'a.md' });
  expect(r.findings.filter((f) => f.rule === 'arithmetic.share-sum')).toEqual([]);
});

it('keeps a share made up to 100% an adjustment when another share beside it is plainly wrong: that one alone is an error', async () => {
  const text = '# 某区某局2024年度部门决算\n\n## 二、收入决算情况说明\n\n2024年度本年收入合计3000.00万元，其中：财政拨款收入1000.00万元，占35.33%；事业收入1000.00万元，占33.33%；其他收入1000.00万元，占33.34%。\n';
  const r = await checkText(text, { file: 'a.md' });
  const shares = r.findings.filter((f) => f.rule === 'arithmetic.share');
  expect(shares.filter((f) => f.severity === 'error').map((f) => f.actual)).toEqual(['35.33%']);
  expect(shares.find((f) => f.actual === '33.34%')?.severity ?? 'info').toBe('info');
});

it('does not call the sum of a partial list of shares a rounding tail when no whole is printed', async () => {
  // 0.34 ÷ 4.44% and 0.10 ÷ 1.31% both give a whole of about 7.66万元: the two parts are 5.75% of it, not all of it.
  const text = '# 某区某局2024年度部门决算\n\n## 九、财政拨款“三公”经费支出决算情况说明\n\n2024年度“三公”经费财政拨款支出决算数比2023年度增加4.37万元。\n\n2024年度“三公”经费财政拨款支出决算中，公务接待费支出决算0.34万元，占4.44%；公务用车购置费支出决算0.10万元，占1.31%。\n';
  const r = await checkText(text, { file: 'a.md' });
  expect(r.findings.filter((f) => f.rule === 'arithmetic.share-sum').map((f) => f.message)).toEqual([]);
});
