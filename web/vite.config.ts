import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API server during development; in production it serves this build itself.
const apiTarget = 'http://localhost:4000';

export default defineConfig({
  plugins: [react()],
  server: {
    proxy: {
      '/graphql': apiTarget,
      '/health': apiTarget,
    },
  },
});
