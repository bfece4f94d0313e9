import { createServer, Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { AddressInfo } from 'node:net';
import webpack from 'webpack';
import { Browser, chromium } from 'playwright-core';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.xml': 'text/xml',
};

/**
 * Serves the production build from dist/ on a loopback port; with `csp`, under that
 * Content-Security-Policy (every response, so workers have it too), keeping the violation
 * reports the browser posts to /csp-report.
 */
export async function serveDist(csp?: string): Promise<{ url: string; close: () => Promise<void>; cspReports: Record<string, unknown>[] }> {
  const cspReports: Record<string, unknown>[] = [];
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^([/\\])+/, '');
    if (path === 'csp-report' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      cspReports.push((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { 'csp-report': Record<string, unknown> })['csp-report']);
      res.writeHead(204).end();
      return;
    }
    try {
      const body = await readFile(join(DIST, path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...(csp ? { 'content-security-policy': `${csp}; report-uri /csp-report` } : {}) });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve())), cspReports };
}

/** Bundles the in-memory Excel model for the browser (it replaces office.js in the page). */
export function buildModelBundle(): Promise<string> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: join(__dirname, 'harness-entry.ts'),
    output: { path: join(ROOT, 'artifacts', 'harness'), filename: 'office-model.js' },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: { rules: [{ test: /\.tsx?$/, loader: 'ts-loader', options: { transpileOnly: true } }] },
  });
  return new Promise((resolve, reject) => {
    compiler.run((err, stats) => {
      if (err || stats?.hasErrors()) return reject(err ?? new Error(stats!.toString('errors-only')));
      compiler.close(() => readFile(join(ROOT, 'artifacts', 'harness', 'office-model.js'), 'utf8').then(resolve, reject));
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
