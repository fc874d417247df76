import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { HALL_REGION, useScreenStream, type HallScreen } from '../../api/hall';
import { useApi } from '../../api/hooks';
import { client, unwrap } from '../../api/typed';
import { defineMessages, useT } from '../../i18n';

const m = defineMessages({
  'hs.title': ['叫号屏', 'Calling screen'],
  'hs.now': ['请 {number} 号到 {window} 办理', 'Number {number}, please go to {window}'],
  'hs.recent': ['最近叫号', 'Recent calls'],
  'hs.waiting': ['等候人数', 'Waiting'],
  'hs.idle': ['请取号等候', 'Please take a number'],
});

const big = { fontSize: 'clamp(32px, 7vw, 120px)', fontWeight: 700, lineHeight: 1.2 } as const;

/** 叫号屏: the hall's full-screen display; it follows the calls live (server-sent events) without being touched. */
export default function ScreenPage() {
  const t = useT(m);
  const [params] = useSearchParams();
  const region = params.get('region') ?? HALL_REGION;
  const first = useApi((signal) => unwrap(client.GET('/api/v1/public/hall/screen', { params: { query: { region } }, signal })), [region]);
  const [live, setLive] = useState<HallScreen>();
  useScreenStream(region, setLive);
  const s = live ?? first.data;
  const now = s?.calls.find((c) => c.serving) ?? s?.calls[0];
  return (
    <main style={{ minHeight: '100vh', background: '#7a0c0c', color: '#fff', padding: '3vh 4vw', display: 'flex', flexDirection: 'column', gap: '3vh' }}>
      <h1 style={{ margin: 0, fontSize: 'clamp(24px, 3vw, 48px)', color: '#ffe58f' }}>{t('hs.title')}</h1>
      <section aria-live="assertive" data-testid="screen-now" style={{ ...big, background: '#a8071a', borderRadius: 16, padding: '4vh 3vw', textAlign: 'center' }}>
        {now ? t('hs.now', { number: now.number, window: now.window }) : t('hs.idle')}
      </section>
      <section style={{ display: 'flex', gap: '4vw', flexWrap: 'wrap' }}>
        <div style={{ flex: 2, minWidth: 320 }}>
          <h2 style={{ color: '#ffe58f', fontSize: 'clamp(20px, 2.4vw, 40px)' }}>{t('hs.recent')}</h2>
          <ul data-testid="screen-calls" style={{ listStyle: 'none', padding: 0, margin: 0, fontSize: 'clamp(20px, 3vw, 56px)' }}>
            {(s?.calls ?? []).slice(0, 8).map((c) => (
              <li key={`${c.id}-${c.calls}`} style={{ display: 'flex', justifyContent: 'space-between', borderBottom: '1px solid rgba(255,255,255,.3)', padding: '0.4vh 0' }}>
                <strong>{c.number}</strong><span>{c.window}</span>
              </li>
            ))}
          </ul>
        </div>
        <div style={{ flex: 1, minWidth: 240 }}>
          <h2 style={{ color: '#ffe58f', fontSize: 'clamp(20px, 2.4vw, 40px)' }}>{t('hs.waiting')}</h2>
          <ul style={{ listStyle: 'none', padding: 0, margin: 0, fontSize: 'clamp(20px, 2.6vw, 48px)' }}>
            {(s?.zones ?? []).map((z) => (
              <li key={z.id} style={{ display: 'flex', justifyContent: 'space-between' }}><span>{z.letter} {z.name}</span><strong>{z.waiting}</strong></li>
            ))}
          </ul>
        </div>
      </section>
    </main>
  );
}
