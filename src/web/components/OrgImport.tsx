import { useMemo, useState } from 'react';
import { Alert, App, Button, Empty, Space, Spin, Tree, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { api, messageOf } from '../api.js';
import { orgTree } from '../lib/orgTree.js';
import { useApi } from '../lib/useApi.js';

/** The organisation register: imported from a CSV/XLSX with columns 地区, 部门, 单位, shown as a tree. */
export function OrgImport() {
  const { message } = App.useApp();
  const orgs = useApi(() => api.orgs(), []);
  const [busy, setBusy] = useState(false);
  const tree = useMemo(() => orgTree(orgs.data?.orgs ?? []), [orgs.data]);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const { created } = await api.importOrgs(file);
      message.success(`导入完成，新增 ${created} 个机构`);
      orgs.reload();
    } catch (e) {
      message.error(`导入失败：${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Space orientation="vertical" style={{ marginBottom: 12 }}>
        <Typography.Text>
          上传 CSV 或 XLSX 文件，表头为 <Typography.Text code>地区</Typography.Text>、<Typography.Text code>部门</Typography.Text>、
          <Typography.Text code>单位</Typography.Text>，每行一个机构；已有的机构不会重复创建。
        </Typography.Text>
        <Upload
          accept=".csv,.xlsx"
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            // Upload ourselves through the API client (CSRF header, Chinese errors), not antd's request.
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy} data-testid="org-import">
            导入机构名录
          </Button>
        </Upload>
      </Space>
      {orgs.error && <Alert type="error" showIcon title={orgs.error} />}
      {orgs.loading && !orgs.data ? <Spin /> : tree.length === 0 ? <Empty description="尚未导入机构" /> : <Tree treeData={tree} defaultExpandAll={tree.length < 20} data-testid="org-tree" />}
    </div>
  );
}
