import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';
import { explainMdxError } from './mdx-errors.ts';
import { SEARCH_MARKER_FIX, searchMarkerMessage } from './search-markers.ts';
import { searchMarkersIn } from '../../site/index.ts';
import type { Problem } from './problems.ts';
import type { RawEntry } from './read.ts';

/**
 * Checks of an entry's MDX body, parsed by satteri (the same parser Astro's MDX
 * integration uses, so what fails here fails the build and nothing else does).
 */

export interface BodyLink {
  href: string;
  line: number | undefined;
  /** Written on <a hreflang="…">: a link meant to lead to a page in another language. */
  hreflang?: string | undefined;
}

export interface BodyFacts {
  /** Heading ids as Astro generates them (github-slugger), for anchor links. */
  anchors: Set<string>;
  links: BodyLink[];
  /** Pictures the body shows (Markdown images and <img>), as written. */
  images: BodyLink[];
}

interface Node {
  type: string;
  depth?: number;
  url?: string;
  alt?: string | null;
  name?: string | null;
  value?: string;
  attributes?: Array<{ type: string; name?: string; value?: unknown }>;
  children?: Node[];
  position?: { start?: { line?: number } };
}

/** Elements that would run code or pull in another site: never in content. */
const FORBIDDEN_ELEMENTS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form']);

const languageNames = new Intl.DisplayNames([], { type: 'language', fallback: 'none' }); // only asks: is it known?

/**
 * Why a lang value is not a language tag screen readers can use, or undefined:
 * a well-formed BCP 47 tag whose language is a known one ("en", "pt-BR").
 */
export function languageTagProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return 'brak kodu języka';
  let tag: string;
  try {
    [tag = ''] = Intl.getCanonicalLocales(value);
  } catch {
    return 'to nie jest kod języka';
  }
  const language = tag.split('-')[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(language) || languageNames.of(language) === undefined) return 'nieznany kod języka';
  return undefined;
}

function hasElement(node: Node, name: string): boolean {
  return (node.children ?? []).some((child) => child.name?.toLowerCase() === name || hasElement(child, name));
}

function textOf(node: Node): string {
  if (typeof node.value === 'string' && node.type !== 'mdxjsEsm') return node.value;
  return (node.children ?? []).map(textOf).join('');
}

/** The body's problems, and the anchors and links the link check needs. */
export function checkBody(entry: RawEntry): { facts: BodyFacts; problems: Problem[] } {
  const problems: Problem[] = [];
  const facts: BodyFacts = { anchors: new Set(), links: [], images: [] };
  let tree: Node;
  try {
    tree = mdxToMdast(entry.body) as unknown as Node;
  } catch (error) {
    const { line, message, fix } = explainMdxError(error);
    problems.push({ severity: 'error', file: entry.file, line, field: 'treść', message, fix });
    return { facts, problems };
  }

  const slugger = new GithubSlugger();
  let previousDepth = 1;
  const report = (node: Node, message: string, fix: string) =>
    problems.push({ severity: 'error', file: entry.file, line: node.position?.start?.line, field: 'treść', message, fix });

  const visit = (node: Node) => {
    const line = node.position?.start?.line;
    switch (node.type) {
      case 'heading': {
        const depth = node.depth ?? 2;
        facts.anchors.add(slugger.slug(textOf(node)));
        if (depth === 1) {
          report(node, 'nagłówek # (poziom 1) jest zarezerwowany dla tytułu strony', 'zacznij nagłówki w treści od ## (poziom 2)');
        } else if (depth > previousDepth + 1) {
          report(
            node,
            `nagłówek poziomu ${depth} pomija poziom ${previousDepth + 1}`,
            `użyj ${'#'.repeat(previousDepth + 1)} albo dodaj wyższy nagłówek przed nim`,
          );
        }
        previousDepth = depth;
        break;
      }
      case 'image':
        if (node.url) facts.images.push({ href: node.url, line });
        if (!node.alt?.trim()) {
          report(node, 'obrazek bez tekstu alternatywnego', 'opisz obrazek w nawiasach kwadratowych: ![co przedstawia](plik.jpg)');
        }
        break;
      case 'link':
        if (node.url) facts.links.push({ href: node.url, line });
        break;
      case 'text':
        for (const marker of searchMarkersIn(node.value ?? '')) report(node, searchMarkerMessage(marker), SEARCH_MARKER_FIX);
        break;
      case 'table': {
        // A screen reader announces each cell with its column's header; without one a table is a grid of numbers.
        const header = node.children?.[0];
        if (header && (header.children ?? []).every((cell) => textOf(cell).trim() === '')) {
          report(node, 'tabela nie ma nagłówków kolumn (pierwszy wiersz jest pusty)', 'wpisz w pierwszym wierszu, co jest w każdej kolumnie, np. | Miasto | Rok |');
        }
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = (node.name ?? '').toLowerCase();
        const attributes = node.attributes ?? [];
        if (FORBIDDEN_ELEMENTS.has(name)) {
          report(node, `znacznik <${name}> jest niedozwolony w treści`, 'usuń go; osadzanie kodu i cudzych stron wymaga zmiany w szablonie (zgłoś to zespołowi)');
        }
        for (const attribute of attributes) {
          if (attribute.name && /^on/i.test(attribute.name)) {
            report(node, `atrybut ${attribute.name} uruchamia skrypt i jest niedozwolony`, 'usuń ten atrybut');
          }
          if (attribute.name === 'id' && typeof attribute.value === 'string') facts.anchors.add(attribute.value);
          if (attribute.name === 'lang' || attribute.name === 'hreflang') {
            const problem = languageTagProblem(attribute.value);
            if (problem) report(node, `${attribute.name}="${String(attribute.value)}": ${problem}`, 'wpisz dwuliterowy kod języka, np. lang="en", lang="uk", lang="de"');
          }
        }
        const href = attributes.find((a) => a.name === 'href')?.value;
        const hreflang = attributes.find((a) => a.name === 'hreflang')?.value;
        if (typeof href === 'string') facts.links.push({ href, line, hreflang: typeof hreflang === 'string' ? hreflang : undefined });
        const src = attributes.find((a) => a.name === 'src')?.value;
        if (name === 'img' && typeof src === 'string') facts.images.push({ href: src, line });
        if (name === 'table' && !hasElement(node, 'th')) {
          report(node, 'tabela <table> nie ma komórek nagłówka <th>', 'zapisz ją w Markdownie (pierwszy wiersz to nagłówki: | Miasto | Rok |) albo dodaj <th> w pierwszym wierszu');
        }
        if (name === 'img' && !attributes.some((a) => a.name === 'alt')) {
          report(node, 'obrazek <img> bez atrybutu alt', 'dodaj alt="opis obrazka" (albo alt="" dla ozdobnika)');
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return { facts, problems };
}
