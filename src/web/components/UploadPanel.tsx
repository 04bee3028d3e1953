// Drag-and-drop upload of many files at once. Each file goes in its own request so that each gets
// its own progress bar; antd's Upload list draws the bars from the progress we report.
import { App, Typography, Upload } from 'antd';
import type { UploadProps } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { messageOf, uploadDocument } from '../api.js';
import { READABLE_EXTENSIONS } from '../../model/formats.js';
import type { UploadResult } from '../types.js';

const MAX_BYTES = 50 * 1024 * 1024;
const ACCEPTED = READABLE_EXTENSIONS;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

export function UploadPanel({ onUploaded }: { onUploaded: (result: UploadResult) => void }) {
  const { message } = App.useApp();

  const beforeUpload: UploadProps['beforeUpload'] = (file) => {
    if (!ACCEPTED.includes(extensionOf(file.name))) {
      message.error(`“${file.name}”的类型不支持，只能上传 ${ACCEPTED.join('、')} 文件`);
      return Upload.LIST_IGNORE;
    }
    if (file.size > MAX_BYTES) {
      message.error(`“${file.name}”超过 50 MB，无法上传`);
      return Upload.LIST_IGNORE;
    }
    return true;
  };

  const customRequest: UploadProps['customRequest'] = ({ file, onProgress, onSuccess, onError }) => {
    const { promise, abort } = uploadDocument(file as File, (percent) => onProgress?.({ percent }));
    promise
      .then((result) => {
        onSuccess?.(result);
        for (const { document, duplicate } of result.documents) {
          if (duplicate) message.info(`“${document.fileName}”此前已上传过（第${document.version}版），未重复保存`);
        }
        onUploaded(result);
      })
      .catch((e: unknown) => {
        const text = messageOf(e);
        message.error(`“${(file as File).name}”上传失败：${text}`);
        onError?.(new Error(text));
      });
    return { abort };
  };

  return (
    <div data-testid="upload-dragger">
      <Upload.Dragger
        multiple
        name="files"
        accept={ACCEPTED.map((e) => `.${e}`).join(',')}
        beforeUpload={beforeUpload}
        customRequest={customRequest}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">将决算公开文件拖到此处，或点击选择文件（可多选）</p>
        <Typography.Text type="secondary">支持 PDF、DOCX、HTML、TXT、MD、XLSX、XLS，单个文件不超过 50 MB</Typography.Text>
      </Upload.Dragger>
    </div>
  );
}
