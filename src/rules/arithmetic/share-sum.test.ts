import { expect, it } from 'vitest';
import { checkText } from '../../check.js';

it('says nothing of the shares\' sum when the parts read fall far short of the whole (a part went unread)', async () => {
  const text = '# 某区某街道2024年度部门决算\n\n## 二、收入决算情况说明\n\n2024年度收入合计7548.19万元，其中：事业收入0万元，占0.0%；经营收入0万元，占0.0%；其他收入0万元，占0.0%。\n';
  const r = await checkText(text, { file: 'a.md' });
  expect(r.findings.filter((f) => f.rule === 'arithmetic.share-sum')).toEqual([]);
});
