import { expect, test, type Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expectedLang, notFoundPaths, sitemapPaths } from './site';

/**
 * WCAG 2.1 AA, proven page by page (issue: accessibility and Polish public-sector
 * compliance). Every URL in the sitemap, in both languages, plus the 404 pages.
 */
const pages = [...sitemapPaths(), ...notFoundPaths];


/** Elements a keyboard user can reach, in document order. */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';

/** Does the element look different when focused (outline, shadow or colours)? */
async function focusIsVisible(page: Page, selector: string, index: number): Promise<boolean> {
  return page.evaluate(
    ([sel, i]) => {
      const el = document.querySelectorAll<HTMLElement>(sel)[i]!;
      const look = () => {
        const s = getComputedStyle(el);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color].join('|');
      };
      (document.activeElement as HTMLElement | null)?.blur();
      const before = look();
      el.focus({ focusVisible: true } as FocusOptions);
      const after = look();
      const s = getComputedStyle(el);
      const hasIndicator = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      return before !== after && hasIndicator;
    },
    [selector, index] as const,
  );
}

for (const path of pages) {
  test.describe(path, () => {
    test('axe (WCAG 2.0–2.2 A/AA) finds no violations; links that say the same lead to the same place', async ({ page }) => {
      await page.goto(path);
      expect(await axeViolations(page)).toEqual([]);
      // WCAG 2.4.4: link text makes sense out of context.
      const links = await page.$$eval('a[href]', (els) =>
        els.map((a) => ({ text: (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim(), href: (a as HTMLAnchorElement).href })),
      );
      const byText = new Map<string, Set<string>>();
      for (const { text, href } of links) byText.set(text, (byText.get(text) ?? new Set()).add(href));
      for (const [text, hrefs] of byText) expect([...hrefs], `“${text}”`).toHaveLength(1);
      for (const { text } of links) expect(text.toLowerCase()).not.toMatch(/^(kliknij|tutaj|więcej|czytaj dalej|click|here|more|read more)$/);
    });

    test('keyboard: skip link first, every control reachable in order, focus always visible', async ({ page }) => {
      await page.goto(path);
      const expected = await page.$$eval(FOCUSABLE, (els) =>
        els
          .filter((el) => (el as HTMLElement).offsetParent !== null || el.matches('.skip-link'))
          // A radio group is one Tab stop (its checked radio); arrows move inside it.
          .filter((el) => !(el instanceof HTMLInputElement && el.type === 'radio' && !el.checked))
          .map((el) => el.outerHTML),
      );
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await page.keyboard.press('Tab');
        const html = await page.evaluate(() => document.activeElement?.outerHTML ?? '');
        reached.push(html);
        const visible = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const s = getComputedStyle(el);
          return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2 && s.outlineColor !== 'rgba(0, 0, 0, 0)') || s.boxShadow !== 'none';
        });
        expect(visible, `focus indicator on ${html.slice(0, 80)}`).toBe(true);
      }
      expect(reached).toEqual(expected);
      expect(reached[0]).toContain('skip-link');
      await page.goto(path);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await expect(page.locator('main#main')).toBeFocused();
    });

    test('reflows at 320 px and at 200% text size without sideways scrolling or clipped content', async ({ page }) => {
      for (const [width, fontScale] of [
        [320, 1],
        [1280, 2],
        [640, 2],
      ] as const) {
        await page.setViewportSize({ width, height: 800 });
        await page.goto(path);
        // Through the CSSOM: the page's CSP (rightly) refuses an injected <style>.
        if (fontScale !== 1) await page.evaluate((scale) => (document.documentElement.style.fontSize = `${scale * 100}%`), fontScale);
        const problems = await page.evaluate(() => {
          const out: string[] = [];
          const root = document.documentElement;
          if (root.scrollWidth > root.clientWidth) out.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
          for (const el of document.querySelectorAll<HTMLElement>('body *')) {
            if (el.closest('.skip-link, .visually-hidden') || el.getClientRects().length === 0) continue;
            const s = getComputedStyle(el);
            const clips = ['hidden', 'clip'].includes(s.overflowX) || ['hidden', 'clip'].includes(s.overflowY);
            if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) out.push(`clipped: ${el.outerHTML.slice(0, 80)}`);
            const box = el.getBoundingClientRect();
            if (box.right > root.clientWidth + 1) out.push(`past the right edge: ${el.outerHTML.slice(0, 80)}`);
          }
          return out;
        });
        expect(problems, `${width} px, text ×${fontScale}`).toEqual([]);
      }
    });

    test('reduced motion: nothing moves; more contrast and forced colours: axe passes and focus stays visible', async ({ page }) => {
      await page.goto(path);
      // What moves on this site: smooth scrolling to an anchor. Reduced motion must turn it off.
      const motion = async () =>
        page.evaluate(() => {
          document.querySelector<HTMLElement>('a[href]')?.focus();
          return { scroll: getComputedStyle(document.documentElement).scrollBehavior, animations: document.getAnimations().length };
        });
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      expect((await motion()).scroll, 'smooth scrolling is there to turn off').toBe('smooth');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await motion()).toEqual({ scroll: 'auto', animations: 0 });
      for (const media of [{ reducedMotion: 'reduce' }, { contrast: 'more' }, { forcedColors: 'active' }] as const) {
        await page.emulateMedia(media);
        // Reduced motion changes no colour or layout (the first test ran axe on those); the other two restyle the page.
        if (!('reducedMotion' in media)) expect(await axeViolations(page), JSON.stringify(media)).toEqual([]);
        const count = await page.locator('a[href]').count();
        for (const index of new Set([0, Math.floor(count / 2), count - 1])) {
          expect(await focusIsVisible(page, 'a[href]', index), `link ${index} focus visible with ${JSON.stringify(media)}`).toBe(true);
        }
      }
    });

  });
}

test('headings never skip a level, and each event in a list sits one level below the list’s heading', async ({ page }) => {
  for (const path of pages) {
    await page.goto(path);
    const levels = await page.locator('main :is(h1, h2, h3, h4, h5, h6)').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels[0], path).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level, `${path}: heading ${i + 1}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    });
  }
  // The events page: upcoming and past under their h2; a list by year: the events under its h1.
  for (const [path, level] of [['/wydarzenia/', 3], ['/en/events/', 3], ['/wydarzenia/2023/', 2], ['/en/events/2023/', 2]] as const) {
    await page.goto(path);
    const lists = page.locator('main ul.events');
    expect(await lists.count(), path).toBeGreaterThan(0);
    for (const list of await lists.all()) {
      const below = await list.evaluate((ul) => {
        let previous = ul.previousElementSibling;
        while (previous && !/^H[1-6]$/.test(previous.tagName)) previous = previous.previousElementSibling;
        return previous ? Number(previous.tagName[1]) : 1;
      });
      expect(below + 1, path).toBe(level);
      expect(await list.locator(`:scope > li > h${level}`).count(), path).toBe(await list.locator(':scope > li').count());
    }
  }
});

test('English names in Polish text carry lang="en" (WCAG 3.1.2)', async ({ page }) => {
  const names = ['Femcities Network', 'PEN International', 'International Cities of Refuge Network', 'Human rights cities in the EU'];
  let checked = 0;
  for (const path of sitemapPaths().filter((p) => expectedLang(p) === 'pl')) {
    await page.goto(path);
    const unmarked = await page.evaluate((terms) => {
      const out: string[] = [];
      const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang');
        for (const term of terms) if (node.textContent?.includes(term) && lang !== 'en') out.push(term);
      }
      return out;
    }, names);
    checked += 1;
    expect(unmarked, path).toEqual([]);
  }
  expect(checked).toBeGreaterThan(5);
});
