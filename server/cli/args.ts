import { parseArgs } from 'node:util';
import { ACCESS_KEY_ENV, accessKeyFor } from '../auth/bind-policy.ts';

export interface CliOptions {
  /** Photo folders to index and serve; empty means the demo library. */
  photos: string[];
  data: string;
  port: number;
  host: string;
  /** Skip building the gallery (API only, or when `dist/` is served by someone else). */
  build: boolean;
  /** Serve the index in `--data` as it is: no indexing, no demo library. */
  serveOnly: boolean;
  /** Index new, changed, moved and deleted photos while serving (issue 13); off with --no-watch. */
  watch: boolean;
  /** A Gumnut API to serve instead of folders (the gateway); the key comes from env or a file. */
  upstream: string | null;
  apiKeyFile: string | null;
  /** The key every request must carry; required when `host` isn't loopback. */
  accessKey: string | null;
  help: boolean;
}

export const USAGE = `Usage: npm start -- [options]

  --photos DIR     index and serve this photo folder (repeat for several libraries);
                   without it, a demo library is generated and served
  --data DIR       where the index database and thumbnail cache live (default ./data)
  --port N         port to listen on (default $PORT or 5180)
  --host ADDR      address to bind (default 127.0.0.1); any other than loopback needs an
                   access key
  --access-key K   require key K (at least 16 characters) as \`Authorization: Bearer K\` or
                   through the /sign-in page; prefer $${ACCESS_KEY_ENV}, which
                   other users of this machine can't read in the process list
  --no-build       don't build the gallery before serving
  --serve-only     serve the index already in --data without indexing anything
  --no-watch       don't pick up photos added, changed or removed while serving
  --upstream URL   browse a Gumnut account (e.g. https://api.gumnut.ai) instead of folders;
                   the key comes from $GUMNUT_API_KEY and never reaches the browser
  --api-key-file F read the API key from file F instead of $GUMNUT_API_KEY
  --help           this text
`;

/** Parse the command line (and PORT from the environment). Throws with a readable message. */
export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      photos: { type: 'string', multiple: true },
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      'no-build': { type: 'boolean' },
      'serve-only': { type: 'boolean' },
      'no-watch': { type: 'boolean' },
      upstream: { type: 'string' },
      'api-key-file': { type: 'string' },
      'access-key': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? env.PORT ?? '5180';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port: not a port number: ${portText}`);
  const upstream = values.upstream ?? null;
  if (upstream !== null && !/^https?:\/\/[^/]/i.test(upstream))
    throw new Error(`--upstream: not an http(s) URL: ${upstream}`);
  if (upstream !== null && (values.photos?.length || values['serve-only'])) {
    throw new Error(
      '--upstream serves a Gumnut account: it cannot be combined with --photos or --serve-only',
    );
  }
  if (values['api-key-file'] !== undefined && upstream === null)
    throw new Error('--api-key-file needs --upstream URL');
  const host = values.host ?? '127.0.0.1';
  const accessKey = accessKeyFor(host, values['access-key'], env);
  return {
    photos: values.photos ?? [],
    data: values.data ?? 'data',
    port,
    host,
    build: !values['no-build'],
    serveOnly: values['serve-only'] ?? false,
    watch: !values['no-watch'] && !values['serve-only'],
    upstream,
    apiKeyFile: values['api-key-file'] ?? null,
    accessKey,
    help: values.help ?? false,
  };
}
