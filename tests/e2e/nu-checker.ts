import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './site';

/** The W3C Nu HTML Checker (vnu-jar, run on the machine's Java) over every built page. */
const vnu = join(projectRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

export interface Message {
  type: 'error' | 'info' | 'non-document-error';
  subType?: 'warning';
  url: string;
  lastLine?: number;
  message: string;
}

export function validate(files: string[]): Message[] {
  // vnu writes its JSON report to stderr, and exits non-zero only for errors:
  // read the report whatever the exit code, so warnings are seen too.
  const run = spawnSync('java', ['-jar', vnu, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw run.error;
  if (!run.stderr.trim().startsWith('{')) throw new Error(`the Nu checker gave no report (exit ${run.status}): ${run.stderr}${run.stdout}`);
  return (JSON.parse(run.stderr) as { messages: Message[] }).messages;
}

/**
 * The checker warns about every inline <style> and <script> under a <meta> CSP
 * without nonce or 'unsafe-inline', because it does not compute hashes (its
 * CspEnforcementChecker only looks for those two), and it counts JSON-LD as
 * script although CSP does not apply to data blocks; reading files, it has no
 * origin either, so 'self' matches none of the site's own scripts. Such a warning
 * is set aside only when this test has done the check itself: every inline
 * style's SHA-256 is in the page's own style-src, every inline script is JSON-LD,
 * an external script is a path on this site and script-src allows 'self'. Chromium
 * enforcing the same policy reports no violation (tests/e2e/hosting/privacy.spec.ts).
 */
export function cspFalsePositive(message: Message): boolean {
  if (!/violates Content Security Policy \(meta tag\)/.test(message.message)) return false;
  const html = readFileSync(fileURLToPath(message.url), 'utf8');
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
  const external = /^Resource violates .*: external script “(\/[^/“”][^“”]*)” blocked by “script-src”/.exec(message.message);
  if (external) return /script-src[^;]*'self'/.test(policy);
  const allowedStyles = new Set([...(/style-src([^;]*)/.exec(policy)?.[1] ?? '').matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]));
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => createHash('sha256').update(m[1]!).digest('base64'));
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!).filter((attributes) => !/\bsrc=/.test(attributes));
  if (message.message.startsWith('Inline style')) return styles.length > 0 && styles.every((hash) => allowedStyles.has(hash));
  if (message.message.startsWith('Inline script')) return scripts.every((attributes) => /type="application\/ld\+json"/.test(attributes));
  return false;
}
