import { describe, expect, it } from 'vitest';
import { attachedFileNames, isTablesFile } from './attachments.js';

describe('files a line names', () => {
  it('reads one file alone on its line, as before, a dot of its own name kept', () => {
    expect(attachedFileNames('某局v1.2决算报表.xls')).toEqual(['某局v1.2决算报表.xls']);
    expect(attachedFileNames('/某医院2023年度决算报表.xls')).toEqual(['某医院2023年度决算报表.xls']);
    expect(attachedFileNames('附件1：部门决算公开表.xlsx')).toEqual(['部门决算公开表.xlsx']);
  });

  it('reads several links a portal prints side by side, run together or apart', () => {
    expect(attachedFileNames('2022年某县某中心决算公开表.xls部门预算项目支出绩效自评表(2022年度).xlsx')).toEqual([
      '2022年某县某中心决算公开表.xls',
      '部门预算项目支出绩效自评表(2022年度).xlsx',
    ]);
    expect(attachedFileNames('收入支出决算总表.xls 财政拨款收入支出决算总表.xls、三公经费表.pdf')).toEqual([
      '收入支出决算总表.xls',
      '财政拨款收入支出决算总表.xls',
      '三公经费表.pdf',
    ]);
  });

  it('takes the heading run into the last link as no part of the names', () => {
    expect(attachedFileNames('某中心决算公开表.xls部门整体绩效自评表.xlsx2022年度')).toEqual(['某中心决算公开表.xls', '部门整体绩效自评表.xlsx']);
    expect(attachedFileNames('2022年某县某中心决算公开表.xls部门预算项目支出绩效自评表(2022年度).xlsx2022年度某省某县某中心单位决算')).toEqual([
      '2022年某县某中心决算公开表.xls',
      '部门预算项目支出绩效自评表(2022年度).xlsx',
    ]);
  });

  it('reads no file from a sentence that names one among other words', () => {
    expect(attachedFileNames('本部门决算公开表详见附件某局决算公开表.xls，请下载查阅。')).toEqual([]);
    expect(attachedFileNames('某局决算公开表.xls收入总计238.67万元')).toEqual([]);
    expect(attachedFileNames('2022年度收、支总计238.67万元。')).toEqual([]);
  });

  it('still tells the tables from a performance sheet among the names', () => {
    const [tables, sheet] = attachedFileNames('某中心决算公开表.xls部门预算项目支出绩效自评表.xlsx');
    expect(isTablesFile(tables as string, false)).toBe(true);
    expect(isTablesFile(sheet as string, false)).toBe(false);
  });
});
