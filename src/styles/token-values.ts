import tokens from './tokens.css?raw';

/**
 * A design token's screen value as tokens.css sets it in :root, for the few
 * places CSS cannot reach (the theme-color meta, the web app manifest), so that
 * colours are still written only in tokens.css.
 */
export function tokenValue(name: string): string {
  const value = new RegExp(`^\\s*--${name}:\\s*([^;]+);`, 'm').exec(tokens)?.[1];
  if (!value) throw new Error(`src/styles/tokens.css has no --${name}`);
  return value.trim();
}
