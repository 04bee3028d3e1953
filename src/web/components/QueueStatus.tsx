import { Badge, Space } from 'antd';
import type { QueueState } from '../types.js';

export function QueueStatus({ queue }: { queue: QueueState | null }) {
  if (!queue) return null;
  return (
    <Space size="large" data-testid="queue-state">
      <Badge status="default" text={<span data-testid="queue-queued">排队中 {queue.queued}</span>} />
      <Badge status="processing" text={<span data-testid="queue-checking">检查中 {queue.checking}</span>} />
      <Badge status="success" text={<span data-testid="queue-checked">已检查 {queue.checked}</span>} />
      <Badge status="error" text={<span data-testid="queue-failed">无法读取 {queue.failed}</span>} />
    </Space>
  );
}
