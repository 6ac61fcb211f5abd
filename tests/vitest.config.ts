/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';

// Through Astro's Vite config so tests can import content.config.ts and .astro
// components; the dev toolbar off keeps its attributes out of rendered HTML.
export default getViteConfig(
  {
    test: {
      root: fileURLToPath(new URL('..', import.meta.url)),
      include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
      testTimeout: 60_000,
      // The broken-content builds share .astro/ with anything else that loads Astro.
      fileParallelism: false,
    },
  },
  { devToolbar: { enabled: false } },
);
