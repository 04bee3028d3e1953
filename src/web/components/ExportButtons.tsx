import { Button, Space, Tooltip } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { urls } from '../api.js';

/** Plain download links: the browser sends the session cookie, the server names the file. */
export function ExportButtons({ documentId, isPdf }: { documentId: number; isPdf: boolean }) {
  return (
    <Space wrap>
      <Button icon={<DownloadOutlined />} href={urls.exportXlsx(documentId)} download data-testid="export-xlsx">
        问题清单 XLSX
      </Button>
      <Button icon={<DownloadOutlined />} href={urls.exportCsv(documentId)} download data-testid="export-csv">
        问题清单 CSV
      </Button>
      <Tooltip title={isPdf ? '在原 PDF 上标出每个问题的位置' : '仅 PDF 文件可生成标注版'}>
        <Button icon={<DownloadOutlined />} href={isPdf ? urls.exportPdf(documentId) : undefined} download disabled={!isPdf} data-testid="export-pdf">
          标注PDF
        </Button>
      </Tooltip>
      <Button icon={<DownloadOutlined />} href={urls.exportNotice(documentId)} download data-testid="export-docx">
        整改通知书 DOCX
      </Button>
    </Space>
  );
}
