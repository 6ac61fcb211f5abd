import { spawn } from 'node:child_process';
import { astroEnv } from './content';

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  log: () => string;
  /** A page as the browser asks for it (Accept: text/html). */
  page: (path: string) => Promise<{ status: number; html: string }>;
  stop: () => void;
}

/**
 * `astro dev` in `project` (a copy: see ./project-copy.ts), resolved once it
 * says it is listening. The first request for a page compiles it, which takes a
 * while on a busy machine, hence the generous timeouts.
 */
export async function startDevServer(project: string): Promise<DevServer> {
  const port = 4390 + Math.floor(Math.random() * 90);
  const server = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], { cwd: project, env: astroEnv({}), detached: true });
  let log = '';
  server.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => process.kill(-server.pid!, 'SIGTERM');
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`astro dev did not start\n${log}`));
    }, 90_000);
    server.stdout.on('data', () => {
      if (log.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  const origin = `http://127.0.0.1:${port}`;
  const page = async (path: string) => {
    const response = await fetch(`${origin}${path}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(60_000) });
    return { status: response.status, html: await response.text() };
  };
  return { origin, log: () => log, page, stop };
}
