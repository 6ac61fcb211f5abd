import { escapeHtml as escape } from '../site/index.ts';

/**
 * Old addresses that keep working. An entry lists the addresses its content had
 * on the office's old site (`oldAddresses`); each becomes a permanent redirect
 * to the entry's page, in three forms, because hosts differ:
 * - nginx: a file of exact-match locations the shipped deploy/nginx.conf includes (301);
 * - hosts that read `_redirects` (Netlify, Cloudflare Pages): that file (301);
 * - any other static host: a small page at the old address that sends the
 *   reader on (meta refresh and a link) and names the new page as canonical.
 */
export interface Redirect {
  /** The old path, as written in `oldAddresses` (starts with /). */
  from: string;
  /** The page it now leads to: a root-relative path. */
  to: string;
}

/** dist/_redirects: one `from to 301` line each (Netlify's and Cloudflare's format). */
export function renderRedirectsFile(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${encodeURI(r.from)} ${r.to} 301\n`).join('');
}

/**
 * dist/_redirects.nginx, included in the server block of deploy/nginx.conf: an
 * exact-match location per old address (nginx matches the decoded path), which
 * wins over every other location.
 */
export function renderNginxRedirects(redirects: readonly Redirect[]): string {
  const quoted = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  return [
    '# Written by the build from the entries\u2019 oldAddresses (src/lib/hosting/redirects.ts).',
    ...redirects.map((r) => `location = ${quoted(r.from)} { return 301 ${quoted(r.to)}; }`),
    '',
  ].join('\n');
}

/**
 * Where the fallback page for an old address is written: the address itself
 * when it names an HTML file, its folder's index.html when it names none, and
 * nowhere when it names another kind of file (a host would serve the page with
 * that file's type; _redirects and nginx still cover it).
 */
export function fallbackFile(from: string): string | undefined {
  const path = from.replace(/^\/+/, '');
  if (/\.html?$/i.test(path)) return path;
  const last = path.replace(/\/$/, '').split('/').at(-1) ?? '';
  if (last.includes('.')) return undefined;
  return `${path.replace(/\/$/, '')}${path ? '/' : ''}index.html`;
}

export interface FallbackText {
  lang: string;
  title: string;
  /** Says where the page is now; `{{link}}` stands for the link to it. */
  text: string;
}

/** The page at an old address on a host that redirects nothing. */
export function fallbackPage(redirect: Redirect, absoluteTo: string, words: FallbackText): string {
  const link = `<a href="${escape(redirect.to)}">${escape(absoluteTo)}</a>`;
  const [before = '', after = ''] = escape(words.text).split('{{link}}');
  return `<!doctype html>
<html lang="${escape(words.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${escape(redirect.to)}">
<meta name="robots" content="noindex">
<link rel="canonical" href="${escape(absoluteTo)}">
<title>${escape(words.title)}</title>
</head>
<body>
<main>
<h1>${escape(words.title)}</h1>
<p>${before}${link}${after}</p>
</main>
</body>
</html>
`;
}
