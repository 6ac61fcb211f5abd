import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { contentRoot, SIGN_LANGUAGE_FOLDER, signLanguageVideo } from '../../lib/content/index.ts';

/**
 * The Polish Sign Language film and its captions, copied from content/pjm/ to
 * /pjm/ once the office has confirmed them in content/urzad.yaml: editors keep
 * everything they supply in content/, and nothing unconfirmed is published.
 */
export const getStaticPaths = (() => {
  const video = signLanguageVideo(contentRoot);
  if (!video) return [];
  return [video.video, video.captions].map((url) => ({ params: { file: basename(url) }, props: { path: join(contentRoot, SIGN_LANGUAGE_FOLDER, basename(url)) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ path: string }> = ({ props }) => new Response(readFileSync(props.path));
