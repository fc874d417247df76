import type { DrawerProps } from 'antd';
import { useEffect, useState, type ComponentType } from 'react';

let loaded: ComponentType<DrawerProps> | undefined;

/** antd's Drawer, fetched the first time it opens: the phone menu's drawer is not part of a page's first load. */
export function Drawer(props: DrawerProps) {
  const [Loaded, setLoaded] = useState(() => loaded);
  const { open } = props;
  useEffect(() => {
    if (Loaded || !open) return;
    let live = true;
    import('antd/es/drawer')
      .then((m) => {
        loaded = m.default;
        if (live) setLoaded(() => m.default);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [Loaded, open]);
  return Loaded ? <Loaded {...props} /> : null;
}
