/**
 * What the server adds to the built index.html before sending it: the first API requests as
 * preloads, so they start while the scripts download rather than after they ran, and the entry
 * stylesheet inline, so the first paint needs no second round trip. Pure.
 */

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * `html` with a `<link rel="preload" as="fetch">` per URL at the end of its head, after the
 * scripts and stylesheets the build put there (so these don't queue ahead of them for one of
 * the browser's six connections). `crossorigin` gives the preload the credentials mode of the
 * app's `fetch` (same-origin); without it the browser ignores the preload and asks again.
 */
export function withPreloads(html: string, urls: readonly string[]): string {
  if (urls.length === 0) return html;
  const links = urls
    .map((url) => `<link rel="preload" as="fetch" crossorigin href="${escapeAttribute(url)}">`)
    .join('\n    ');
  const end = html.search(/<\/head>/i);
  if (end < 0) return html;
  return `${html.slice(0, end)}  ${links}\n  ${html.slice(end)}`;
}

/** The same-origin stylesheets a page links (`<link rel="stylesheet" href="/…">`), in order. */
export function linkedStylesheets(html: string): string[] {
  const hrefs: string[] = [];
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    if (!/\srel\s*=\s*"stylesheet"/i.test(tag)) continue;
    const href = /\shref\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    if (href?.startsWith('/') && !href.startsWith('//')) hrefs.push(href);
  }
  return hrefs;
}

/**
 * `html` with each same-origin stylesheet link whose text `styles` knows replaced by a `<style>`
 * holding it (the CSP allows inline styles, not inline scripts). A `</style` inside the text
 * would end the element early: such a sheet stays a link.
 *
 * The link stays too, with a `type` no browser styles with, so it is never fetched (HTML: a
 * stylesheet link of an unsupported type is not fetched; `disabled` is, in Chromium): Vite's
 * loader for a lazy chunk looks for `link[rel=stylesheet]` to tell which sheets a page has.
 * Without it, the first import of the viewer, map or scrubber fetched the entry sheet again and
 * waited for it (a round trip on the first click) before the chunk could run.
 */
export function withInlineStyles(html: string, styles: ReadonlyMap<string, string>): string {
  return html.replace(/<link\b[^>]*>/gi, (tag) => {
    if (!/\srel\s*=\s*"stylesheet"/i.test(tag)) return tag;
    const href = /\shref\s*=\s*"([^"]*)"/i.exec(tag)?.[1];
    const css = href === undefined ? undefined : styles.get(href);
    if (css === undefined || /<\/style/i.test(css)) return tag;
    const at = escapeAttribute(href!);
    return `<style data-href="${at}">${css}</style><link rel="stylesheet" href="${at}" type="text/x-inlined">`;
  });
}
