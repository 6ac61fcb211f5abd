// npm run deploy:policy — rewrites the generated blocks of deploy/nginx.conf
// (maps, headers, not-found) from src/lib/hosting/policy.ts. The rest of the
// file is left as written. tests/unit/hosting-policy.test.ts fails until the
// committed file matches the table.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { withGeneratedBlocks } from '../src/lib/hosting/index.ts';

const file = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
const before = readFileSync(file, 'utf8');
const after = withGeneratedBlocks(before);
if (after === before) console.log('deploy/nginx.conf jest aktualny.');
else {
  writeFileSync(file, after);
  console.log('Zaktualizowano deploy/nginx.conf (bloki generowane z src/lib/hosting/policy.ts).');
}
