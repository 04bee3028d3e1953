import { useState } from 'react';
import { Button, Empty, List, Popover, Spin, Typography } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { api, messageOf } from '../api.js';
import { formatTime } from '../format.js';
import type { DecisionHistory } from '../types.js';
import { DecisionTag } from './Tags.js';

/** Every decision ever taken on this finding, across versions of the document, newest first as the server sends them. */
export function HistoryPopover({ findingId, documentId }: { findingId: number; documentId: number }) {
  const [history, setHistory] = useState<DecisionHistory | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = (open: boolean) => {
    if (!open) return;
    setError(null);
    api
      .history(findingId)
      .then((r) => setHistory(r.history))
      .catch((e: unknown) => setError(messageOf(e)));
  };

  const content = error ? (
    <Typography.Text type="danger">{error}</Typography.Text>
  ) : history === null ? (
    <Spin size="small" />
  ) : history.length === 0 ? (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚无判断记录" />
  ) : (
    <List
      size="small"
      dataSource={history}
      style={{ width: 360, maxHeight: 320, overflow: 'auto' }}
      renderItem={(h) => (
        <List.Item>
          <div>
            <DecisionTag status={h.status} />
            <Typography.Text>{h.by}</Typography.Text> <Typography.Text type="secondary">{formatTime(h.at)}</Typography.Text>
            {h.documentId !== documentId && <Typography.Text type="secondary">（在另一版本上作出）</Typography.Text>}
            {h.note && <div style={{ marginTop: 4 }}>{h.note}</div>}
          </div>
        </List.Item>
      )}
    />
  );

  return (
    <Popover title="判断记录" trigger="click" content={content} onOpenChange={load}>
      <Button size="small" type="link" icon={<HistoryOutlined />} onClick={(e) => e.stopPropagation()} data-testid="history">
        记录
      </Button>
    </Popover>
  );
}
