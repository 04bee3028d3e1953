import { describe, expect, it } from 'vitest';
import { readHtmlString } from './read-html.js';
import { joinPlacedRuns } from './placed-runs.js';

// Hand-made pages in pdftohtml's shape: a page frame, fonts in class rules (one left undefined, as the
// converter does for a font met on an earlier page), each run placed by top/left.
const STYLE = '<style>.ft1{font-size:18px;font-family:FangSong}.ft2{font-size:18px;font-family:Arial}</style>';
const page = (runs: string[]) =>
  `<html><head>${STYLE}</head><body>\n<div id="page1-div" style="position:relative;width:892px;height:1263px;">\n${runs.join('\n')}\n</div>\n</body></html>`;
const run = (top: number, left: number, cls: string, text: string) => `<p style="position:absolute;top:${top}px;left:${left}px;white-space:nowrap" class="${cls}">${text}</p>`;
const paragraphs = (html: string) => readHtmlString(html, 'p.html').blocks.flatMap((b) => (b.kind === 'paragraph' ? [b] : []));
const FILLER = Array.from({ length: 4 }, (_, k) => run(1000 + 30 * k, 108, 'ft1', '这是一行用来确定页面右边界的正文文字内容这是一行用来确定页面右边界的正文'));

describe('a PDF converted to HTML, runs placed by position', () => {
  it('joins the pieces of one line set in several fonts (quotes set higher), at the line of its first piece', () => {
    const html = page([run(149, 468, 'ft1', '财政拨款'), run(134, 540, 'ft2', '“'), run(149, 549, 'ft1', '三公'), run(134, 585, 'ft2', '”'), run(149, 594, 'ft1', '经费支出决算表'), ...FILLER]);
    const p = paragraphs(html)[0];
    expect(p?.text).toBe('财政拨款“三公”经费支出决算表');
    expect(p?.location.line).toBe(html.split('\n').findIndex((l) => l.includes('财政拨款')) + 1);
  });

  it('keeps the cells of a table row apart: codes, name and figures stand far from one another', () => {
    const texts = paragraphs(page([run(363, 108, 'ft2', '201'), run(363, 184, 'ft2', '06'), run(378, 293, 'ft1', '财政事务'), run(363, 553, 'ft2', '2,112.86'), run(363, 668, 'ft2', '2,106.66'), ...FILLER])).map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual(['201', '06', '财政事务', '2,112.86', '2,106.66']);
  });

  it('joins a line wrapped at the right margin to the next, even where the next starts with a figure and the first piece’s font size is unknown', () => {
    const html = page([
      run(393, 144, 'ft9', '4、一般公共服务支出（类）财政事务（款）财政委托业务支出（项）。年初预算为'),
      run(399, 108, 'ft2', '449.52'),
      run(414, 157, 'ft1', '万元。'),
      ...FILLER,
    ]);
    expect(paragraphs(html)[0]?.text).toBe('4、一般公共服务支出（类）财政事务（款）财政委托业务支出（项）。年初预算为449.52万元。');
  });

  it('does not join a short last line to the next paragraph, nor a full line to an item that starts with its number', () => {
    const texts = paragraphs(
      page([
        run(400, 144, 'ft1', '九、经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活'),
        run(421, 108, 'ft1', '动发生的支出。'),
        run(442, 144, 'ft1', '十、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车'),
        run(463, 108, 'ft1', '购置及运行维护费和公务接待费。'),
        ...FILLER,
      ]),
    ).map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['九、经营支出：指事业单位在专业活动及辅助活动之外开展非独立核算经营活动发生的支出。', '十、“三公”经费：指单位使用本级财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。']);
  });

  it('leaves a page whose text is not placed by position as it is', () => {
    const html = '<html><body><p style="position:absolute;top:0;left:0">菜单</p><p>正文第一段。</p></body></html>';
    expect(joinPlacedRuns(html)).toBe(html);
  });
});

describe('a PDF converted to HTML: what is never joined', () => {
  it('keeps a title set at the margin apart from the line that closes its sentence above it, and two figures side by side apart', async () => {
    const texts = paragraphs(
      page([
        run(400, 108, 'ft1', '注：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。'),
        run(421, 108, 'ft1', '国有资本经营预算财政拨款支出决算表'),
        run(460, 300, 'ft2', '11.36'),
        run(460, 330, 'ft2', '0.00'),
        ...FILLER,
      ]),
    ).map((p) => p.text);
    expect(texts.slice(0, 4)).toEqual(['注：本单位没有政府性基金收入，也没有使用政府性基金安排的支出，故本表无数据。', '国有资本经营预算财政拨款支出决算表', '11.36', '0.00']);
  });
});

describe('a pdftohtml page: fonts, marks and lines as the converter writes them', () => {
  // pdftohtml -s names a piece's font "ft" + page number + font number and writes a font's rule only before
  // the page where the font is first met: page 2's "ft23" is font 3, whose rule is ".ft13".
  const pages = (style: string, ...bodies: string[][]) =>
    `<html><head><style>${style}</style></head><body>\n${bodies.map((runs, k) => `<div id="page${k + 1}-div" style="position:relative;width:1262px;height:892px;">\n${runs.join('\n')}\n</div>`).join('\n')}\n</body></html>`;
  const FONTS = '.ft10{font-size:16px;font-family:Times}.ft13{font-size:23px;font-family:Times}';
  const FILL = Array.from({ length: 4 }, (_, k) => run(600 + 30 * k, 85, 'ft20', '这是一行用来确定页面右边界的正文文字内容这是一行用来确定页面右边界的正文文字内容'));

  it('reads a later page’s font class by its font number: a heading larger than the text, in two pieces, is one line', () => {
    const html = pages(FONTS, [run(100, 85, 'ft13', '一、单位概况'), ...FILL.map((f) => f.replace('ft20', 'ft10'))], [run(580, 133, 'ft23', '单位职'), run(580, 204, 'ft23', '责'), ...FILL]);
    expect(paragraphs(html).map((p) => p.text)).toContain('单位职责');
  });

  it('joins a piece whose full-width brackets the browser set narrower ("部门（单位）" then "：…")', () => {
    const html = pages(FONTS, [run(489, 85, 'ft10', '部门（单位）'), run(488, 172, 'ft10', '：荣成市医疗保障局'), ...FILL.map((f) => f.replace('ft20', 'ft10'))]);
    expect(paragraphs(html)[0]?.text).toBe('部门（单位）：荣成市医疗保障局');
  });

  it('does not join a full line to the next item when its number is written in radicals (⼗⼆、)', () => {
    const texts = paragraphs(
      pages(FONTS, [
        run(1115, 85, 'ft10', '⼗⼀、经营⽀出：指事业单位在专业业务活动及其辅助活动之外开展⾮独⽴核算经营活动发⽣的⽀出。'),
        run(1145, 85, 'ft10', '⼗⼆、对附属单位补助⽀出：指事业单位发⽣的⽤⾮财政预算资⾦对附属单位的补助⽀出。'),
        ...FILL.map((f) => f.replace('ft20', 'ft10')),
      ]),
    ).map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['⼗⼀、经营⽀出：指事业单位在专业业务活动及其辅助活动之外开展⾮独⽴核算经营活动发⽣的⽀出。', '⼗⼆、对附属单位补助⽀出：指事业单位发⽣的⽤⾮财政预算资⾦对附属单位的补助⽀出。']);
  });

  it('goes on from the last line of a piece that holds several lines (pdftohtml’s <br>)', () => {
    const style = `${FONTS}.ft14{font-size:16px;line-height:23px;font-family:Times}`;
    const html = pages(style, [run(1106, 85, 'ft14', '执行数16.67万元，预算执行率100%，医保经办服务得到完善。<br/>自评表详见“第五部分'), run(1128, 246, 'ft10', '&#160;附件”。'), ...FILL.map((f) => f.replace('ft20', 'ft10'))]);
    expect(paragraphs(html).map((p) => p.text.replace(/\s+/g, ''))).toContain('自评表详见“第五部分附件”。');
  });

  it('joins the lines of one element wrapped at the margin, and leaves a heading’s line apart from the item under it', () => {
    const style = `${FONTS}.ft14{font-size:16px;line-height:23px;font-family:Times}`;
    const texts = paragraphs(
      pages(style, [
        run(100, 85, 'ft14', '单位概况<br/>一、'),
        run(542, 85, 'ft14', '十三、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和<br/>公务接待费。'),
        run(588, 85, 'ft10', '十四、机关运行经费：行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用'),
        ...FILL.map((f) => f.replace('ft20', 'ft10')),
      ]),
    ).map((p) => p.text);
    expect(texts.slice(0, 4)).toEqual(['单位概况', '一、', '十三、“三公”经费：指用财政拨款安排的因公出国（境）费、公务用车购置及运行维护费和公务接待费。', '十四、机关运行经费：行政单位和参照公务员法管理的事业单位财政拨款基本支出中的公用']);
  });

  it('finds the margin where lines are wrapped though lines full of spaces and brackets look longer than they are', () => {
    // A converter writes the gaps around figures as spaces and a typesetter sets the marks of "（2）…（类）…"
    // narrower than an em: counted whole, the line with most of them would put the margin beyond every line wrapped at it.
    const style = `${FONTS}.ft14{font-size:16px;line-height:23px;font-family:Times}`;
    const html = pages(style, [
      run(
        100,
        108,
        'ft14',
        [
          '2019&#160;年度财政拨款收、支总计&#160;2,280.29&#160;万元，与&#160;2018&#160;年度相比，财政拨款收、支总计各减少&#160;219.11&#160;万',
          '元，下降&#160;8.77%。',
          '（2）社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位基本养老保险缴费支出',
          '（项）。支出决算为71.09万元，完成预算的100%。',
          '（3）社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）。',
          '支出决算为22.71万元，完成预算的100%。',
        ].join('<br/>'),
      ),
    ]);
    expect(paragraphs(html).map((p) => p.text).slice(1)).toEqual([
      '（2）社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位基本养老保险缴费支出（项）。支出决算为71.09万元，完成预算的100%。',
      '（3）社会保障和就业支出（类）行政事业单位离退休（款）机关事业单位职业年金缴费支出（项）。支出决算为22.71万元，完成预算的100%。',
    ]);
  });

  it('joins a heading’s pieces set wider than the size the converter gives them (UKai at 24 px given as 22)', () => {
    const style = `${FONTS}.ft16{font-size:22px;font-family:Times}`;
    const html = pages(style, [run(253, 85, 'ft16', '九、财政拨款“三公”经'), run(253, 345, 'ft16', '费支出决'), run(252, 440, 'ft10', '算情况说明'), ...FILL.map((f) => f.replace('ft20', 'ft10'))]);
    expect(paragraphs(html)[0]?.text).toBe('九、财政拨款“三公”经费支出决算情况说明');
  });

  it('does not run a heading set larger than the text into the text below it, though it reaches the margin', () => {
    const style = `${FONTS}.ft14{font-size:28px;font-family:Times}.ft15{font-size:19px;font-family:Times}`;
    const texts = paragraphs(
      pages(style, [
        run(1029, 103, 'ft14', '六、一般公共预算财政拨款基本支出决算情况说明'),
        run(1083, 103, 'ft15', '2024年度一般公共预算财政拨款基本支出决算157.38万元，包括人员经费和公用经'),
        ...Array.from({ length: 4 }, (_, k) => run(100 + 30 * k, 103, 'ft15', '这是一行用来确定页面右边界的正文文字内容这是一行用来确定页')),
      ]),
    ).map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['六、一般公共预算财政拨款基本支出决算情况说明', '2024年度一般公共预算财政拨款基本支出决算157.38万元，包括人员经费和公用经']);
  });

  it('keeps a table’s numbered title apart from the note that closes its sentence at the margin above it ("附表2：收入决算表")', () => {
    const texts = paragraphs(
      pages(FONTS, [
        run(328, 85, 'ft10', '注：本表反映单位本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。'),
        run(366, 85, 'ft10', '附表'),
        run(365, 117, 'ft10', '2：收入决算表'),
        ...FILL.map((f) => f.replace('ft20', 'ft10')),
      ]),
    ).map((p) => p.text);
    expect(texts.slice(0, 2)).toEqual(['注：本表反映单位本年度的总收支和年末结转结余情况。本套报表金额单位转换时可能存在尾数误差。', '附表2：收入决算表']);
  });

  it('reads a chart label or table cell wrapped in its narrow box as one name, and a heading’s lines alone on their row apart', () => {
    const style = `${FONTS}.ft14{font-size:14px;font-family:Times}`;
    const texts = paragraphs(
      pages(style, [
        run(100, 85, 'ft14', '第一部分<br/>部门概况'),
        run(883, 108, 'ft14', '53.26&#160;万元,&#160;占&#160;2.34%'),
        run(949, 117, 'ft14', '社会保障和<br/>就业（类）<br/>支出'),
        run(949, 213, 'ft14', '卫生健康支<br/>出'),
        run(945, 407, 'ft14', '103.3<br/>4.53%'),
        ...FILL.map((f) => f.replace('ft20', 'ft10')),
      ]),
    ).map((p) => p.text);
    expect(texts.slice(0, 7)).toEqual(['第一部分', '部门概况', '53.26 万元, 占 2.34%', '社会保障和就业（类）支出', '卫生健康支出', '103.3', '4.53%']);
  });

  it('joins a paragraph’s lines set twice their size apart', () => {
    const html = pages(FONTS, [
      run(847, 180, 'ft13', '上海市某某局2024年度财政拨款收入支出总计一百万元。与'),
      run(894, 135, 'ft13', '2023年度相比，财政拨款收入支出总计增加十万元。'),
      ...Array.from({ length: 3 }, (_, k) => run(100 + 47 * k, 135, 'ft13', '这是一行用来确定页面右边界的正文文字内容这是一行用来确定页')),
    ]);
    expect(paragraphs(html).map((p) => p.text)).toContain('上海市某某局2024年度财政拨款收入支出总计一百万元。与2023年度相比，财政拨款收入支出总计增加十万元。');
  });
});

describe('a pdf2htmlEX page: each line placed by the classes it names', () => {
  // pdf2htmlEX's shape: a base sheet (.t lines absolutely placed, type 1px) before the document's sheet, which
  // places each line by a left class and a bottom class, sets its type four times larger and scales it back by
  // its matrix class, and repeats its placing for print in points scaled otherwise; lines may stand in a clip
  // box placed the same way, their places measured from it. No line has an inline top or left.
  const BASE = '.pf{position:relative;overflow:hidden}.pc{position:absolute;top:0;left:0;width:100%;height:100%}.c{position:absolute;overflow:hidden}.t{position:absolute;white-space:pre;font-size:1px;transform-origin:0% 100%}._{display:inline-block;color:transparent}';
  const SHEET = [
    '.m0{transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-ms-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);-webkit-transform:matrix(0.250000,0.000000,0.000000,0.250000,0,0);}',
    '.m1{transform:matrix(0.000000,-0.250000,0.250000,0.000000,0,0);}',
    '.ff1{font-family:ff1;line-height:1.000000;}',
    '.fs0{font-size:64.000000px;}.fs1{font-size:88.000000px;}',
    '._0{width:60.000000px;}',
    '.x0{left:0.000000px;}.x1{left:72.000000px;}.x2{left:104.000000px;}.x3{left:200.000000px;}.x4{left:330.000000px;}.x5{left:36.000000px;}',
    '.y0{bottom:0.000000px;}.y1{bottom:1010.000000px;}.y2{bottom:960.000000px;}.y3{bottom:930.000000px;}.y4{bottom:900.000000px;}.y5{bottom:100.000000px;}.y8{bottom:500.000000px;}.y9{bottom:370.000000px;}',
    '.y10{bottom:250.000000px;}.y11{bottom:220.000000px;}.y12{bottom:190.000000px;}.y13{bottom:160.000000px;}',
    '.h0{height:1122.000000px;}.h1{height:30.000000px;}.h2{height:400.000000px;}.w0{width:794.000000px;}.w1{width:700.000000px;}',
    '@media print{.x1{left:96.000000pt;}.x2{left:138.666667pt;}.y2{bottom:1280.000000pt;}.y3{bottom:1240.000000pt;}.y9{bottom:493.333333pt;}.fs0{font-size:21.333333pt;}}',
  ].join('\n');
  const line = (x: string, y: string, fs: string, text: string, m = 'm0') => `<div class="t ${m} ${x} h1 ${y} ff1 ${fs} fc0 sc0 ls0 ws0">${text}</div>`;
  const page = (...lines: string[]) =>
    `<!DOCTYPE html>\n<html><head><meta charset="utf-8"/>\n<style type="text/css">${BASE}</style>\n<style type="text/css">\n${SHEET}\n</style>\n</head><body>\n<div id="page-container">\n<div id="pf1" class="pf w0 h0" data-page-no="1"><div class="pc pc1 w0 h0">\n${lines.join('\n')}\n</div></div>\n</div>\n</body></html>`;

  it('joins a paragraph’s lines wrapped at the margin, each placed by its classes, a clip box’s lines measured from the box', () => {
    const html = page(
      line('x1', 'y1', 'fs1', '财政拨款“三公”经费支出决算情况说明'),
      line('x2', 'y2', 'fs0', '2024年度一般公共预算财政拨款支出年初预算为1,120.42万元，支出决算为1,222.68万'),
      line('x1', 'y3', 'fs0', '元，完成年初预算的109.13%。其中：基本支出608.04万元，项目支出614.64万元，主要用于'),
      line('x1', 'y4', 'fs0', '机关正常运转。'),
      line('x2', 'y8', 'fs0', '2024年度“三公”经费财政拨款支出决算为7.65万元，完成预算的100%，较上年增加4.37'),
      // The box's bottom edge is 100 px above the page's: its line stands 370 px above that, right under the line before.
      '<div class="c x5 y5 w1 h2">',
      line('x5', 'y9', 'fs0', '万元，增长132.83%。'),
      '</div>',
      ...['y10', 'y11', 'y12', 'y13'].map((y) => line('x1', y, 'fs0', '这是一行用来确定页面右边界的正文文字内容这是一行用来确定页面右边界的正文文字内容')),
    );
    const texts = paragraphs(html).map((p) => p.text);
    expect(texts.slice(0, 3)).toEqual([
      '财政拨款“三公”经费支出决算情况说明',
      '2024年度一般公共预算财政拨款支出年初预算为1,120.42万元，支出决算为1,222.68万元，完成年初预算的109.13%。其中：基本支出608.04万元，项目支出614.64万元，主要用于机关正常运转。',
      '2024年度“三公”经费财政拨款支出决算为7.65万元，完成预算的100%，较上年增加4.37万元，增长132.83%。',
    ]);
  });

  it('keeps a table row’s cells apart, the gaps it sets as spaces, and a turned label apart from the line it stands by', () => {
    const html = page(
      line('x1', 'y1', 'fs0', '2024年度一般公共预算财政拨款支出年初预算为1,120.42万元，支出决算为'),
      line('x1', 'y2', 'fs0', '合计<span class="_ _0"> </span>1,222.68'),
      line('x4', 'y2', 'fs0', '608.04'),
      line('x1', 'y3', 'fs0', '单位', 'm1'),
      line('x1', 'y4', 'fs0', '注：本表反映单位本年度一般公共预算财政拨款支出情况。'),
    );
    const texts = paragraphs(html).map((p) => p.text);
    expect(texts).toContain('合计 1,222.68');
    expect(texts).toContain('608.04');
    expect(texts).toContain('单位');
  });

  it('reads a page drawn over its background image as the text it prints: an empty gap span parts what it stands between', () => {
    // pdf2htmlEX draws the page's rulings and shading as a background image ('<img class="bi">') and sets the
    // gaps of a line as empty inline blocks of a width ('<span class="_ _0"></span>', '._0{width:60px}').
    const html = page(
      '<img class="bi x0 y0 w0 h0" alt="" src="bg1.png"/>',
      line('x1', 'y1', 'fs0', '2024年度一般公共预算财政拨款支出年初预算为1,120.42万元，支出决算为'),
      line('x1', 'y2', 'fs0', '合计<span class="_ _0"></span>1,222.68<span class="_ _0"></span>608.04'),
      line('x1', 'y4', 'fs0', '注：本表反映单位本年度一般公共预算财政拨款支出情况。'),
    );
    const layout = readHtmlString(html, 'p.html');
    expect(layout.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))).toContain('合计 1,222.68 608.04');
    expect(layout.images ?? 0).toBe(0);
    // A scan's page is its background image alone: a picture of the document still.
    expect(readHtmlString(page('<img class="bi x0 y0 w0 h0" alt="" src="bg1.png"/>'), 'p.html').images).toBe(1);
  });
});
