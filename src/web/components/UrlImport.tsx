import { useState } from 'react';
import { App, Button, Input, Space } from 'antd';
import { LinkOutlined } from '@ant-design/icons';
import { api, messageOf } from '../api.js';
import type { UploadResult } from '../types.js';

/** Fetches a disclosure the department published on its website, by address. */
export function UrlImport({ onUploaded }: { onUploaded: (result: UploadResult) => void }) {
  const { message } = App.useApp();
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const trimmed = url.trim();
    if (!/^https?:\/\//i.test(trimmed)) {
      message.error('请输入以 http:// 或 https:// 开头的网址');
      return;
    }
    setBusy(true);
    try {
      const result = await api.documentFromUrl(trimmed);
      const dup = result.documents.some((d) => d.duplicate);
      message.success(dup ? '该文件此前已上传过，未重复保存' : '已获取文件，正在排队检查');
      setUrl('');
      onUploaded(result);
    } catch (e) {
      message.error(`获取失败：${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        prefix={<LinkOutlined />}
        placeholder="或输入部门网站上公开文件的网址，例如 https://www.example.gov.cn/…/2024决算.pdf"
        value={url}
        onChange={(e) => setUrl(e.target.value)}
        onPressEnter={submit}
        data-testid="url-input"
      />
      <Button type="primary" loading={busy} onClick={submit} data-testid="url-submit">
        从网址获取
      </Button>
    </Space.Compact>
  );
}
