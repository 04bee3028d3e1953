import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { describeLocation, type Location } from '../../model/location.js';
import type { DocumentSummary } from '../../store/documents.js';
import type { FindingOut } from '../../store/findings.js';

const BODY = { font: { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' }, size: 28 };

/**
 * A rectification notice (整改通知书) to the department: the problems a reviewer confirmed, each with
 * its figures and place, and what to do. Only confirmed findings are listed: a notice must not
 * accuse a department of what nobody has judged.
 */
export async function noticeDocx(doc: DocumentSummary, findings: readonly FindingOut[], issuedBy: string, today = new Date()): Promise<Uint8Array> {
  const confirmed = findings.filter((f) => f.decision?.status === 'confirmed');
  const who = doc.department ?? '（部门）';
  const year = doc.year ?? '';
  const title = doc.title ?? (doc.department && doc.year ? `${doc.department}${doc.year}年度部门决算` : doc.fileName);
  const date = `${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`;
  const p = (text: string, opts: { indent?: boolean; bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
    new Paragraph({
      alignment: opts.align,
      indent: opts.indent === false ? undefined : { firstLine: 560 },
      spacing: { line: 560 },
      children: [new TextRun({ text, bold: opts.bold, ...BODY })],
    });
  const cell = (text: string, bold = false) =>
    new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold, font: BODY.font, size: 21 })] })] });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: ['序号', '问题', '应为', '实为', '位置', '审核说明'].map((h) => cell(h, true)) }),
      ...confirmed.map(
        (f, k) =>
          new TableRow({
            children: [
              cell(String(k + 1)),
              cell(`${f.title}：${f.message}`),
              cell(f.expected ?? ''),
              cell(f.actual ?? ''),
              cell((f.locations as Location[]).map(describeLocation).join('；')),
              cell(f.decision?.note ?? ''),
            ],
          }),
      ),
    ],
  });
  const document = new Document({
    creator: 'juesuan',
    title: `${who}${year}年度部门决算公开整改通知书`,
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            alignment: AlignmentType.CENTER,
            spacing: { after: 400 },
            children: [new TextRun({ text: `关于${who}${year}年度部门决算公开问题的整改通知`, font: { eastAsia: '方正小标宋简体' }, size: 40 })],
          }),
          p(`${who}：`, { indent: false }),
          p(
            confirmed.length
              ? `经审核，你单位公开的《${title}》存在以下 ${confirmed.length} 个问题，请逐项核实整改，更正后重新公开，并将整改情况报送我单位。`
              : `经审核，你单位公开的《${title}》暂无经确认的问题。`,
          ),
          ...(confirmed.length ? [table] : []),
          p('整改时请以决算报表为准核对说明中的数字、比率和科目名称，保持报表之间、报表与说明之间一致。'),
          p(issuedBy, { indent: false, align: AlignmentType.RIGHT }),
          p(date, { indent: false, align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
