import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { fileHead } from './check/image-files.ts';
import type { Problem } from './check/problems.ts';
import { contentIsSettled, fact, OFFICE_FILE, readFactsYaml } from './facts-file.ts';

/**
 * The office's information in Polish Sign Language (PJM), which the act of
 * 19 July 2019 on ensuring accessibility (art. 6 pt 3) expects next to the
 * easy-to-read text. The office records it; editors put the film and its
 * captions in content/pjm/ and name them in content/urzad.yaml. Until then the
 * site shows no empty player, the accessibility statement lists the gap, and
 * every build says it is missing.
 */

/** Where the files live under content/, and where the site publishes them. */
export const SIGN_LANGUAGE_FOLDER = 'pjm';

/** Files big enough for a few minutes of video; git forges refuse larger files. */
export const MAX_VIDEO_MB = 90;

const fileName = (pattern: RegExp, what: string) =>
  z.string().trim().regex(pattern, { error: `${what}: sama nazwa pliku z folderu content/${SIGN_LANGUAGE_FOLDER}/, małymi literami, bez spacji` });

export const signLanguageVideoSchema = fact(
  z.strictObject({
    video: fileName(/^[a-z0-9][a-z0-9._-]*\.(mp4|webm)$/, 'video (film .mp4 albo .webm)'),
    captions: fileName(/^[a-z0-9][a-z0-9._-]*\.vtt$/, 'captions (napisy .vtt)'),
  }),
);

export interface SignLanguageVideo {
  /** Root-relative URLs of the published files. */
  video: string;
  captions: string;
  type: 'video/mp4' | 'video/webm';
  /** Size of the film, for the download link's text. */
  bytes: number;
}

type Files = { video: string; captions: string };

const read = (contentDir: string) => signLanguageVideoSchema.safeParse((readFactsYaml(contentDir, OFFICE_FILE) as Record<string, unknown> | null)?.['signLanguageVideo']);

const shown = new Map<string, SignLanguageVideo | undefined>();

/**
 * The video as the pages show it, or undefined while the office has not supplied
 * and confirmed it. Every page's footer asks; a build looks at the files once.
 */
export function signLanguageVideo(contentDir: string): SignLanguageVideo | undefined {
  if (contentIsSettled() && shown.has(contentDir)) return shown.get(contentDir);
  const video = findVideo(contentDir);
  shown.set(contentDir, video);
  return video;
}

function findVideo(contentDir: string): SignLanguageVideo | undefined {
  const parsed = read(contentDir);
  if (!parsed.success || !parsed.data.confirmed || !parsed.data.value) return undefined;
  const { video, captions } = parsed.data.value;
  if (fileProblems(contentDir, parsed.data.value).length > 0) return undefined;
  return {
    video: `/${SIGN_LANGUAGE_FOLDER}/${video}`,
    captions: `/${SIGN_LANGUAGE_FOLDER}/${captions}`,
    type: video.endsWith('.webm') ? 'video/webm' : 'video/mp4',
    bytes: statSync(join(contentDir, SIGN_LANGUAGE_FOLDER, video)).size,
  };
}

/** The files the office named, for the stray-file check: they are published, not lost. */
export function signLanguageFiles(contentDir: string): string[] {
  const parsed = read(contentDir);
  if (!parsed.success || !parsed.data.value) return [];
  return [parsed.data.value.video, parsed.data.value.captions].map((name) => join(contentDir, SIGN_LANGUAGE_FOLDER, name));
}

const isVideo = (head: Buffer, name: string) =>
  name.endsWith('.webm') ? head.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])) : head.subarray(4, 8).toString('latin1') === 'ftyp';

function fileProblems(contentDir: string, files: Files): Array<{ message: string; fix: string }> {
  const folder = `content/${SIGN_LANGUAGE_FOLDER}/`;
  const problems: Array<{ message: string; fix: string }> = [];
  const videoPath = join(contentDir, SIGN_LANGUAGE_FOLDER, files.video);
  const captionsPath = join(contentDir, SIGN_LANGUAGE_FOLDER, files.captions);
  if (!existsSync(videoPath)) {
    problems.push({ message: `nie ma pliku ${folder}${files.video}`, fix: `dodaj film do folderu ${folder} albo popraw nazwę (wielkość liter ma znaczenie)` });
  } else if (!isVideo(fileHead(videoPath), files.video)) {
    problems.push({ message: `plik ${files.video} nie jest filmem ${files.video.endsWith('.webm') ? 'WebM' : 'MP4'}`, fix: 'zapisz film jako MP4 (H.264) i dodaj go jeszcze raz' });
  } else if (statSync(videoPath).size / 1024 / 1024 > MAX_VIDEO_MB) {
    problems.push({ message: `film ma ponad ${MAX_VIDEO_MB} MB`, fix: 'zapisz go w mniejszej rozdzielczości (720p wystarcza, by było widać tłumacza PJM)' });
  }
  if (!existsSync(captionsPath)) {
    problems.push({ message: `nie ma pliku napisów ${folder}${files.captions}`, fix: `dodaj napisy do folderu ${folder}: film bez napisów nie jest dostępny dla wszystkich` });
  } else if (!/^WEBVTT(\s|$)/.test(fileHead(captionsPath).toString('utf8').replace(/^\uFEFF/, ''))) {
    problems.push({ message: `plik ${files.captions} nie jest plikiem napisów WebVTT (musi zaczynać się od słowa WEBVTT)`, fix: 'zapisz napisy w formacie WebVTT (.vtt); program do napisów ma taką opcję' });
  }
  return problems;
}

/** Errors in what the office wrote, or one warning while the video is missing or unconfirmed. */
export function checkSignLanguageVideo(contentDir: string, contentPrefix: string): Problem[] {
  const file = `${contentPrefix}/${OFFICE_FILE}`;
  const parsed = read(contentDir);
  if (!parsed.success) return []; // reported with the rest of the file by checkOffice
  const value = parsed.data.value;
  if (value) {
    const problems = fileProblems(contentDir, value).map((p) => ({ severity: 'error' as const, file, field: 'signLanguageVideo', ...p }));
    if (problems.length > 0 || parsed.data.confirmed) return problems;
  }
  return [
    {
      severity: 'warning',
      file,
      field: 'signLanguageVideo',
      message: value
        ? 'nagranie w polskim języku migowym czeka na potwierdzenie (strona go nie pokazuje)'
        : 'brak nagrania w polskim języku migowym (PJM) o działalności urzędu (ustawa o zapewnianiu dostępności, art. 6 pkt 3); deklaracja dostępności wymienia ten brak',
      fix: value ? 'obejrzyj film z napisami i ustaw confirmed: true' : `dodaj film i napisy .vtt do content/${SIGN_LANGUAGE_FOLDER}/ i wpisz ich nazwy w signLanguageVideo`,
    },
  ];
}
