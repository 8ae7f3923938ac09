/**
 * `npm start -- --upstream URL`: serve the gallery over a Gumnut account, the key read from
 * `GUMNUT_API_KEY` or `--api-key-file`. The upstream is checked once at start; when it can't be
 * reached or refuses the key, that is printed and the server keeps serving (each request then
 * reports its own error), so a flaky network at boot doesn't need a restart.
 */
import { readFile } from 'node:fs/promises';
import { serve } from '@hono/node-server';
import { createGatewayApp } from './gateway-app.ts';
import { redact } from './gateway-errors.ts';
import { isObj, pageItems } from './shape-2026-parse.ts';
import { assetShapeOf } from './shape-2026.ts';
import { UpstreamClient, UpstreamError } from './upstream-client.ts';

export interface GatewayCli {
  upstream: string;
  apiKeyFile: string | null;
  port: number;
  host: string;
  galleryDir: string | null;
  /** Required of every browser when serving beyond loopback (see server/auth). */
  accessKey: string | null;
}

/** The key from the file (first line, trimmed) or the environment. Throws a message naming both. */
export async function readApiKey(file: string | null, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const key = file ? (await readFile(file, 'utf8')).split(/\r?\n/)[0]?.trim() : env.GUMNUT_API_KEY?.trim();
  if (!key) {
    throw new Error(
      file
        ? `--api-key-file ${file} is empty`
        : 'No API key: set GUMNUT_API_KEY=apikey_… or pass --api-key-file FILE (the key stays on this server)',
    );
  }
  return key;
}

/** One line on the upstream's health: reachable, key accepted, libraries and API shape. */
export async function checkUpstream(client: UpstreamClient): Promise<{ ok: boolean; message: string }> {
  try {
    const libraries = await client.getJson('/api/libraries', new URLSearchParams());
    if (libraries.status !== 200)
      return {
        ok: false,
        message: `${client.origin} answered HTTP ${libraries.status} to GET /api/libraries`,
      };
    const count = pageItems(libraries.body)?.data.length ?? 0;
    const assets = await client.getJson('/api/assets', new URLSearchParams({ limit: '1' }));
    const first = assets.status === 200 ? pageItems(assets.body)?.data[0] : undefined;
    const shape = first && isObj(first) ? ` (the ${assetShapeOf(first)} API shape)` : '';
    return { ok: true, message: `${client.origin}: ${count} librar${count === 1 ? 'y' : 'ies'}${shape}` };
  } catch (error) {
    const why =
      error instanceof UpstreamError && error.kind === 'refused'
        ? `${client.origin} refused the API key (check GUMNUT_API_KEY or --api-key-file)`
        : error instanceof UpstreamError
          ? error.message
          : String(error);
    return {
      ok: false,
      message: `${why}. Serving anyway; each request will report the error until the API answers.`,
    };
  }
}

export async function runGateway(cli: GatewayCli, log: (line: string) => void): Promise<void> {
  const apiKey = await readApiKey(cli.apiKeyFile);
  const upstreamUrl = new URL(cli.upstream);
  if (
    upstreamUrl.protocol === 'http:' &&
    !['127.0.0.1', 'localhost', '[::1]'].includes(upstreamUrl.hostname)
  ) {
    log(`warning: ${upstreamUrl.origin} is plain http: the API key crosses the network unencrypted`);
  }
  const app = createGatewayApp({
    upstream: cli.upstream,
    apiKey,
    galleryDir: cli.galleryDir,
    accessKey: cli.accessKey,
    onError: (error) =>
      log(`error: ${redact(error instanceof Error ? error.message : String(error), apiKey)}`),
  });
  const server = serve({ fetch: app.fetch, port: cli.port, hostname: cli.host }, (info) => {
    const host = cli.host.includes(':') ? `[${cli.host}]` : cli.host;
    process.stdout.write(`Contact Sheet is serving ${upstreamUrl.origin} at http://${host}:${info.port}\n`);
    // Checked after listening: a slow or absent upstream delays the message, never the server.
    void checkUpstream(
      new UpstreamClient({ baseUrl: cli.upstream, apiKey, maxRetries: 0, timeoutMs: 10_000 }),
    ).then((health) =>
      log(redact(health.ok ? `Upstream ${health.message}` : `warning: ${health.message}`, apiKey)),
    );
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    log(
      error.code === 'EADDRINUSE' ? `Port ${cli.port} is in use: pass --port N or set PORT.` : String(error),
    );
    process.exit(1);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
