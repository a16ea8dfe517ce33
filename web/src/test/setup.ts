import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library cannot register this by itself.
afterEach(cleanup);

// Pages load with their routes (React.lazy); the first import of one is slow under test.
configure({ asyncUtilTimeout: 4000 });
