import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { Spin } from 'antd';
import { api, setCsrfToken, setUnauthorizedHandler } from './api.js';
import { AppLayout } from './components/AppLayout.js';
import { LoginPage } from './pages/LoginPage.js';
import { NotFound } from './components/NotFound.js';
import { useRoute, type Route } from './router.js';
import { UserContext } from './session.js';
import type { Session } from './types.js';

// Pages load on first visit: ECharts (dashboard) and pdf.js (review) are large and not needed to log in.
const DashboardPage = lazy(() => import('./pages/DashboardPage.js').then((m) => ({ default: m.DashboardPage })));
const DocumentsPage = lazy(() => import('./pages/DocumentsPage.js').then((m) => ({ default: m.DocumentsPage })));
const ReviewPage = lazy(() => import('./pages/ReviewPage.js').then((m) => ({ default: m.ReviewPage })));
const RulesPage = lazy(() => import('./pages/RulesPage.js').then((m) => ({ default: m.RulesPage })));
const AdminPage = lazy(() => import('./pages/AdminPage.js').then((m) => ({ default: m.AdminPage })));

export function App() {
  const [session, setSession] = useState<Session | null>(null);
  const [checking, setChecking] = useState(true);
  const route = useRoute();

  const signIn = useCallback((s: Session | null) => {
    setCsrfToken(s?.csrfToken ?? null);
    setSession(s);
  }, []);

  useEffect(() => {
    setUnauthorizedHandler(() => signIn(null));
    api
      .me()
      .then(signIn)
      .catch(() => signIn(null))
      .finally(() => setChecking(false));
    return () => setUnauthorizedHandler(null);
  }, [signIn]);

  const logout = useCallback(async () => {
    try {
      await api.logout();
    } finally {
      signIn(null);
    }
  }, [signIn]);

  if (checking) {
    return (
      <div style={{ height: '100%', display: 'grid', placeItems: 'center' }}>
        <Spin size="large" description="正在加载…" />
      </div>
    );
  }
  if (!session) return <LoginPage onSignedIn={signIn} />;

  const section = sectionOf(route);
  return (
    <UserContext.Provider value={session.user}>
      <AppLayout user={session.user} section={section} onLogout={logout}>
        <Suspense fallback={<Spin />}>
          <Page route={route} isAdmin={session.user.role === 'admin'} />
        </Suspense>
      </AppLayout>
    </UserContext.Provider>
  );
}

export type Section = 'dashboard' | 'documents' | 'rules' | 'admin';

function sectionOf(route: Route): Section {
  const first = route.segments[0];
  return first === 'documents' || first === 'rules' || first === 'admin' ? first : 'dashboard';
}

function Page({ route, isAdmin }: { route: Route; isAdmin: boolean }) {
  const [first, second] = route.segments;
  switch (first) {
    case undefined:
    case 'dashboard':
      return <DashboardPage />;
    case 'documents': {
      if (second === undefined) return <DocumentsPage />;
      const id = Number(second);
      return Number.isInteger(id) && id > 0 ? <ReviewPage key={id} documentId={id} /> : <NotFound />;
    }
    case 'rules':
      return <RulesPage />;
    case 'admin':
      return isAdmin ? <AdminPage /> : <NotFound text="仅管理员可访问用户管理" />;
    default:
      return <NotFound />;
  }
}
