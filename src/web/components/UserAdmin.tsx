import { useMemo, useState } from 'react';
import { Alert, App, Button, Form, Input, Modal, Select, Table, Tag, TreeSelect } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { api, messageOf } from '../api.js';
import { ROLE_LABEL } from '../labels.js';
import { orgTree } from '../lib/orgTree.js';
import { useApi } from '../lib/useApi.js';
import type { NewUser, Org, Role, User } from '../types.js';

export function UserAdmin() {
  const users = useApi(() => api.users(), []);
  const orgs = useApi(() => api.orgs(), []);
  const [creating, setCreating] = useState(false);
  const [resetting, setResetting] = useState<User | null>(null);
  const orgName = useMemo(() => new Map((orgs.data?.orgs ?? []).map((o) => [o.id, o.name])), [orgs.data]);

  return (
    <div>
      <div style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
          新建用户
        </Button>
      </div>
      {users.error && <Alert type="error" showIcon title={users.error} style={{ marginBottom: 12 }} />}
      <Table<User>
        rowKey="id"
        size="small"
        loading={users.loading && !users.data}
        dataSource={users.data?.users ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        data-testid="users-table"
        columns={[
          { title: '用户名', dataIndex: 'username' },
          { title: '姓名', dataIndex: 'displayName' },
          { title: '角色', dataIndex: 'role', render: (r: Role) => <Tag color={r === 'admin' ? 'red' : r === 'reviewer' ? 'blue' : 'default'}>{ROLE_LABEL[r]}</Tag> },
          { title: '所属机构', dataIndex: 'orgId', render: (id: number | null) => (id === null ? '—' : (orgName.get(id) ?? `#${id}`)) },
          {
            title: '操作',
            key: 'actions',
            width: 120,
            render: (_: unknown, u) => (
              <Button size="small" onClick={() => setResetting(u)} data-testid={`user-reset-${u.id}`}>
                重设密码
              </Button>
            ),
          },
        ]}
      />
      <ResetPasswordModal user={resetting} onClose={() => setResetting(null)} />
      <CreateUserModal
        open={creating}
        orgs={orgs.data?.orgs ?? []}
        onClose={() => setCreating(false)}
        onCreated={(u) => {
          users.setData((cur) => cur && { users: [...cur.users, u] });
          setCreating(false);
        }}
      />
    </div>
  );
}

interface UserForm {
  username: string;
  displayName: string;
  password: string;
  role: Role;
  orgId?: number;
}

function CreateUserModal({ open, orgs, onClose, onCreated }: { open: boolean; orgs: Org[]; onClose: () => void; onCreated: (u: User) => void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const tree = useMemo(() => orgTree(orgs), [orgs]);

  const submit = async (v: UserForm) => {
    setBusy(true);
    setError(null);
    try {
      const body: NewUser = { username: v.username.trim(), displayName: v.displayName.trim(), password: v.password, role: v.role, orgId: v.orgId ?? null };
      const user = await api.createUser(body);
      message.success(`已创建用户 ${user.displayName}`);
      form.resetFields();
      onCreated(user);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal title="新建用户" open={open} onCancel={onClose} onOk={() => form.submit()} okText="创建" confirmLoading={busy} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="user-create-error" />}
      <Form form={form} layout="vertical" onFinish={submit} initialValues={{ role: 'officer' }}>
        <Form.Item
          name="username"
          label="用户名"
          rules={[
            { required: true, message: '请输入用户名' },
            { min: 2, message: '用户名至少 2 个字符' },
            { pattern: /^[\p{L}\p{N}_.@-]+$/u, message: '用户名只能含字母、数字和 _ . @ -' },
          ]}
        >
          <Input data-testid="user-username" autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label="姓名" rules={[{ required: true, message: '请输入姓名' }]}>
          <Input data-testid="user-displayname" />
        </Form.Item>
        <Form.Item name="password" label="初始密码" rules={[{ required: true, message: '请输入密码' }, { min: 10, message: '密码至少 10 位' }]}>
          <Input.Password data-testid="user-password" autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="role" label="角色" rules={[{ required: true }]}>
          <Select data-testid="user-role" options={(Object.keys(ROLE_LABEL) as Role[]).map((r) => ({ value: r, label: ROLE_LABEL[r] }))} />
        </Form.Item>
        <Form.Item name="orgId" label="所属机构（编制人必填所在部门）">
          <TreeSelect allowClear showSearch treeNodeFilterProp="title" treeData={tree} placeholder="选择地区 / 部门 / 单位" data-testid="user-org" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** An admin sets a new password for a user who forgot theirs; the user's open sessions end. */
function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const [form] = Form.useForm<{ password: string }>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const save = async () => {
    if (!user) return;
    const { password } = await form.validateFields();
    setSaving(true);
    try {
      await api.resetPassword(user.id, password);
      message.success(`已为 ${user.username} 重设密码，请当面或经安全渠道告知本人。`);
      form.resetFields();
      onClose();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal title={user ? `重设 ${user.username} 的密码` : ''} open={user !== null} onOk={save} confirmLoading={saving} onCancel={onClose} okText="保存" cancelText="取消" destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="password" label="新密码" rules={[{ required: true, min: 10, message: '密码至少 10 位' }]}>
          <Input.Password autoComplete="new-password" data-testid="user-reset-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
