import { Card, Flex, Typography } from 'antd';
import { useEffect, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { Brand, LangSwitch } from '../../layouts/ShellParts';

/** The frame of the pages for signed-out people: sign in, sign up, reset the password. */
export function AccountFrame({ title, children, below }: { title: string; children: ReactNode; below?: ReactNode }) {
  const t = useT();
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [t, title]);
  return (
    <Flex vertical align="center" style={{ minHeight: '100vh', background: 'linear-gradient(180deg,#eaf1fb,#f7f9fc)', padding: 16 }}>
      <Flex justify="space-between" align="center" style={{ width: '100%', maxWidth: 960, marginBottom: 24 }}>
        <Brand sub={t('app.slogan')} />
        <LangSwitch />
      </Flex>
      <main id="main" style={{ width: '100%', maxWidth: 420 }}>
        <Card title={<Typography.Title level={3} style={{ margin: 0 }}>{title}</Typography.Title>}>{children}</Card>
        {below}
      </main>
    </Flex>
  );
}
