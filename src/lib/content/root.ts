/**
 * Folder the content collections are read from. Tests point it at a broken
 * fixture copy (`CONTENT_DIR=…`) to prove that bad input stops the build;
 * everyone else uses the repository's `content/`.
 */
export const contentRoot: string = process.env.CONTENT_DIR ?? './content';
