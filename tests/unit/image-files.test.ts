import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentImageWidths } from '../../src/components/content-image.ts';
import { imageFileProblem, MAX_IMAGE_MB } from '../../src/lib/content/check/image-files.ts';

const folder = mkdtempSync(join(tmpdir(), 'image-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
const file = (name: string, bytes: number[] | string) => {
  const path = join(folder, name);
  writeFileSync(path, typeof bytes === 'string' ? bytes : Buffer.from(bytes));
  return path;
};

describe('a picture file an editor adds', () => {
  it.each([
    ['a.jpg', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['a.png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]],
    ['a.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>'],
  ] as const)('%s is a picture the build can read', (name, bytes) => {
    expect(imageFileProblem(file(name, bytes as number[] | string))).toBeUndefined();
  });

  it('a phone’s HEIC photo renamed to .jpg is named as such', () => {
    expect(imageFileProblem(file('b.jpg', [0, 0, 0, 0x18, ...Buffer.from('ftypheic')]))?.message).toContain('HEIC');
  });

  it('a PNG called .jpg, and a document called .png, are told apart', () => {
    expect(imageFileProblem(file('c.jpg', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toMatchObject({ message: 'to obrazek PNG, a nazwa kończy się na .jpg' });
    expect(imageFileProblem(file('d.png', '%PDF-1.7'))?.message).toBe('tego pliku nie da się odczytać jako obrazka');
  });

  it(`over ${MAX_IMAGE_MB} MB is stopped with the size it has`, () => {
    const path = file('e.jpg', [0xff, 0xd8, 0xff]);
    truncateSync(path, (MAX_IMAGE_MB + 1) * 1024 * 1024); // sparse: no 21 MB written
    expect(imageFileProblem(path)?.message).toBe(`obrazek ma 21 MB, a najwięcej można ${MAX_IMAGE_MB} MB`);
  });
});

describe('the sizes a picture is made in', () => {
  it('never wider than the reading column at 2× or than the original', () => {
    expect(contentImageWidths({ width: 6000 })).toEqual({ widths: [320, 640, 960, 1344], width: 960 });
    expect(contentImageWidths({ width: 800 })).toEqual({ widths: [320, 640], width: 640 });
    expect(contentImageWidths({ width: 200 })).toEqual({ widths: [200], width: 200 });
  });
});
