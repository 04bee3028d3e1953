import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';

const GRID = `+----------+----------+----------+
| 项目     | 本年收入 | 财政拨款 |
|          | 合计     | 收入     |
+==========+==========+==========+
| 合计     | 238.67   | 238.67   |
+----------+----------+----------+
| 卫生健康支出        | 214.25   |
+----------+----------+----------+
`;

describe('pandoc grid tables', () => {
  it('reads multi-line cells as one cell and keeps merged cells with their span', () => {
    const layout = readTextLayout(`公开02表\n\n${GRID}\n说明文字。\n`, 'g.md', 'markdown');
    const table = layout.blocks.find((b) => b.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['项目', '本年收入合计', '财政拨款收入'],
      ['合计', '238.67', '238.67'],
      ['卫生健康支出', '214.25'],
    ]);
    expect(table.rows[2]?.[0]?.colSpan).toBe(2);
    expect(table.rows[1]?.[1]?.location).toMatchObject({ line: 7, cell: { row: 2, col: 2 } });
    expect(layout.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: '说明文字。' });
  });
});
