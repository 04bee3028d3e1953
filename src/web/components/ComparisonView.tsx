// What changed since the previous version: findings the department fixed, new ones, and those still there.
import { Alert, Card, Col, Empty, List, Row, Spin, Typography } from 'antd';
import { api } from '../api.js';
import { formatPlace } from '../format.js';
import { useApi } from '../lib/useApi.js';
import { href } from '../router.js';
import type { FindingOut } from '../types.js';
import { DecisionTag, SeverityTag } from './Tags.js';

export function ComparisonView({ documentId }: { documentId: number }) {
  const cmp = useApi(() => api.comparison(documentId), [documentId]);
  if (cmp.loading && !cmp.data) return <Spin />;
  if (cmp.error) return <Alert type="error" showIcon title={cmp.error} />;
  const c = cmp.data;
  if (!c) return null;
  if (!c.previous) return <Empty description="这是第一版，没有可对比的上一版" data-testid="compare-none" />;

  return (
    <div data-testid="comparison">
      <Typography.Paragraph>
        与 <a href={href(`documents/${c.previous.id}`)}>第{c.previous.version}版（{c.previous.fileName}）</a> 对比：
        已解决 {c.resolved.length} 个，新增 {c.added.length} 个，仍存在 {c.remaining.length} 个。
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col xs={24} xl={8}>
          <FindingGroup title="已解决" color="#389e0d" findings={c.resolved} testId="compare-resolved" />
        </Col>
        <Col xs={24} xl={8}>
          <FindingGroup title="新增" color="#cf1322" findings={c.added} testId="compare-added" />
        </Col>
        <Col xs={24} xl={8}>
          <FindingGroup title="仍存在" color="#d46b08" findings={c.remaining} testId="compare-remaining" />
        </Col>
      </Row>
    </div>
  );
}

function FindingGroup({ title, color, findings, testId }: { title: string; color: string; findings: FindingOut[]; testId: string }) {
  return (
    <Card size="small" title={<span style={{ color }}>{`${title}（${findings.length}）`}</span>} data-testid={testId}>
      <List
        size="small"
        dataSource={findings}
        locale={{ emptyText: '无' }}
        renderItem={(f) => (
          <List.Item data-testid={`compare-finding-${f.id}`}>
            <div>
              <SeverityTag severity={f.severity} />
              {f.decision && <DecisionTag status={f.decision.status} />}
              <Typography.Text strong>{f.title}</Typography.Text>
              <div>{f.message}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {f.locations.map(formatPlace).join('；')}
              </Typography.Text>
            </div>
          </List.Item>
        )}
      />
    </Card>
  );
}
