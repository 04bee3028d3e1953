import { describe, expect, it } from 'vitest';
import { readTextLayout } from './read-text.js';
import { continuesOnNext, displayWidth, isFieldRow, unswapLines, wrapWidth } from './unwrap.js';

const WRAPPED = [
  '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入',
  '支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出及退休变化，',
  '以及项目支出中合同支付进度条款等原因减少支付。',
  '二、收入决算情况说明',
  '本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他',
  '收入6.2万元，占0.21%；',
];

describe('hard-wrapped text', () => {
  it('measures CJK characters as two columns', () => {
    expect(displayWidth('收入2,940.05')).toBe(12);
  });

  it('finds the wrap width when most long lines end at the same column', () => {
    const lines = Array.from({ length: 4 }, () => WRAPPED).flat();
    expect(wrapWidth(lines)).toBeGreaterThanOrEqual(70);
  });

  it('finds no wrap width in paragraph-per-line text', () => {
    const lines = Array.from({ length: 12 }, (_, i) => '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元。'.repeat(1 + (i % 4)));
    expect(wrapWidth(lines)).toBeNull();
  });

  it('after a closed sentence, never joins a short line that closes nothing (a title) to it', () => {
    const full = '置费、办公用房水电费、办公用房取暖费、办公用房物业管理费以及其他费用。';
    expect(continuesOnNext(full, '2024 年度广元市医疗保障局整体支出', displayWidth(full))).toBe(false);
    // A full line after it, or a short one ending its sentence, goes on the paragraph.
    expect(continuesOnNext(full, '本年收入合计2946.25万元，其中：财政拨款收入2940.05万元，其他收入', displayWidth(full))).toBe(true);
    expect(continuesOnNext(full, '其他收入6.2万元。', displayWidth(full))).toBe(true);
    // A piece cut mid-phrase, its quote left open, goes on too.
    expect(continuesOnNext(full, '“多级多点多', displayWidth(full))).toBe(true);
  });

  it('never joins a heading or an indented paragraph to the line before', () => {
    expect(continuesOnNext(WRAPPED[2]!, WRAPPED[3]!, 74)).toBe(false);
    expect(continuesOnNext(WRAPPED[0]!, '　　本年收入合计2946.25万元。', 74)).toBe(false);
    expect(continuesOnNext(WRAPPED[0]!, WRAPPED[1]!, 74)).toBe(true);
  });

  it('reads a wrapped document into whole paragraphs, each at its first line', () => {
    const text = Array.from({ length: 4 }, () => WRAPPED.join('\n')).join('\n');
    const layout = readTextLayout(text, 'x.txt', 'text');
    const first = layout.blocks[0];
    expect(first?.kind === 'paragraph' && first.text).toBe(`${WRAPPED[0]}${WRAPPED[1]}${WRAPPED[2]}`);
    expect(first?.location.line).toBe(1);
  });

  it('reads a lone line split by a wide gap as a heading, not a table', () => {
    const layout = readTextLayout('第四部分\t名词解释\n一、基本支出：指单位为保障机构正常运转而发生的支出。\n', 'x.txt', 'text');
    expect(layout.blocks[0]).toMatchObject({ kind: 'paragraph', text: '第四部分 名词解释' });
  });

  it('tells a row laid out in columns from a justified line of prose', () => {
    expect(isFieldRow('总分               90.4')).toBe(true);
    expect(isFieldRow('          托业                                    支出   元    完成   凭证')).toBe(true);
    expect(isFieldRow('本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他')).toBe(false);
    expect(isFieldRow('本年收入合计2946.25万元，其中：  财政拨款收入2940.05万元，占99.79%；其他')).toBe(false);
  });

  it('never joins a breadcrumb to the line after it, though it reaches the wrap width', () => {
    const crumb = '您现在的位置: 首页 > 专题专栏 > 财政预决算公开 > 县教育体育局 > 决算情况说明';
    expect(continuesOnNext(crumb, '珙县王家镇中心幼儿园2024年度单位决算公开编制说明', displayWidth(crumb))).toBe(false);
  });

  it('takes spaces typed before a unit or a mark for no column gap', () => {
    expect(isFieldRow('本年收入4,316.01 万元,占总收入 95.88%;事业收入0万元,占总收入 0%; 事业单位经营收入0万元,占总收入 0  %;')).toBe(false);
    expect(isFieldRow('经营收入  0   万元  ；  其他收入')).toBe(true);
  });

  it('reads a row laid out in columns as a row, not joined to the prose around it', () => {
    const prose = '2024年度财政拨款“三公”经费支出7.65万元，比上年增加4.37万元，增长132.83%，主要原因是：本年因业';
    const text = [...Array.from({ length: 8 }, () => prose), '总分               90.4', '', '市级预算项目支出绩效自评表'].join('\n');
    const rows = readTextLayout(text, 'x.txt', 'text').blocks.filter((b) => b.kind === 'paragraph' && b.row);
    expect(rows).toMatchObject([{ text: '总分               90.4', location: { line: 9 } }]);
  });

  it('puts back in order a pair of lines a layout writer set the wrong way round', () => {
    const unswap = (ls: string[], width: number) => unswapLines(ls.map((text) => ({ text })), width).map((l) => l.text);
    const lines = [
      ' 4、一般公共服务支出（类）财政事务（款）财政委托业务支出（项）。主要用于：',
      '',
      '449.52万元。决算数小于预算数的主要原因：因个别项目评审费未能实施或未来得及',
      '委托中介机构开展各类审计及绩效评价工作。年初预算为450.52万元，支出决算为',
      '',
      '支付完毕，于明年重新申请。',
    ];
    expect(unswap(lines, 76)).toEqual([lines[0], lines[1], lines[3], lines[2], lines[4], lines[5]]);
    // In order, the figure follows the line that leads into it: nothing moves.
    const ordered = ['委托中介机构开展各类审计及绩效评价工作。年初预算为450.52万元，支出决算为', '', '449.52万元。决算数小于预算数的主要原因：因个别项目评审费未能实施或未来得及', '支付完毕，于明年重新申请。', ''];
    expect(unswap(ordered, 76)).toEqual(ordered);
    // An indented first line set below the continuation that follows it.
    const opened = ['二、部门决算单位构成', '', '级决算、下属行政事业单位决算。纳入上海市普陀区财政局 2024 年度部门决算编制范', '  从预算单位构成看，上海市普陀区财政局部门决算包括：上海市普陀区财政局本', '', '围的单位包括：'];
    expect(unswap(opened, 77)).toEqual([opened[0], opened[1], opened[3], opened[2], opened[4], opened[5]]);
  });
});

describe('a copy out of a PDF whose sheets run past the prose width', () => {
  // Eight pages of explanation wrapped at one width, then pages of a sheet whose columns are set one
  // space apart and run far past it, then a page with only the last two lines of a glossary item.
  const prose = Array.from({ length: 3 }, () => WRAPPED).flat();
  const sheetRow = '该项目经 截至2024年12月31日，该项目实际完成医保经办工作量21.92万件，医保信息系统正常运行率达到100%，群众满意度达到95%以上，资金使用合规';
  const sheet = Array.from({ length: 30 }, (_, k) => sheetRow.slice(0, 45 + (k % 15) * 2));
  const pages = [prose, sheet, ['  十四、机关运行经费：行政单位和参照公务员法管理的事业单位财政拨款基本支出中', '的公用经费支出。']];
  const text = pages.map((p) => p.join('\n')).join('\n\f');

  it('joins the explanation pages at their own width', () => {
    const paras = readTextLayout(text, 'copy.txt', 'text').blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toContain('本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；');
  });

  it('joins a page too short to measure at the width of the page before', () => {
    const paras = readTextLayout(text, 'copy.txt', 'text').blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paras).toContain('十四、机关运行经费：行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用经费支出。');
  });
});
