// The resident query set (tests/search-quality/queries.json) run through the
// real search page of the built site, in Chromium, as a resident would: open
// /szukaj/?q=… and read the results in order. For each category it reports
// top-1 (the first result is one of the expected pages), top-3 recall (the
// share of the expected pages among the first three), the zero-result rate
// (queries that should find something and find nothing) and, for queries that
// should find nothing, the false-result rate. Used by `npm run bench:search`.
import { readFileSync } from 'node:fs';
import { localeCodes } from '../src/i18n/locales.ts';
import { sectionPath } from '../src/lib/site/index.ts';

const set = JSON.parse(readFileSync(new URL('../tests/search-quality/queries.json', import.meta.url), 'utf8'));

/** What the search page shows for each query: result paths, in order. */
export async function runQueries(browser, origin) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const answers = [];
  for (const query of set.queries) {
    await page.goto(`${origin}${sectionPath('search', query.lang)}?q=${encodeURIComponent(query.q)}`);
    await page.waitForSelector(`site-search[data-results-for="${query.q.replaceAll('"', '\\"')}"]`);
    const shown = await page.locator('.results h2 a').evaluateAll((links) => links.map((a) => new URL(a.href).pathname));
    answers.push({ ...query, shown });
  }
  await context.close();
  return answers;
}

const percent = (part, whole) => (whole === 0 ? '–' : `${((100 * part) / whole).toFixed(0)}%`);

/** The table per category, the misses one line each, and the totals the thresholds speak of. */
export function report(answers) {
  const lines = ['| category | queries | top-1 | top-3 recall | zero results | false results |', '|---|---|---|---|---|---|'];
  const categories = [...new Set(answers.map((a) => a.category))];
  const score = (list) => {
    const finding = list.filter((a) => a.category !== 'nothing');
    const nothing = list.filter((a) => a.category === 'nothing');
    const top1 = finding.filter((a) => a.first.includes(a.shown[0])).length;
    const recall = finding.reduce((sum, a) => sum + a.top3.filter((p) => a.shown.slice(0, 3).includes(p)).length / a.top3.length, 0);
    const zero = finding.filter((a) => a.shown.length === 0).length;
    const falseResults = nothing.filter((a) => a.shown.length > 0).length;
    return { n: list.length, finding: finding.length, nothing: nothing.length, top1, recall, zero, falseResults };
  };
  const row = (name, s) =>
    `| ${name} | ${s.n} | ${percent(s.top1, s.finding)} | ${percent(s.recall, s.finding)} | ${percent(s.zero, s.finding)} | ${s.nothing ? percent(s.falseResults, s.nothing) : '–'} |`;
  for (const category of categories) lines.push(row(category, score(answers.filter((a) => a.category === category))));
  for (const lang of localeCodes) lines.push(row(`all ${lang}`, score(answers.filter((a) => a.lang === lang))));
  const total = score(answers);
  lines.push(row('**all**', total));
  const misses = answers.filter((a) => (a.category === 'nothing' ? a.shown.length > 0 : !a.first.includes(a.shown[0])));
  lines.push('', `Misses (${misses.length}):`);
  for (const a of misses) lines.push(`  [${a.lang} ${a.category}] "${a.q}" → ${a.shown.slice(0, 3).join(' ') || '(nothing)'}   expected ${a.first.join(' or ') || 'nothing'}`);
  return { text: lines.join('\n'), total };
}
