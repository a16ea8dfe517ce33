import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LoginPage } from './auth/LoginPage';
import { RequireAuth } from './auth/RequireAuth';
import { DefinitionsPage } from './catalog/DefinitionsPage';
import { RewardTypesPage } from './catalog/RewardTypesPage';
import { DashboardPage } from './dashboard/DashboardPage';
import { ProfilePage } from './profiles/ProfilePage';
import { ProfilesPage } from './profiles/ProfilesPage';
import { FindRedemptionPage } from './redemptions/FindRedemptionPage';
import { SettingsPage } from './settings/SettingsPage';
import { NotFoundPage } from './shell/NotFoundPage';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    // Every other page lives in the signed-in shell.
    path: '/',
    element: <RequireAuth />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: 'profiles', element: <ProfilesPage /> },
      { path: 'profiles/:id', element: <ProfilePage /> },
      { path: 'redemptions', element: <FindRedemptionPage /> },
      { path: 'definitions', element: <DefinitionsPage /> },
      { path: 'reward-types', element: <RewardTypesPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function App() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
