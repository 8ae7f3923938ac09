/**
 * Who may reach the server decides whether it needs a key. On loopback only this machine can
 * connect, so no key is needed (one may still be set). On any other address (a LAN IP,
 * `0.0.0.0`, `::`, a host name) anyone on the network could browse the photos: the server
 * refuses to start without an access key.
 */

export const ACCESS_KEY_ENV = 'CONTACT_SHEET_ACCESS_KEY';
export const MIN_ACCESS_KEY_LENGTH = 16;

/** Whether binding to `host` keeps the server reachable from this machine only. */
export function isLoopbackHost(host: string): boolean {
  const h = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * The access key to require: `--access-key` wins over the environment. Throws a message a person
 * can act on when serving beyond loopback without one, or when the key is weak or can't travel in
 * an `Authorization` header.
 */
export function accessKeyFor(host: string, flag: string | undefined, env: NodeJS.ProcessEnv): string | null {
  const key = flag ?? (env[ACCESS_KEY_ENV] || undefined);
  if (key === undefined) {
    if (isLoopbackHost(host)) return null;
    throw new Error(
      `Serving on ${host} lets other machines reach your photos, so an access key is required: ` +
        `set ${ACCESS_KEY_ENV} (or pass --access-key KEY), e.g. ${ACCESS_KEY_ENV}=$(openssl rand -base64 24). ` +
        'To keep the server on this machine only, leave out --host.',
    );
  }
  if (key.length < MIN_ACCESS_KEY_LENGTH) {
    throw new Error(
      `The access key is too short: use at least ${MIN_ACCESS_KEY_LENGTH} characters (openssl rand -base64 24 makes one).`,
    );
  }
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new Error(
      'The access key must be printable ASCII without spaces: it travels in an Authorization header.',
    );
  }
  return key;
}
