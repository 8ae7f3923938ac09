/**
 * The page title names the view (pure): "Tokyo 2024 — Contact Sheet" for an album, the person's
 * name, both joined, the library's name, or "Photos — Contact Sheet" for everything. A name still
 * loading reads as the plain view until it arrives.
 */

export const APP_NAME = 'Contact Sheet';

export interface ViewNames {
  library?: string | undefined;
  album?: string | undefined;
  person?: string | undefined;
}

export function viewTitle(names: ViewNames): string {
  const parts = [names.album, names.person].filter((name): name is string => Boolean(name?.trim()));
  const view = parts.length > 0 ? parts.join(' · ') : names.library?.trim() || 'Photos';
  return `${view} — ${APP_NAME}`;
}
