// Chinese wording for the API's enumerations, in one place.
import type { DecisionStatus, DocumentStatus, Role, Severity } from './types.js';

export const ROLE_LABEL: Record<Role, string> = { admin: '管理员', reviewer: '审核人', officer: '编制人' };

export const DOCUMENT_STATUS: Record<DocumentStatus, { label: string; color: string }> = {
  queued: { label: '排队中', color: 'default' },
  checking: { label: '检查中', color: 'processing' },
  checked: { label: '已检查', color: 'success' },
  failed: { label: '无法读取', color: 'error' },
};

export const SEVERITY: Record<Severity, { label: string; color: string }> = {
  error: { label: '错误', color: 'red' },
  warning: { label: '警告', color: 'orange' },
  info: { label: '提示', color: 'blue' },
};

export const DECISION: Record<DecisionStatus, { label: string; color: string }> = {
  confirmed: { label: '确认问题', color: 'red' },
  dismissed: { label: '不是问题', color: 'green' },
  recheck: { label: '需复核', color: 'gold' },
};

export const ORG_KIND: Record<string, string> = { region: '地区', department: '部门', unit: '单位' };
