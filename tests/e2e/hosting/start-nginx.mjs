#!/usr/bin/env node
// Starts Debian's nginx on a loopback port with deploy/nginx.conf serving dist/,
// for the Playwright project "nginx" (tests/playwright.config.ts). Only the
// `listen` and `root` lines of the deployment file (and the redirect file's path,
// which follows `root`) are rewritten; everything
// else (headers, caching, types, 404s, compression) is tested as shipped.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = process.argv[2] ?? '4380';
const root = new URL('../../..', import.meta.url).pathname;
const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx'].find(existsSync);
if (!nginx) {
  console.error('nginx not found: install it (Debian: apt-get install nginx-light libnginx-mod-http-brotli-filter libnginx-mod-http-brotli-static)');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'nginx-'));
for (const dir of ['client', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(work, dir));
const site = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8')
  .replace(/^(\s*)listen\s+[^;]+;/m, `$1listen 127.0.0.1:${port};`)
  .replace(/^(\s*)root\s+[^;]+;/m, `$1root ${join(root, 'dist')};`)
  .replace(/^(\s*)include\s+\S+\/_redirects\.nginx;/m, `$1include ${join(root, 'dist', '_redirects.nginx')};`);
writeFileSync(join(work, 'site.conf'), site);

const modules = ['ngx_http_brotli_filter_module.so', 'ngx_http_brotli_static_module.so']
  .map((m) => join('/usr/lib/nginx/modules', m))
  .filter(existsSync)
  .map((m) => `load_module ${m};`)
  .join('\n');
const mimeTypes = ['/etc/nginx/mime.types', '/usr/local/etc/nginx/mime.types'].find(existsSync);
writeFileSync(
  join(work, 'nginx.conf'),
  `${modules}
worker_processes 1;
pid ${work}/nginx.pid;
error_log ${work}/error.log warn;
events { worker_connections 256; }
http {
  include ${mimeTypes};
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${work}/client;
  proxy_temp_path ${work}/proxy;
  fastcgi_temp_path ${work}/fastcgi;
  uwsgi_temp_path ${work}/uwsgi;
  scgi_temp_path ${work}/scgi;
  sendfile on;
  include ${work}/site.conf;
}
`,
);

const child = spawn(nginx, ['-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx serving dist/ at http://127.0.0.1:${port}/ (config in ${work})`);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
