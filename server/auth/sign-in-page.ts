/**
 * The sign-in page, rendered on the server: one form, no script at all (the CSP forbids inline
 * script and the page needs none), styles inline so it loads before anything else is allowed,
 * in the gallery's dark look. Every dynamic value is HTML-escaped.
 */

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!,
  );

const STYLE = `
:root { color-scheme: dark; --bg: #0f1115; --surface: #171a21; --border: #2a2f3a; --fg: #e7e9ee;
  --muted: #9aa3b2; --accent: #8ab4f8; --accent-fg: #0f1115; --danger: #f28b82; }
* { box-sizing: border-box; }
html, body { height: 100%; margin: 0; }
body { display: grid; place-items: center; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
main { width: min(24rem, calc(100% - 2rem)); padding: 2rem; background: var(--surface);
  border: 1px solid var(--border); border-radius: 12px; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.55); }
h1 { margin: 0 0 0.25rem; font-size: 1.25rem; font-weight: 600; }
p { margin: 0 0 1.5rem; color: var(--muted); }
label { display: block; margin-bottom: 0.4rem; font-weight: 500; }
input { width: 100%; padding: 0.6rem 0.75rem; font: inherit; color: var(--fg); background: var(--bg);
  border: 1px solid var(--border); border-radius: 8px; }
input:focus-visible, button:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
button { width: 100%; margin-top: 1rem; padding: 0.6rem; font: inherit; font-weight: 600;
  color: var(--accent-fg); background: var(--accent); border: 0; border-radius: 8px; cursor: pointer; }
.error { margin: 0 0 1rem; padding: 0.5rem 0.75rem; color: var(--danger);
  border: 1px solid currentColor; border-radius: 8px; }
`;

export interface SignInPageProps {
  /** Where to go after signing in: already checked to be a path on this server. */
  next: string;
  /** Shown above the form after a failed attempt. */
  error?: string;
}

export function renderSignInPage({ next, error }: SignInPageProps): string {
  const alert = error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Sign in · Contact Sheet</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>Contact Sheet</h1>
<p>This gallery is private. Enter the access key its owner gave you.</p>
${alert}
<form method="post" action="/sign-in">
<input type="hidden" name="next" value="${escapeHtml(next)}">
<label for="key">Access key</label>
<input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
`;
}
