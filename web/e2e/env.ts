// Shared by the Playwright config (which starts the server) and the specs (which sign in).
export const E2E_PORT = 4173;
export const E2E_BASE_URL = `http://127.0.0.1:${E2E_PORT}`;
export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'e2e-Admin-password-1';
