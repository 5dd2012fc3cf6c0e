import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy*/waitFor wait up to 5 s, not 1 s: a panel's first render over the mock takes over a second in jsdom while CI
// runs Chromium beside it on two cores. A ceiling against hangs, not a speed check (that is `npm run bench`).
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());
