/** Polish letters that Unicode does not decompose into a base letter and a mark. */
const SPECIAL: Record<string, string> = { ł: 'l', Ł: 'l', ß: 'ss', æ: 'ae', ø: 'o', đ: 'd' };

/**
 * A readable, lowercase ASCII address from a title:
 * "Międzynarodowe Forum Miast Empatycznych 2023" → "miedzynarodowe-forum-miast-empatycznych-2023".
 */
export function slugify(title: string): string {
  return title
    .replace(/[łŁßæøđ]/g, (c) => SPECIAL[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/-{2,}/g, '-');
}
