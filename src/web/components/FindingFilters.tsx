import { Select, Space } from 'antd';
import { SEVERITY } from '../labels.js';
import type { DecisionFilter, FindingFilterState } from '../lib/findingFilters.js';
import type { FindingOut, Severity } from '../types.js';

function uniqueOptions(findings: FindingOut[], pick: (f: FindingOut) => [string, string] | null) {
  const seen = new Map<string, string>();
  for (const f of findings) {
    const p = pick(f);
    if (p && !seen.has(p[0])) seen.set(p[0], p[1]);
  }
  return [...seen].map(([value, label]) => ({ value, label })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN'));
}

export function FindingFilters({ findings, value, onChange }: { findings: FindingOut[]; value: FindingFilterState; onChange: (v: FindingFilterState) => void }) {
  const common = { allowClear: true, mode: 'multiple' as const, maxTagCount: 'responsive' as const, size: 'small' as const, style: { minWidth: 140 } };
  return (
    <Space wrap size={[8, 8]}>
      <Select
        {...common}
        placeholder="严重程度"
        value={value.severity}
        options={(Object.keys(SEVERITY) as Severity[]).map((s) => ({ value: s, label: SEVERITY[s].label }))}
        onChange={(severity: Severity[]) => onChange({ ...value, severity })}
        data-testid="filter-severity"
      />
      <Select
        {...common}
        placeholder="类别"
        value={value.category}
        options={uniqueOptions(findings, (f) => [f.category, f.categoryLabel])}
        onChange={(category: string[]) => onChange({ ...value, category })}
        data-testid="filter-category"
      />
      <Select
        {...common}
        placeholder="规则"
        value={value.rule}
        options={uniqueOptions(findings, (f) => [f.rule, `${f.title}（${f.rule}）`])}
        onChange={(rule: string[]) => onChange({ ...value, rule })}
        popupMatchSelectWidth={false}
        data-testid="filter-rule"
      />
      <Select
        {...common}
        placeholder="章节"
        value={value.section}
        options={uniqueOptions(findings, (f) => (f.section ? [f.section, f.section] : null))}
        onChange={(section: string[]) => onChange({ ...value, section })}
        data-testid="filter-section"
      />
      <Select
        allowClear
        size="small"
        style={{ minWidth: 120 }}
        placeholder="判断状态"
        value={value.decision ?? undefined}
        options={[
          { value: 'undecided', label: '未判断' },
          { value: 'confirmed', label: '确认问题' },
          { value: 'dismissed', label: '不是问题' },
          { value: 'recheck', label: '需复核' },
        ]}
        onChange={(decision: DecisionFilter | undefined) => onChange({ ...value, decision: decision ?? null })}
        data-testid="filter-decision"
      />
    </Space>
  );
}
