/** true in `astro dev` only: drafts are shown there and nowhere else (set by src/integrations/content-guard.ts). */
declare const __SHOW_DRAFTS__: boolean;
