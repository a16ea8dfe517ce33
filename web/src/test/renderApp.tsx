import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider, type InitialEntry } from 'react-router';
import { routes } from '../app/App';
import { createCache } from '../lib/cache';

/** Renders the real routes at `path` against mocked API responses (each answers one request). */
export function renderApp(mocks: readonly MockLink.MockedResponse[], path: InitialEntry = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <MockedProvider cache={createCache()} mocks={mocks}>
      <RouterProvider router={router} />
    </MockedProvider>,
  );
  return router;
}
