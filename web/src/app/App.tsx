import { useState } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { LoginPage } from '../features/auth/LoginPage';
import { DefinitionsPage } from '../features/catalog/DefinitionsPage';
import { RewardTypesPage } from '../features/catalog/RewardTypesPage';
import { DashboardPage } from '../features/dashboard/DashboardPage';
import { ProfilePage } from '../features/profiles/ProfilePage';
import { ProfilesPage } from '../features/profiles/ProfilesPage';
import { FindRedemptionPage } from '../features/redemptions/FindRedemptionPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { NotFoundPage } from './NotFoundPage';
import { RequireAuth } from './RequireAuth';

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
