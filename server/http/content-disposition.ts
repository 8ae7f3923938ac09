/**
 * `Content-Disposition: attachment` with a file name any browser decodes correctly: an ASCII
 * fallback in `filename` (quotes, backslashes and control characters replaced) and the exact
 * UTF-8 name in `filename*` (RFC 6266 / RFC 5987).
 */
export function attachmentDisposition(fileName: string): string {
  // A lone surrogate would make encodeURIComponent throw (a 500); it can only be a broken name.
  const name = fileName.replace(LONE_SURROGATE, '\uFFFD');
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
