/**
 * `Content-Disposition: attachment` with a file name any browser decodes correctly: an ASCII
 * fallback in `filename` (quotes, backslashes and control characters replaced) and the exact
 * UTF-8 name in `filename*` (RFC 6266 / RFC 5987).
 */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
