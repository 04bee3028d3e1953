import { describe, it, expect } from 'vitest';
import { defaultCatalog, normalizeItemName, sameItemName } from './catalog.js';

const catalog = defaultCatalog();

/** The 26 expense rows of table 01 (收入支出决算总表), as printed in every 2024 sample. */
const TABLE01_CLASSES = [
  '一般公共服务支出',
  '外交支出',
  '国防支出',
  '公共安全支出',
  '教育支出',
  '科学技术支出',
  '文化旅游体育与传媒支出',
  '社会保障和就业支出',
  '卫生健康支出',
  '节能环保支出',
  '城乡社区支出',
  '农林水支出',
  '交通运输支出',
  '资源勘探工业信息等支出',
  '商业服务业等支出',
  '金融支出',
  '援助其他地区支出',
  '自然资源海洋气象等支出',
  '住房保障支出',
  '粮油物资储备支出',
  '国有资本经营预算支出',
  '灾害防治及应急管理支出',
  '其他支出',
  '债务还本支出',
  '债务付息支出',
  '抗疫特别国债安排的支出',
];

/** Every 类/款/项 path printed in samples/changji-prefecture-2024.txt (section 五 and the class summary). */
const CHANGJI_PATHS: string[][] = [
  ['社会保障和就业支出(类)'],
  ['卫生健康支出(类)'],
  ['住房保障支出(类)'],
  ['一般公共服务支出(类)', '财政事务(款)', '信息化建设(项)'],
  ['一般公共服务支出(类)', '统战事务(款)', '宗教事务(项)'],
  ['社会保障和就业支出(类)', '行政事业单位养老支出(款)', '行政单位离退休(项)'],
  ['社会保障和就业支出(类)', '行政事业单位养老支出(款)', '机关事业单位基本养老保险缴费支出(项)'],
  ['社会保障和就业支出(类)', '行政事业单位养老支出(款)', '机关事业单位职业年金缴费支出(项)'],
  ['社会保障和就业支出(类)', '企业改革补助(款)', '其他企业改革发展补助(项)'],
  ['卫生健康支出(类)', '行政事业单位医疗(款)', '行政单位医疗(项)'],
  ['卫生健康支出(类)', '行政事业单位医疗(款)', '事业单位医疗(项)'],
  ['卫生健康支出(类)', '行政事业单位医疗(款)', '公务员医疗补助(项)'],
  ['卫生健康支出(类)', '行政事业单位医疗(款)', '其他行政事业单位医疗支出(项)'],
  ['卫生健康支出(类)', '医疗保障管理事务(款)', '行政运行(项)'],
  ['卫生健康支出(类)', '医疗保障管理事务(款)', '一般行政管理事务(项)'],
  ['卫生健康支出(类)', '医疗保障管理事务(款)', '医疗保障经办事务(项)'],
  ['卫生健康支出(类)', '医疗保障管理事务(款)', '其他医疗保障管理事务支出(项)'],
  ['住房保障支出(类)', '住房改革支出(款)', '住房公积金(项)'],
  ['其他支出(类)', '其他支出(款)', '其他支出(项)'],
];

/** Every 类/款/项 path printed in samples/guangyuan-city-2024.txt (section 五 and the glossary). */
const GUANGYUAN_PATHS: string[][] = [
  ['社会保障和就业（类）', '人力资源和社会保障管理事务（款）', '引进人才费用（项）'],
  ['社会保障和就业（类）', '行政事业单位养老支出（款）', '机关事业单位基本养老保险缴费支出（项）'],
  ['社会保障和就业（类）', '行政事业单位养老支出（款）', '机关事业单位职业年金缴费支出（项）'],
  ['卫生健康（类）', '行政事业单位医疗（款）', '行政单位医疗（项）'],
  ['卫生健康（类）', '行政事业单位医疗（款）', '事业单位医疗（项）'],
  ['卫生健康（类）', '医疗救助（款）', '其他医疗救助支出（项）'],
  ['卫生健康（类）', '医疗保障管理事务（款）', '行政运行（项）'],
  ['卫生健康（类）', '医疗保障管理事务（款）', '一般行政管理事务（项）'],
  ['卫生健康（类）', '医疗保障管理事务（款）', '医疗保障政策管理（项）'],
  ['卫生健康（类）', '医疗保障管理事务（款）', '医疗保障经办事务（项）'],
  ['卫生健康（类）', '医疗保障管理事务（款）', '事业运行（项）'],
  ['卫生健康（类）', '医疗保障管理事务（款）', '其他医疗保障管理事务支出（项）'],
  ['卫生健康支出（类）', '行政事业单位医疗（款）', '行政单位医疗（项）'],
  ['卫生健康支出（类）', '医疗救助（款）', '其他医疗救助支出（项）'],
  ['卫生健康支出（类）', '医疗保障管理事务（款）', '医疗保障政策管理（项）'],
  ['住房保障支出（类）', '住房改革支出（款）', '住房公积金（项）'],
];

/** Every 类/款/项 path printed in samples/rongcheng-city-2024.md (section 五 and the glossary). */
const RONGCHENG_PATHS: string[][] = [
  ['社会保障和就业支出（类）'],
  ['卫生健康支出（类）'],
  ['住房保障支出（类）'],
  ['社会保障和就业支出（类）', '行政事业单位养老支出（款）', '机关事业单位基本养老保险缴费支出（项）'],
  ['卫生健康支出（类）', '行政事业单位医疗（款）', '行政单位医疗（项）'],
  ['卫生健康支出（类）', '医疗保障管理事务（款）', '行政运行（项）'],
  ['卫生健康支出（类）', '医疗保障管理事务（款）', '医疗保障政策管理（项）'],
  ['住房保障支出（类）', '住房改革支出（款）', '住房公积金（项）'],
];

/** Code → name rows of the tables of samples/rongcheng-city-2024.md (tables 03, 05, 07). */
const RONGCHENG_CODES: [string, string][] = [
  ['208', '社会保障和就业支出'],
  ['20805', '行政事业单位养老支出'],
  ['2080505', '机关事业单位基本养老保险缴费支出'],
  ['210', '卫生健康支出'],
  ['21011', '行政事业单位医疗'],
  ['2101101', '行政单位医疗'],
  ['21015', '医疗保障管理事务'],
  ['2101501', '行政运行'],
  ['2101505', '医疗保障政策管理'],
  ['221', '住房保障支出'],
  ['22102', '住房改革支出'],
  ['2210201', '住房公积金'],
];

/** Code → name rows of the function tables of test/corpus/putuo-finance-bureau-2024.pdf (tables 02, 03, 05). */
const PUTUO_CODES: [string, string][] = [
  ['201', '一般公共服务支出'],
  ['20106', '财政事务'],
  ['2010601', '行政运行'],
  ['2010602', '一般行政管理事务'],
  ['2010607', '信息化建设'],
  ['2010608', '财政委托业务支出'],
  ['208', '社会保障和就业支出'],
  ['20805', '行政事业单位养老支出'],
  ['2080501', '行政单位离退休'],
  ['2080505', '机关事业单位基本养老保险缴费支出'],
  ['2080506', '机关事业单位职业年金缴费支出'],
  ['2080599', '其他行政事业单位养老支出'],
  ['210', '卫生健康支出'],
  ['21011', '行政事业单位医疗'],
  ['2101101', '行政单位医疗'],
  ['221', '住房保障支出'],
  ['22102', '住房改革支出'],
  ['2210201', '住房公积金'],
  ['2210203', '购房补贴'],
];

/** Code → name rows of the economic table 06 of test/corpus/putuo-finance-bureau-2024.pdf (every row it prints). */
const PUTUO_ECONOMIC: [string, string][] = [
  ['301', '工资福利支出'],
  ['30101', '基本工资'],
  ['30102', '津贴补贴'],
  ['30103', '奖金'],
  ['30106', '伙食补助费'],
  ['30107', '绩效工资'],
  ['30108', '机关事业单位基本养老保险缴费'],
  ['30109', '职业年金缴费'],
  ['30110', '职工基本医疗保险缴费'],
  ['30111', '公务员医疗补助缴费'],
  ['30112', '其他社会保障缴费'],
  ['30113', '住房公积金'],
  ['30114', '医疗费'],
  ['30199', '其他工资福利支出'],
  ['302', '商品和服务支出'],
  ['30201', '办公费'],
  ['30202', '印刷费'],
  ['30203', '咨询费'],
  ['30204', '手续费'],
  ['30205', '水费'],
  ['30206', '电费'],
  ['30207', '邮电费'],
  ['30208', '取暖费'],
  ['30209', '物业管理费'],
  ['30211', '差旅费'],
  ['30212', '因公出国（境）费用'],
  ['30213', '维修（护）费'],
  ['30214', '租赁费'],
  ['30215', '会议费'],
  ['30216', '培训费'],
  ['30217', '公务接待费'],
  ['30218', '专用材料费'],
  ['30224', '被装购置费'],
  ['30225', '专用燃料费'],
  ['30226', '劳务费'],
  ['30227', '委托业务费'],
  ['30228', '工会经费'],
  ['30229', '福利费'],
  ['30231', '公务用车运行维护费'],
  ['30239', '其他交通费用'],
  ['30240', '税金及附加费用'],
  ['30299', '其他商品和服务支出'],
  ['303', '对个人和家庭的补助'],
  ['30301', '离休费'],
  ['30302', '退休费'],
  ['30303', '退职（役）费'],
  ['30304', '抚恤金'],
  ['30305', '生活补助'],
  ['30307', '医疗费补助'],
  ['30308', '助学金'],
  ['30309', '奖励金'],
  ['30310', '个人农业生产补贴'],
  ['30311', '代缴社会保险费'],
  ['30399', '其他对个人和家庭的补助'],
  ['310', '资本性支出'],
  ['31001', '房屋建筑物购建'],
  ['31002', '办公设备购置'],
  ['31003', '专用设备购置'],
  ['31007', '信息网络及软件购置更新'],
  ['31013', '公务用车购置'],
  ['31019', '其他交通工具购置'],
  ['31021', '文物和陈列品购置'],
  ['31022', '无形资产购置'],
  ['31099', '其他资本性支出'],
];

/** Economic 款 names listed in the samples' 人员经费 / 公用经费 sentences (changji, guangyuan, rongcheng). */
const SAMPLE_ECONOMIC_NAMES = [
  '基本工资', '津贴补贴', '奖金', '绩效工资', '机关事业单位基本养老保险缴费', '职业年金缴费', '职工基本医疗保险缴费',
  '公务员医疗补助缴费', '其他社会保障缴费', '住房公积金', '其他工资福利支出', '退休费', '奖励金',
  '其他对个人和家庭的补助', '办公费', '印刷费', '手续费', '水费', '电费', '邮电费', '物业管理费', '差旅费', '维修（护）费',
  '会议费', '公务接待费', '劳务费', '委托业务费', '工会经费', '福利费', '公务用车运行维护费', '其他交通费用',
  '其他商品和服务支出', '办公设备购置',
];

describe('function classification data', () => {
  const items = catalog.functionItems;

  it('has well-formed codes and names', () => {
    for (const i of items) {
      expect(i.code, i.code).toMatch(/^2\d{2}(\d{2}(\d{2})?)?$/);
      expect(i.name.trim(), i.code).toBe(i.name);
      expect(i.name.length, i.code).toBeGreaterThan(0);
      expect(i.level, i.code).toBe(i.code.length === 3 ? 'class' : i.code.length === 5 ? 'kuan' : 'xiang');
      if (i.definition !== null) expect(i.definition, i.code).toMatch(/^反映.+。$/);
      if (i.since !== null && i.until !== null) expect(i.since, i.code).toBeLessThanOrEqual(i.until);
    }
  });

  it('has a parent for every 款 and 项', () => {
    for (const i of items) {
      if (i.code.length === 5) expect(catalog.functionItem(i.code.slice(0, 3)), i.code).toBeDefined();
      if (i.code.length === 7) expect(catalog.functionItem(i.code.slice(0, 5)), i.code).toBeDefined();
    }
  });

  it('has no duplicate codes and no duplicate names among siblings', async () => {
    const file = (await import('./data/function-classification.json', { with: { type: 'json' } })).default as {
      items: { code: string }[];
    };
    const codes = file.items.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    const byParent = new Map<string, Set<string>>();
    for (const i of items) {
      const parent = i.code.length === 3 ? '' : i.code.slice(0, i.code.length - 2);
      const seen = byParent.get(parent) ?? new Set<string>();
      const key = normalizeItemName(i.name).replace(/支出$/, '');
      expect(seen.has(key), `${i.code} ${i.name}`).toBe(false);
      seen.add(key);
      byParent.set(parent, seen);
    }
  });

  it('has the 26 类 of table 01, and 209 社会保险基金支出', () => {
    expect(TABLE01_CLASSES).toHaveLength(26);
    for (const name of TABLE01_CLASSES) expect(catalog.classByName(name), name).toBeDefined();
    expect(catalog.functionItem('209')?.name).toBe('社会保险基金支出');
    expect(catalog.classByName('社会保障和就业')?.code).toBe('208');
    expect(catalog.classByName('卫生健康')?.code).toBe('210');
  });

  it('has every 款 of 201, 208, 210, 221 and 229 that the samples use', () => {
    expect(catalog.functionChildren('201').map((i) => i.code)).toEqual(
      expect.arrayContaining(['20101', '20103', '20106', '20134', '20199']),
    );
    expect(catalog.functionChildren('208').map((i) => i.code)).toEqual(
      expect.arrayContaining(['20801', '20805', '20806', '20899']),
    );
    expect(catalog.functionChildren('210').map((i) => i.code)).toEqual(
      expect.arrayContaining(['21011', '21013', '21015', '21099']),
    );
    expect(catalog.functionChildren('221').map((i) => i.code)).toEqual(['22101', '22102', '22103']);
    expect(catalog.functionChildren('229').map((i) => i.code)).toEqual(expect.arrayContaining(['22999']));
  });

  it('has the full 21015 医疗保障管理事务 and 21011 行政事业单位医疗', () => {
    expect(catalog.functionChildren('21015').map((i) => `${i.code} ${i.name}`)).toEqual([
      '2101501 行政运行',
      '2101502 一般行政管理事务',
      '2101503 机关服务',
      '2101504 信息化建设',
      '2101505 医疗保障政策管理',
      '2101506 医疗保障经办事务',
      '2101550 事业运行',
      '2101599 其他医疗保障管理事务支出',
    ]);
    expect(catalog.functionChildren('21011').map((i) => `${i.code} ${i.name}`)).toEqual([
      '2101101 行政单位医疗',
      '2101102 事业单位医疗',
      '2101103 公务员医疗补助',
      '2101199 其他行政事业单位医疗支出',
    ]);
    expect(catalog.functionChildren('21013').map((i) => i.code)).toEqual(['2101301', '2101302', '2101399']);
    expect(catalog.functionChildren('22102').map((i) => `${i.code} ${i.name}`)).toEqual([
      '2210201 住房公积金',
      '2210202 提租补贴',
      '2210203 购房补贴',
    ]);
  });

  it('carries the official definitions the glossary rules compare against', () => {
    expect(catalog.functionItem('2101501')?.definition).toBe('反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
    expect(catalog.functionItem('2010601')?.definition).toBe('反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
    expect(catalog.functionItem('2101599')?.definition).toBe('反映除上述项目以外其他用于医疗保障管理事务方面的支出。');
    expect(catalog.functionItem('2101505')?.definition).toBe(
      '反映医疗保障待遇管理、医药服务管理、医药价格和招标采购管理、医疗保障基金监管等方面的支出。',
    );
    expect(catalog.functionItem('2080505')?.definition).toBe('反映机关事业单位实施养老保险制度由单位缴纳的基本养老保险费支出。');
    expect(catalog.functionItem('2210201')?.definition).toBe(
      '反映行政事业单位按人力资源和社会保障部、财政部规定的基本工资和津贴补贴以及规定比例为职工缴纳的住房公积金。',
    );
    expect(catalog.functionItem('2101101')?.definition).toContain('基本医疗保险缴费经费');
    // The same standard wording for every 行政运行 / 事业运行 in the catalog.
    const runs = catalog.functionItems.filter((i) => i.code.length === 7 && i.code.endsWith('01') && i.name === '行政运行');
    expect(runs.length).toBeGreaterThan(20);
    for (const r of runs) expect(r.definition, r.code).toBe('反映行政单位（包括实行公务员管理的事业单位）的基本支出。');
    const svc = catalog.functionItems.filter((i) => i.code.endsWith('50') && i.name === '事业运行');
    for (const r of svc) expect(r.definition, r.code).toMatch(/^反映事业单位的基本支出/);
  });
});

describe('resolvePath on the samples', () => {
  const cases: [string, string[][]][] = [
    ['changji', CHANGJI_PATHS],
    ['guangyuan', GUANGYUAN_PATHS],
    ['rongcheng', RONGCHENG_PATHS],
  ];
  for (const [sample, paths] of cases) {
    it(`resolves every path printed in ${sample}`, () => {
      for (const path of paths) {
        const r = catalog.resolvePath(path);
        expect(r.failedAt, path.join(' / ')).toBeNull();
        expect(r.resolved, path.join(' / ')).toHaveLength(path.length);
        r.resolved.forEach((item, k) => expect(sameItemName(item.name, path[k] ?? ''), item.code).toBe(true));
      }
    });
  }

  it('resolves to the expected codes', () => {
    const code = (p: string[]) => catalog.resolvePath(p).resolved.at(-1)?.code;
    expect(code(['一般公共服务支出', '财政事务', '信息化建设'])).toBe('2010607');
    expect(code(['一般公共服务支出', '统战事务', '宗教事务'])).toBe('2013404');
    expect(code(['社会保障和就业', '人力资源和社会保障管理事务', '引进人才费用'])).toBe('2080116');
    expect(code(['社会保障和就业支出', '行政事业单位养老支出', '行政单位离退休'])).toBe('2080501');
    expect(code(['社会保障和就业支出', '企业改革补助', '其他企业改革发展补助'])).toBe('2080699');
    expect(code(['卫生健康', '医疗救助', '其他医疗救助支出'])).toBe('2101399');
    expect(code(['卫生健康', '医疗保障管理事务', '医疗保障政策管理'])).toBe('2101505');
    expect(code(['卫生健康', '医疗保障管理事务', '事业运行'])).toBe('2101550');
    expect(code(['住房保障支出', '住房改革支出', '购房补贴'])).toBe('2210203');
    expect(code(['其他支出', '其他支出', '其他支出'])).toBe('2299901');
  });

  it('stops at the first level that does not resolve', () => {
    const wrongItem = catalog.resolvePath(['卫生健康支出', '医疗保障管理事务', '医疗保险政策管理']);
    expect(wrongItem.failedAt).toBe(2);
    expect(wrongItem.resolved.map((i) => i.code)).toEqual(['210', '21015']);

    const wrongKuan = catalog.resolvePath(['卫生健康支出', '医疗保险管理事务', '行政运行']);
    expect(wrongKuan.failedAt).toBe(1);

    // The right 项 under the wrong 款: 医疗保障政策管理 is not a child of 行政事业单位医疗.
    expect(catalog.resolvePath(['卫生健康支出', '行政事业单位医疗', '医疗保障政策管理']).failedAt).toBe(2);
    // A pre-2019 class name is not accepted for a 2024 document.
    expect(catalog.resolvePath(['医疗卫生与计划生育支出']).failedAt).toBe(0);
  });

  it('resolves a path under each class as resolvePath does with the class named first', () => {
    // Every 款 and 项 pair of the data, printed names and their 支出/bracket variants, a wrong level,
    // unknown names and a single name: in every edition, the answers for every class the same.
    const names = (c: { code: string; name: string }[]) => c.map((i) => i.name);
    for (const edition of [catalog, catalog.forYear(2016), catalog.forYear(2025)]) {
      const paths: string[][] = [['行政运行'], ['不存在的款', '行政运行'], ['医疗保障管理事务'], []];
      for (const cls of edition.functionClasses())
        for (const kuan of edition.functionChildren(cls.code)) {
          paths.push([kuan.name, '其他'], [`${kuan.name}支出`, '行政运行'], [kuan.name.replace(/[()]/g, (b) => (b === '(' ? '（' : '）'))]);
          for (const item of names(edition.functionChildren(kuan.code))) paths.push([kuan.name, item], [kuan.name, ` ${item}支出`]);
        }
      for (const path of paths) {
        const direct = edition.functionClasses().map((c) => edition.resolvePath([c.name, ...path]));
        expect(edition.resolveUnderEachClass(path), path.join(' / ')).toEqual(direct);
      }
    }
  });

  it('knows every code → name row printed in the tables of rongcheng and of the Putuo PDF', () => {
    for (const [code, name] of [...RONGCHENG_CODES, ...PUTUO_CODES]) {
      const item = catalog.functionItem(code);
      expect(item, code).toBeDefined();
      expect(catalog.nameMatches(item!, name), `${code} ${name}`).toBe(true);
    }
  });
});

describe('economic classification data', () => {
  const items = catalog.economicItems;

  it('has well-formed codes, parents and no duplicates', async () => {
    const file = (await import('./data/economic-classification.json', { with: { type: 'json' } })).default as {
      items: { code: string }[];
    };
    const codes = file.items.map((i) => i.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const i of items) {
      expect(i.code, i.code).toMatch(/^3\d{2}(\d{2})?$/);
      if (i.code.length === 5) expect(catalog.economicItem(i.code.slice(0, 3)), i.code).toBeDefined();
    }
  });

  it('has the 类 of the 部门预算支出经济分类', () => {
    expect(items.filter((i) => i.level === 'class').map((i) => `${i.code} ${i.name}`)).toEqual([
      '301 工资福利支出',
      '302 商品和服务支出',
      '303 对个人和家庭的补助',
      '307 债务利息及费用支出',
      '309 资本性支出（基本建设）',
      '310 资本性支出',
      '311 对企业补助（基本建设）',
      '312 对企业补助',
      '313 对社会保障基金补助',
      '399 其他支出',
    ]);
  });

  it('has the 三公 and 机关运行 款 at their codes', () => {
    expect(catalog.economicItem('30217')?.name).toBe('公务接待费');
    expect(catalog.economicItem('30212')?.name).toBe('因公出国（境）费用');
    expect(catalog.economicItem('30231')?.name).toBe('公务用车运行维护费');
    expect(catalog.economicItem('31013')?.name).toBe('公务用车购置');
    expect(catalog.economicItem('30239')?.name).toBe('其他交通费用');
    expect(catalog.economicItem('30306')?.name).toBe('救济费');
  });

  it('knows every row of the Putuo PDF table 06', () => {
    for (const [code, name] of PUTUO_ECONOMIC) {
      const item = catalog.economicItem(code);
      expect(item, code).toBeDefined();
      expect(catalog.nameMatches(item!, name), `${code} ${name}`).toBe(true);
    }
  });

  it('knows every economic 款 named in the samples', () => {
    const names = items.filter((i) => i.level === 'kuan');
    for (const n of SAMPLE_ECONOMIC_NAMES) {
      expect(
        names.some((i) => catalog.nameMatches(i, n)),
        n,
      ).toBe(true);
    }
  });
});

describe('catalog editions by fiscal year', () => {
  const base = defaultCatalog();
  it('is the checked edition for the years the data was checked against', () => {
    expect(base.editions).toContain(2024);
    expect(base.forYear(2024).covered).toBe(true);
    expect(base.forYear(null)).toBe(base);
    expect(base.forYear(2024).childrenKnown(null)).toBe('all');
  });
  it('calls nothing missing in a year it was not checked against', () => {
    const y2025 = base.forYear(2025);
    expect(y2025.covered).toBe(false);
    expect(y2025.childrenKnown(null)).toBe('some');
    expect(y2025.childrenKnown('21015')).toBe('some');
    expect(y2025.uncoveredNote).toContain('2025');
    expect(base.forYear(2025)).toBe(y2025);
  });
  it('leaves out items that did not exist yet in the year', () => {
    expect(base.forYear(2024).functionItem('210')?.name).toBe('卫生健康支出');
    // 210 卫生健康支出 is named so since 2019; before, the code was 医疗卫生与计划生育支出 (its former name).
    expect(base.forYear(2018).functionItem('210')?.name).toBe('医疗卫生与计划生育支出');
    expect(base.forYear(2018).functionItem('21015')).toBeUndefined();
    expect(base.forYear(2018).functionItem('2010101')?.name).toBe('行政运行');
  });
});

describe('an edition of a year before an item took its present name', () => {
  it('names the item by its former name: 210 is 医疗卫生与计划生育支出 in 2016', () => {
    const c = defaultCatalog().forYear(2016);
    expect(c.functionItem('210')?.name).toBe('医疗卫生与计划生育支出');
    expect(c.resolvePath(['医疗卫生与计划生育支出']).failedAt).toBeNull();
  });

  it('and by its present name from then on', () => {
    expect(defaultCatalog().forYear(2024).functionItem('210')?.name).toBe('卫生健康支出');
  });
});
