import { describe, expect, it } from 'vitest';
import { checkText } from '../../check.js';
import { ALL_TABLES, T09 } from '../table/fragments.js';

const TITLE = '# 2024年度荣成市医疗保障局单位决算\n\n';
const EXPLAIN = '## 第三部分 情况说明\n\n一、收入支出决算总体情况说明\n\n2024年度收、支总计238.67万元。\n\n九、财政拨款“三公”经费支出决算情况说明\n\n2024年度“三公”经费支出0.94万元。\n\n';
const tableFindings = async (text: string) =>
  (await checkText(text, { file: 'a.md' })).findings.filter((f) => /^completeness\.table(?:s-printed|-0\d)$/.test(f.rule)).map((f) => ({ rule: f.rule, severity: f.severity, message: f.message }));

describe('tables said to be attached', () => {
  it('a line naming the tables as the attachment, without a file name, says they are attached: one note', async () => {
    const found = await tableFindings(`${TITLE}${EXPLAIN}附件：荣成市医疗保障局2024年度部门决算公开表\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'completeness.tables-printed', severity: 'info' });
  });

  it('one table printed in its section and the rest said attached: one note, no table reported missing', async () => {
    for (const said of ['部门决算公开表详情见附件。', '附件：荣成市医疗保障局2024年度部门决算公开表']) {
      const text = `${TITLE}${EXPLAIN}${T09}\n\n${said}\n`;
      const found = await tableFindings(text);
      expect(found, said).toHaveLength(1);
      expect(found[0]).toMatchObject({ rule: 'completeness.tables-printed', severity: 'info' });
      expect(found[0]?.message).toContain('文中只印出公开09表');
    }
  });

  it('a text that prints more than one or two of them is not taken for one whose tables are elsewhere: the rest stay reported', async () => {
    const four = ALL_TABLES.slice(0, 4).join('\n');
    const found = await tableFindings(`${TITLE}${four}\n${EXPLAIN}部门决算公开表详情见附件。\n`);
    expect(found).toEqual([expect.objectContaining({ rule: 'completeness.table-05', severity: 'warning' })]);
    expect(found[0]?.message).toContain('未找到以下5项');
  });

  it('a text that prints the others under that line is the attachment itself: a table it lacks is still missing', async () => {
    const eight = ALL_TABLES.filter((t) => t !== T09).join('\n');
    const found = await tableFindings(`${TITLE}## 第二部分 附件\n\n附件：荣成市医疗保障局2024年度部门决算公开表\n\n${eight}\n${EXPLAIN}`);
    expect(found).toEqual([expect.objectContaining({ rule: 'completeness.table-09', severity: 'error' })]);
  });
});
