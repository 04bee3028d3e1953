import type { ReactNode } from 'react';
import { Button, Layout, Menu, Space, Tag, Typography } from 'antd';
import { AuditOutlined, BarChartOutlined, FileTextOutlined, LogoutOutlined, TeamOutlined } from '@ant-design/icons';
import type { Section } from '../App.js';
import { ROLE_LABEL } from '../labels.js';
import { navigate } from '../router.js';
import { PasswordButton } from './PasswordButton.js';
import type { User } from '../types.js';

const { Header, Sider, Content } = Layout;

export function AppLayout({ user, section, onLogout, children }: { user: User; section: Section; onLogout: () => void; children: ReactNode }) {
  const items = [
    { key: 'dashboard', icon: <BarChartOutlined />, label: <span data-testid="nav-dashboard">总览</span> },
    { key: 'documents', icon: <FileTextOutlined />, label: <span data-testid="nav-documents">文件</span> },
    { key: 'rules', icon: <AuditOutlined />, label: <span data-testid="nav-rules">规则</span> },
    ...(user.role === 'admin' ? [{ key: 'admin', icon: <TeamOutlined />, label: <span data-testid="nav-admin">用户</span> }] : []),
  ];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Sider breakpoint="lg" collapsible width={200} theme="dark">
        <div className="app-brand">决算公开审核</div>
        <Menu theme="dark" mode="inline" selectedKeys={[section]} items={items} onClick={({ key }) => navigate(key)} />
      </Sider>
      <Layout>
        <Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between', borderBottom: '1px solid #f0f0f0' }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            部门决算公开审核工作台
          </Typography.Title>
          <Space>
            <span data-testid="header-user">{user.displayName}</span>
            <Tag color="blue" data-testid="header-role">
              {ROLE_LABEL[user.role]}
            </Tag>
            <PasswordButton />
            <Button icon={<LogoutOutlined />} onClick={onLogout} data-testid="logout">
              退出
            </Button>
          </Space>
        </Header>
        <Content style={{ margin: 16 }}>{children}</Content>
      </Layout>
    </Layout>
  );
}
