import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

export interface Item {
  key: string;
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  body?: ReactNode;
  actions?: ReactNode[];
}

/** A plain, accessible list of entries (title, meta line, body, actions). antd's List is deprecated in v6. */
export function ItemList({ items, size = 'default' }: { items: Item[]; size?: 'small' | 'default' }) {
  const pad = size === 'small' ? '8px 0' : '12px 0';
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((i) => (
        <li key={i.key} style={{ padding: pad, borderBottom: '1px solid rgba(5,5,5,.06)', overflowWrap: 'anywhere' }}>
          <Flex justify="space-between" align="start" gap={8} wrap="wrap">
            <div style={{ minWidth: 0, flex: 1 }}>
              <div style={{ fontWeight: 500 }}>{i.title}</div>
              {i.description ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.description}</Typography.Text> : null}
            </div>
            {i.extra}
          </Flex>
          {i.body ? <div style={{ marginTop: 4 }}>{i.body}</div> : null}
          {i.actions?.length ? (
            <Flex gap={8} wrap="wrap" style={{ marginTop: 4 }}>
              {i.actions}
            </Flex>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
