import { Button, Popconfirm, type ButtonProps } from 'antd';
import type { ReactNode } from 'react';
import { defineMessages, useT } from '../i18n';

const m = defineMessages({
  'confirm.ok': ['确定执行', 'Go ahead'],
  'confirm.cancel': ['再想想', 'Not yet'],
});

/**
 * A button for an action that cannot be undone (refuse, decide, publish, deliver …): it asks first, saying what
 * will happen, and acts only on the second, deliberate click.
 */
export function ConfirmButton({ confirm, description, onConfirm, children, ...button }: Omit<ButtonProps, 'onClick'> & { confirm: string; description?: ReactNode; onConfirm: () => unknown }) {
  const t = useT(m);
  return (
    <Popconfirm
      title={confirm}
      description={description ? <div style={{ maxWidth: 320 }}>{description}</div> : undefined}
      okText={t('confirm.ok')}
      cancelText={t('confirm.cancel')}
      okButtonProps={{ danger: button.danger }}
      disabled={button.disabled}
      onConfirm={() => void onConfirm()}
    >
      <Button {...button}>{children}</Button>
    </Popconfirm>
  );
}
