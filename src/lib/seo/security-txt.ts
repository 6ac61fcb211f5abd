/**
 * /.well-known/security.txt (RFC 9116): where to report a security problem with
 * the site. Written only from a contact the office has confirmed; until then the
 * content check lists it as missing (src/lib/content/statement-facts.ts).
 */
export interface SecurityTxtFacts {
  /** A confirmed e-mail address of the office. */
  email: string;
  /** The site's address; the file names its own canonical URL. */
  site: URL;
  builtAt: Date;
  /** Languages the office answers in, the site's own (RFC 5646 tags). */
  languages: readonly string[];
}

/** How long a published file stays valid: the RFC asks for less than a year; the site is rebuilt nightly. */
export const SECURITY_TXT_VALID_DAYS = 180;

export function securityTxt({ email, site, builtAt, languages }: SecurityTxtFacts): string {
  const expires = new Date(builtAt.getTime() + SECURITY_TXT_VALID_DAYS * 24 * 60 * 60 * 1000);
  // Whole seconds, as RFC 3339 writes them in the RFC's own examples.
  const stamp = expires.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    `Contact: mailto:${email}`,
    `Expires: ${stamp}`,
    `Preferred-Languages: ${languages.join(', ')}`,
    `Canonical: ${new URL('/.well-known/security.txt', site).href}`,
    '',
  ].join('\n');
}
