import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');

// The GraphQL client comes with the signed-in part of the app (app/SignedInRoot.tsx).
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
