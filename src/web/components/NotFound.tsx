import { Button, Result } from 'antd';
import { href } from '../router.js';

export function NotFound({ text = '找不到此页面' }: { text?: string }) {
  return <Result status="404" title={text} extra={<Button href={href('dashboard')}>返回总览</Button>} />;
}
