import { parseArgs } from 'node:util';

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
  help: boolean;
}

export const USAGE = `Usage: npm start -- [options]

  --photos DIR     index and serve this photo folder (repeat for several libraries);
                   without it, a demo library is generated and served
  --data DIR       where the index database and thumbnail cache live (default ./data)
  --port N         port to listen on (default $PORT or 5180)
  --host ADDR      address to bind (default 127.0.0.1)
  --no-build       don't build the gallery before serving
  --serve-only     serve the index already in --data without indexing anything (a synthetic
                   library from \`npm run synth\` is served this way even without the flag)
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
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  const portText = values.port ?? env.PORT ?? '5180';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: not a port number: ${portText}`);
  return {
    photos: values.photos ?? [],
    data: values.data ?? 'data',
    port,
    host: values.host ?? '127.0.0.1',
    build: !values['no-build'],
    serveOnly: values['serve-only'] ?? false,
    help: values.help ?? false,
  };
}
