import { Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useElder } from '../elder';
import { useT } from '../i18n';

/** The page title (also the document title) and its actions. */
export function PageHeader({ title, extra, sub }: { title: string; extra?: ReactNode; sub?: ReactNode }) {
  const t = useT();
  const { elder } = useElder();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  return (
    <Flex justify="space-between" align="center" wrap="wrap" gap={8} style={{ marginBottom: 16 }}>
      <div>
        {/* the page's one h1, at the size of a section title */}
        <Typography.Title level={1} style={{ margin: 0, fontSize: elder ? 30 : 24, lineHeight: 1.35 }}>
          {title}
        </Typography.Title>
        {sub ? <Typography.Text type="secondary">{sub}</Typography.Text> : null}
      </div>
      {extra ? <Flex gap={8} wrap="wrap">{extra}</Flex> : null}
    </Flex>
  );
}
