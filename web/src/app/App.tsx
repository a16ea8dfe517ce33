import { lazy, Suspense, useState, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LoginPage } from '../features/auth/LoginPage';
import { NotFoundPage } from './NotFoundPage';

/** A page loaded with its route: the sign-in page downloads none of the signed-in pages. */
function page<M>(load: () => Promise<M>, name: keyof M): ReactNode {
  const Page = lazy(async () => ({ default: (await load())[name] as ComponentType }));
  return (
    <Suspense fallback={<p className="muted">Loading…</p>}>
      <Page />
    </Suspense>
  );
}

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // The public Profile Portal: no sign-in, no signed-in shell.
  {
    path: '/portal/extend',
    element: page(() => import('../features/portal/PortalExtendPage'), 'PortalExtendPage'),
  },
  // Public too: a staff member sets their password from an invitation or reset link.
  {
    path: '/set-password',
    element: page(() => import('../features/auth/SetPasswordPage'), 'SetPasswordPage'),
  },
  {
    // Every other page lives in the signed-in shell.
    path: '/',
    element: page(() => import('./SignedInRoot'), 'SignedInRoot'),
    children: [
      {
        index: true,
        element: page(() => import('../features/dashboard/DashboardPage'), 'DashboardPage'),
      },
      {
        path: 'profiles',
        element: page(() => import('../features/profiles/ProfilesPage'), 'ProfilesPage'),
      },
      {
        path: 'profiles/:id',
        element: page(() => import('../features/profiles/ProfilePage'), 'ProfilePage'),
      },
      {
        path: 'redemptions',
        element: page(
          () => import('../features/redemptions/FindRedemptionPage'),
          'FindRedemptionPage',
        ),
      },
      {
        path: 'definitions',
        element: page(() => import('../features/catalog/DefinitionsPage'), 'DefinitionsPage'),
      },
      {
        path: 'reactions',
        element: page(() => import('../features/reactions/ReactionsPage'), 'ReactionsPage'),
      },
      {
        path: 'reward-types',
        element: page(() => import('../features/catalog/RewardTypesPage'), 'RewardTypesPage'),
      },
      {
        path: 'settings',
        element: page(() => import('../features/settings/SettingsPage'), 'SettingsPage'),
      },
      { path: 'staff', element: page(() => import('../features/access/StaffPage'), 'StaffPage') },
      {
        path: 'api-keys',
        element: page(() => import('../features/access/ApiKeysPage'), 'ApiKeysPage'),
      },
      {
        path: 'bulk-issue',
        element: page(() => import('../features/bulk/BulkIssuePage'), 'BulkIssuePage'),
      },
      {
        path: 'bulk-issue/:jobId',
        element: page(() => import('../features/bulk/BulkIssueJobPage'), 'BulkIssueJobPage'),
      },
      {
        path: 'webhooks',
        element: page(() => import('../features/webhooks/WebhooksPage'), 'WebhooksPage'),
      },
      {
        path: 'webhooks/:id',
        element: page(() => import('../features/webhooks/WebhookPage'), 'WebhookPage'),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
