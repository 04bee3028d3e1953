import { useState } from 'react';
import { App, Button, Form, Input, Modal } from 'antd';
import { KeyOutlined } from '@ant-design/icons';
import { api, messageOf } from '../api.js';

/** Changing one's own password: the first admin's printed password should not stay in use. */
export function PasswordButton() {
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<{ current: string; next: string; again: string }>();
  const { message } = App.useApp();

  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await api.changePassword(v.current, v.next);
      message.success('密码已修改；其他已登录的会话已退出。');
      setOpen(false);
      form.resetFields();
    } catch (e) {
      message.error(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button icon={<KeyOutlined />} onClick={() => setOpen(true)} data-testid="password-open">
        修改密码
      </Button>
      <Modal title="修改密码" open={open} onOk={save} confirmLoading={saving} onCancel={() => setOpen(false)} okText="保存" cancelText="取消" destroyOnHidden>
        <Form form={form} layout="vertical">
          <Form.Item name="current" label="当前密码" rules={[{ required: true, message: '请输入当前密码' }]}>
            <Input.Password autoComplete="current-password" data-testid="password-current" />
          </Form.Item>
          <Form.Item name="next" label="新密码" rules={[{ required: true, min: 10, message: '新密码至少 10 位' }]}>
            <Input.Password autoComplete="new-password" data-testid="password-next" />
          </Form.Item>
          <Form.Item
            name="again"
            label="再次输入新密码"
            dependencies={['next']}
            rules={[
              { required: true, message: '请再次输入新密码' },
              ({ getFieldValue }) => ({ validator: (_, v) => (v === getFieldValue('next') ? Promise.resolve() : Promise.reject(new Error('两次输入的新密码不一致'))) }),
            ]}
          >
            <Input.Password autoComplete="new-password" data-testid="password-again" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
