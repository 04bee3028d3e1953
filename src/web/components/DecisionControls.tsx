import { useState } from 'react';
import { App, Button, Input, Space, Typography } from 'antd';
import { api, messageOf } from '../api.js';
import { DECISION } from '../labels.js';
import { formatTime } from '../format.js';
import type { Decision, DecisionStatus, FindingOut } from '../types.js';

const ORDER: DecisionStatus[] = ['confirmed', 'dismissed', 'recheck'];

/** The reviewer's three answers to a finding, with a note saying why. */
export function DecisionControls({ finding, canDecide, onDecided }: { finding: FindingOut; canDecide: boolean; onDecided: (d: Decision) => void }) {
  const { message } = App.useApp();
  const [note, setNote] = useState(finding.decision?.note ?? '');
  const [busy, setBusy] = useState<DecisionStatus | null>(null);
  const current = finding.decision;

  const decide = async (status: DecisionStatus) => {
    setBusy(status);
    try {
      onDecided(await api.decide(finding.id, status, note.trim()));
    } catch (e) {
      message.error(`保存判断失败：${messageOf(e)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div onClick={(e) => e.stopPropagation()} style={{ marginTop: 8 }}>
      {canDecide && (
        <>
          <Input.TextArea
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder="说明（可选）：为什么这样判断"
            autoSize={{ minRows: 1, maxRows: 4 }}
            maxLength={2000}
            data-testid="decision-note"
          />
          <Space size="small" style={{ marginTop: 6 }} wrap>
            {ORDER.map((status) => (
              <Button
                key={status}
                size="small"
                type={current?.status === status ? 'primary' : 'default'}
                danger={status === 'confirmed'}
                loading={busy === status}
                disabled={busy !== null && busy !== status}
                onClick={() => decide(status)}
                data-testid={`decide-${status}`}
              >
                {DECISION[status].label}
              </Button>
            ))}
          </Space>
        </>
      )}
      {current && (
        <div style={{ marginTop: 4 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="decision-by">
            {current.by} 于 {formatTime(current.at)} 判断为“{DECISION[current.status].label}”
            {!canDecide && current.note ? `：${current.note}` : ''}
          </Typography.Text>
        </div>
      )}
    </div>
  );
}
