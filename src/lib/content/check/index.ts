import { relative } from 'node:path';
import { checkOffice } from '../office.ts';
import { checkStatementFacts } from '../statement-facts.ts';
import { checkBody, type BodyFacts } from './body.ts';
import { checkCountsAsOf } from './counts-as-of.ts';
import { checkBodyImages, checkStrayFiles } from './files.ts';
import { checkFilledIn } from './fill-in.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkSameFacts } from './same-facts.ts';
import { checkSearchMarkers, checkSearchMarkersInDataFiles } from './search-markers.ts';
import { checkUnknownFields } from './unknown-fields.ts';
import { checkLinks, checkOldAddresses, checkOwnSiteAddresses } from './links.ts';
import { formatProblem, sortProblems, type Problem } from './problems.ts';
import { readEntries, type RawEntry } from './read.ts';
import { checkAddresses, checkNetworkReferences, checkRequiredPages, checkSeries, checkTranslations, checkUnconfirmedWebsites, plannedPages } from './site.ts';

export { formatProblem, type Problem };

export interface CheckOptions {
  /** Drafts count as pages (the dev preview shows them); a build leaves them out. */
  includeDrafts: boolean;
}

/**
 * Everything that can be wrong with the content folder at `root`, found without
 * building the site. Errors must stop the build; warnings are listed.
 * Used by the build (src/integrations/content-guard.ts) and `npm run check:content`.
 */
export function checkContent(root: string, projectRoot: string, options: CheckOptions): Problem[] {
  const { entries: all, problems: unreadable } = readEntries(root, projectRoot);
  const facts = new Map<RawEntry, BodyFacts>();
  const perFile = all.flatMap((entry) => {
    const body = checkBody(entry);
    facts.set(entry, body.facts);
    return [...checkFrontmatter(entry, projectRoot), ...checkUnknownFields(entry), ...checkFilledIn(entry), ...checkCountsAsOf(entry), ...checkSearchMarkers(entry), ...body.problems];
  });
  const entries = options.includeDrafts ? all : all.filter((e) => !e.draft);
  const contentPrefix = relative(projectRoot, root).split('\\').join('/') || '.';
  const { planned, problems: unaddressed } = plannedPages(entries);
  return sortProblems([
    ...unreadable,
    ...perFile,
    ...unaddressed,
    ...checkAddresses(planned),
    ...checkNetworkReferences(entries, all),
    // A required page that exists but cannot be read is reported as unreadable, not as missing.
    ...checkRequiredPages(contentPrefix, all).filter((p) => !unreadable.some((u) => u.file === p.file)),
    ...checkTranslations(contentPrefix, entries),
    ...checkSameFacts(entries),
    ...checkSeries(entries),
    ...checkUnconfirmedWebsites(entries),
    ...checkLinks(planned, facts, projectRoot),
    ...checkOwnSiteAddresses(entries, planned),
    ...checkOldAddresses(entries, planned),
    ...checkBodyImages(all, facts, projectRoot),
    ...checkStrayFiles(root, projectRoot, all, facts),
    ...checkStatementFacts(root, contentPrefix),
    ...checkOffice(root, contentPrefix),
    ...checkSearchMarkersInDataFiles(root, contentPrefix),
  ]);
}
