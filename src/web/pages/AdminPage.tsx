import { Card, Tabs } from 'antd';
import { AuditLog } from '../components/AuditLog.js';
import { OrgImport } from '../components/OrgImport.js';
import { UserAdmin } from '../components/UserAdmin.js';
import { replaceParams, useRoute } from '../router.js';

export function AdminPage() {
  const { params } = useRoute();
  return (
    <Card size="small">
      <Tabs
        activeKey={params.get('tab') ?? 'users'}
        onChange={(key) => replaceParams({ tab: key === 'users' ? null : key })}
        items={[
          { key: 'users', label: <span data-testid="admin-users-tab">用户</span>, children: <UserAdmin /> },
          { key: 'orgs', label: <span data-testid="admin-orgs-tab">机构</span>, children: <OrgImport /> },
          { key: 'audit', label: <span data-testid="admin-audit-tab">审计日志</span>, children: <AuditLog /> },
        ]}
      />
    </Card>
  );
}
