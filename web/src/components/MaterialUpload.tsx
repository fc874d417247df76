import { CheckCircleTwoTone, UploadOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Typography } from 'antd';
import { useRef, useState } from 'react';
import { uploadTo } from '../api/typed';
import { formatBytes } from '../format';
import { defineMessages, useT } from '../i18n';
import { useShowError } from './errors';

const m = defineMessages({
  'up.choose': ['上传文件', 'Upload a file'],
  'up.replace': ['重新上传', 'Replace'],
  'up.uploading': ['正在上传 {name}', 'Uploading {name}'],
  'up.done': ['已上传：{name}（{size}）', 'Uploaded: {name} ({size})'],
  'up.types': ['PDF、JPG、PNG、OFD，单个不超过 20 MB', 'PDF, JPG, PNG or OFD, up to 20 MB'],
});

export interface Uploaded {
  id: string;
  name: string;
  size: number;
}

/** One material's upload: a labelled file input with a progress bar (POST /api/v1/files). */
export function MaterialUpload({ label, value, onChange }: { label: string; value?: Uploaded; onChange: (u: Uploaded) => void }) {
  const t = useT(m);
  const showError = useShowError();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [name, setName] = useState('');
  const pick = async (file: File) => {
    setName(file.name);
    setProgress(0);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const res = await uploadTo('/api/v1/files', form, setProgress);
      onChange({ id: res.id, name: file.name, size: file.size });
    } catch (e) {
      showError(e);
    } finally {
      setProgress(null);
    }
  };
  return (
    <Flex vertical gap={4} style={{ minHeight: 56 }}>
      <Flex gap={8} align="center" wrap="wrap">
        <input
          ref={input}
          type="file"
          aria-label={`${t('up.choose')}：${label}`}
          accept=".pdf,.jpg,.jpeg,.png,.ofd,application/pdf,image/jpeg,image/png"
          style={{ display: 'none' }}
          onChange={(e) => {
            const f = e.target.files?.[0];
            if (f) void pick(f);
            e.target.value = '';
          }}
        />
        <Button icon={<UploadOutlined />} onClick={() => input.current?.click()} loading={progress !== null}>
          {value ? t('up.replace') : t('up.choose')}
        </Button>
        {value && progress === null ? (
          <Typography.Text>
            <CheckCircleTwoTone twoToneColor="#52c41a" /> {t('up.done', { name: value.name, size: formatBytes(value.size) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('up.types')}
          </Typography.Text>
        )}
      </Flex>
      {progress !== null ? <Progress percent={progress} size="small" aria-label={t('up.uploading', { name })} /> : null}
    </Flex>
  );
}
