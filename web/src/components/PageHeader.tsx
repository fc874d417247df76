import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../i18n';

/** The page title (also the document title) and its actions. */
export function PageHeader({ title, extra, sub }: { title: string; extra?: ReactNode; sub?: ReactNode }) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 16 }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {sub ? <Typography.Text type="secondary">{sub}</Typography.Text> : null}
      </div>
      {extra ? <Flex gap={8} wrap="wrap">{extra}</Flex> : null}
    </Flex>
  );
}
