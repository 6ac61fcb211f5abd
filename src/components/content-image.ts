import type { ImageMetadata } from 'astro';

/**
 * The widths a content picture is made in: the reading column is at most 42rem
 * (672 px at the default text size), so 320 and 640 serve phones, 960 and 1344
 * serve that column on screens of 1.5 and 2 device pixels per CSS pixel. Nothing
 * larger is ever made, so a 6000 px photo does not become a 5 MB file.
 */
export const CONTENT_IMAGE_WIDTHS = [320, 640, 960, 1344] as const;
export const CONTENT_IMAGE_SIZES = '(min-width: 42rem) 42rem, 100vw';

/** The widths to make of `image` (never wider than the original) and the one `src` falls back to. */
export function contentImageWidths(image: Pick<ImageMetadata, 'width'>): { widths: number[]; width: number } {
  const widths = CONTENT_IMAGE_WIDTHS.filter((w) => w <= image.width);
  const usable = widths.length > 0 ? widths : [image.width];
  // The plain src (browsers without srcset) is the size most readers get: 960 or less.
  const width = usable.filter((w) => w <= 960).at(-1) ?? usable[0]!;
  return { widths: usable, width };
}
