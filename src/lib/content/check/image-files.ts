import { closeSync, openSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';

/**
 * A picture file the build can turn into web images: a format the image
 * service reads, told by the file's first bytes (a phone's HEIC photo renamed
 * to .jpg is still HEIC), and no larger than editors are told in the guide.
 * The build makes every picture at most 1344 px wide (src/components/content-image.ts),
 * so a bigger original only slows the build and the repository.
 */
export const MAX_IMAGE_MB = 20;

const formats: Array<[name: string, test: (head: Buffer) => boolean, extensions: string[]]> = [
  ['JPG', (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff, ['.jpg', '.jpeg']],
  ['PNG', (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), ['.png']],
  ['GIF', (h) => h.subarray(0, 4).toString('latin1') === 'GIF8', ['.gif']],
  ['WebP', (h) => h.subarray(0, 4).toString('latin1') === 'RIFF' && h.subarray(8, 12).toString('latin1') === 'WEBP', ['.webp']],
  ['AVIF', (h) => /^ftypavi[fs]/.test(h.subarray(4, 12).toString('latin1')), ['.avif']],
  ['SVG', (h) => /^\s*(<\?xml|<svg|<!--)/i.test(h.toString('utf8').replace(/^\uFEFF/, '')), ['.svg']],
];

/** The first bytes of a file, which tell its real format whatever its name says. */
export function fileHead(path: string): Buffer {
  const buffer = Buffer.alloc(64);
  const fd = openSync(path, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** Why the picture at `path` cannot be published, or undefined. */
export function imageFileProblem(path: string): { message: string; fix: string } | undefined {
  const megabytes = statSync(path).size / 1024 / 1024;
  if (megabytes > MAX_IMAGE_MB) {
    return {
      message: `obrazek ma ${megabytes.toFixed(0)} MB, a najwięcej można ${MAX_IMAGE_MB} MB`,
      fix: 'zmniejsz go przed wstawieniem (np. do 3000 px szerokości); serwis i tak pokazuje go najwyżej w 1344 px',
    };
  }
  const bytes = fileHead(path);
  const format = formats.find(([, test]) => test(bytes));
  const extension = extname(path).toLowerCase();
  if (!format) {
    const heic = /^ftyp(heic|heix|mif1|hevc)/.test(bytes.subarray(4, 12).toString('latin1'));
    return {
      message: heic ? 'to zdjęcie w formacie HEIC (z telefonu), którego przeglądarki nie wyświetlają' : 'tego pliku nie da się odczytać jako obrazka',
      fix: 'zapisz go jako JPG albo PNG (np. „Eksportuj” lub „Zapisz jako” w programie do zdjęć)',
    };
  }
  const [name, , extensions] = format;
  if (!extensions.includes(extension)) {
    return { message: `to obrazek ${name}, a nazwa kończy się na ${extension}`, fix: `zmień rozszerzenie na ${extensions[0]} (i nazwę w treści strony)` };
  }
  return undefined;
}
