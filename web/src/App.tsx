import { ConfigProvider, Skeleton, theme } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { type ComponentType } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, useLocation, useRouteError, type RouteObject } from 'react-router-dom';
import { AuthProvider, homeOf, useAuth } from './auth/AuthContext';
import { elderTokens, ElderProvider, useElder } from './elder';
import { ErrorState } from './components/errors';
import { FeedbackProvider } from './components/feedback';
import { Forbidden, NotFound } from './components/Statuses';
import { LangProvider, useLang, useT } from './i18n';
import { mayOpen } from './layouts/menu';
import PublicLayout from './layouts/PublicLayout';
import { routes, type Area, type PageRoute } from './routes';

function Guard({ route, Page }: { route: PageRoute; Page: ComponentType }) {
  const { me, checking } = useAuth();
  const location = useLocation();
  const t = useT();
  if (checking) return <Skeleton active aria-label={t('state.loading')} />;
  if (!mayOpen(route, me)) {
    if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
    return <Forbidden />;
  }
  return <Page />;
}

function RouteError() {
  const error = useRouteError();
  return <ErrorState error={error} onRetry={() => window.location.reload()} />;
}

function Home() {
  const { me, checking } = useAuth();
  if (checking) return <Skeleton active />;
  return <Navigate to={homeOf(me)} replace />;
}

function Fallback() {
  return <Skeleton active style={{ padding: 24 }} />;
}

/** Each area's layout loads with the area's first page: a citizen's phone never downloads the staff shell. */
const layouts: Record<Area, () => Promise<ComponentType>> = {
  portal: async () => (await import('./layouts/PortalLayout')).default,
  public: async () => PublicLayout,
  window: () => staffLayout('window'),
  review: () => staffLayout('review'),
  supervision: () => staffLayout('supervision'),
  inspector: () => staffLayout('inspector'),
};

async function staffLayout(area: Exclude<Area, 'portal' | 'public'>): Promise<ComponentType> {
  const StaffLayout = (await import('./layouts/StaffLayout')).default;
  return () => <StaffLayout area={area} />;
}

function buildRoutes(): RouteObject[] {
  const areas = Object.keys(layouts) as Area[];
  const children: RouteObject[] = areas.map((area) => ({
    lazy: async () => ({ Component: await layouts[area]() }),
    errorElement: <RouteError />,
    children: routes
      .filter((r) => r.area === area)
      .map((r) => ({
        path: r.path,
        errorElement: <RouteError />,
        lazy: async () => {
          const Page = (await r.page()).default;
          return { Component: () => <Guard route={r} Page={Page} /> };
        },
      })),
  }));
  return [
    {
      path: '/',
      HydrateFallback: Fallback,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Home /> },
        { path: 'login', lazy: async () => ({ Component: (await import('./pages/LoginPage')).default }) },
        { path: 'signup', lazy: async () => ({ Component: (await import('./pages/account/SignUpPage')).default }) },
        // the hall's calling screen: full-screen, no shell, open to anyone
        { path: 'hall/screen', lazy: async () => ({ Component: (await import('./pages/hall/ScreenPage')).default }) },
        { path: 'reset-password', lazy: async () => ({ Component: (await import('./pages/account/ResetPasswordPage')).default }) },
        ...children,
        { element: <PublicLayout />, children: [{ path: '*', element: <NotFound /> }] },
      ],
    },
  ];
}

const router = createBrowserRouter(buildRoutes());

function Themed() {
  const { lang } = useLang();
  const { elder } = useElder();
  // WCAG AA: text colours at 4.5:1 or better on white and on their light backgrounds (antd's defaults for secondary
  // text, success, warning and error text fall short of it)
  const base = {
    colorPrimary: '#1f5fbf',
    colorInfo: '#1f5fbf',
    colorLink: '#1f5fbf',
    colorSuccess: '#2b7a0b',
    colorWarning: '#a35c00',
    colorError: '#c4161c',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    borderRadius: 6,
    fontFamily: "'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif",
  };
  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : zhCN}
      // Two-character labels stay as written ("登录", not "登 录"): what people read is what tests and screen readers find.
      button={{ autoInsertSpace: false }}
      theme={{
        algorithm: theme.defaultAlgorithm,
        // Styles come from antd's prebuilt stylesheet (main.tsx) and the tokens above as CSS variables: no style is
        // computed in the browser, which was half the script a page ran before its first paint
        zeroRuntime: true,
        // 适老化 mode: larger type and controls, near-black text (elder.tsx)
        token: elder ? { ...base, ...elderTokens } : base,
      }}
    >
      <FeedbackProvider>
        <AuthProvider>
          <RouterProvider router={router} />
        </AuthProvider>
      </FeedbackProvider>
    </ConfigProvider>
  );
}

export default function App() {
  return (
    <LangProvider>
      <ElderProvider>
        <Themed />
      </ElderProvider>
    </LangProvider>
  );
}
