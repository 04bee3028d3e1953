import { forwardRef } from 'react';
import { Space, Tag, Tooltip, Typography } from 'antd';
import { formatPlace } from '../format.js';
import type { Decision, FindingOut, Location } from '../types.js';
import { DecisionControls } from './DecisionControls.js';
import { HistoryPopover } from './HistoryPopover.js';
import { DecisionTag, SeverityTag } from './Tags.js';

interface Props {
  finding: FindingOut;
  documentId: number;
  selected: boolean;
  canDecide: boolean;
  onSelect: () => void;
  onJump: (loc: Location) => void;
  onDecided: (d: Decision) => void;
}

export const FindingCard = forwardRef<HTMLDivElement, Props>(function FindingCard({ finding, documentId, selected, canDecide, onSelect, onJump, onDecided }, ref) {
  const f = finding;
  return (
    <div
      ref={ref}
      className={`finding-card severity-${f.severity}${selected ? ' selected' : ''}`}
      onClick={onSelect}
      data-testid={`finding-${f.id}`}
      data-selected={selected ? 'true' : 'false'}
    >
      <Space size={4} wrap>
        <SeverityTag severity={f.severity} />
        <Tag>{f.categoryLabel}</Tag>
        {f.decision && <DecisionTag status={f.decision.status} />}
        {f.decision?.fromVersion != null && (
          <Tooltip title="此判断在上一版本中作出，问题未变，自动沿用">
            <Tag color="purple" data-testid="carried-over">
              沿用第{f.decision.fromVersion}版判断
            </Tag>
          </Tooltip>
        )}
        <HistoryPopover findingId={f.id} documentId={documentId} />
      </Space>
      <div style={{ marginTop: 6 }}>
        <Typography.Text strong>{f.title}</Typography.Text> <Typography.Text type="secondary" code style={{ fontSize: 11 }}>{f.rule}</Typography.Text>
      </div>
      <Typography.Paragraph style={{ margin: '4px 0' }}>{f.message}</Typography.Paragraph>
      <Figures finding={f} />
      <Places locations={f.locations} onJump={onJump} />
      <DecisionControls key={f.decision?.at ?? 'none'} finding={f} canDecide={canDecide} onDecided={onDecided} />
    </div>
  );
});

/** Expected, actual, difference and tolerance exactly as the checker wrote them. */
function Figures({ finding: f }: { finding: FindingOut }) {
  const rows: [string, string | null][] = [
    ['应为', f.expected],
    ['实际', f.actual],
    ['差额', f.difference],
    ['容差', f.tolerance],
  ];
  const shown = rows.filter((r): r is [string, string] => r[1] !== null);
  if (shown.length === 0) return null;
  return (
    <div className="figures">
      {shown.map(([k, v]) => (
        <span key={k} style={{ display: 'contents' }}>
          <span className="k">{k}</span>
          <span className="v" data-testid={`figure-${k}`}>
            {v}
          </span>
        </span>
      ))}
    </div>
  );
}

function Places({ locations, onJump }: { locations: Location[]; onJump: (loc: Location) => void }) {
  if (locations.length === 0) return null;
  return (
    <div style={{ fontSize: 12 }}>
      <Typography.Text type="secondary">位置：</Typography.Text>
      {locations.map((loc, i) => (
        <Tooltip key={i} title={loc.text || undefined}>
          <a
            onClick={(e) => {
              e.stopPropagation();
              onJump(loc);
            }}
            style={{ marginRight: 10 }}
            data-testid="finding-place"
          >
            {formatPlace(loc)}
          </a>
        </Tooltip>
      ))}
    </div>
  );
}
