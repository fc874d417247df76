import type { ResultProps } from 'antd';
import { useEffect, useState, type ComponentType } from 'react';

let loaded: ComponentType<ResultProps> | undefined;

/**
 * antd's Result, whose 403/404/500 illustrations weigh about 8 KB compressed, loads only when a page shows a failure or
 * a status; until it has arrived (or when the network is down, the usual reason for a failure) the same title,
 * explanation and actions are shown plainly.
 */
export function Result(props: ResultProps) {
  const [Loaded, setLoaded] = useState(() => loaded);
  useEffect(() => {
    if (Loaded) return;
    let live = true;
    import('antd/es/result')
      .then((m) => {
        loaded = m.default;
        if (live) setLoaded(() => m.default);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [Loaded]);
  if (Loaded) return <Loaded {...props} />;
  return (
    <div style={{ padding: '48px 32px', textAlign: 'center' }}>
      <div style={{ fontSize: 24, lineHeight: 1.33, marginBottom: 8 }}>{props.title}</div>
      <div style={{ color: 'rgba(0, 0, 0, 0.65)' }}>{props.subTitle}</div>
      {props.extra ? <div style={{ marginTop: 24 }}>{props.extra}</div> : null}
    </div>
  );
}
