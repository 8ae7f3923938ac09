/**
 * The local server's zip download (`GET /api/assets/download.zip`, ours, not Gumnut's): either
 * `ids` (at most DOWNLOAD_IDS_MAX), or the filter form `all=true` with the library, album, people
 * and capture-time bounds (everything under the filter, a day, a month), less `exclude_ids`; the
 * filter also narrows `ids`. GET only, as the shell allows:
 * the selection travels in the query string. Classic zod: the server validates with it.
 */
import { z } from 'zod';
import { DOWNLOAD_EXCLUDE_MAX, DOWNLOAD_IDS_MAX } from './constants.ts';
import { listOf } from './queries-2026.ts';
import { idOf } from './queries.ts';

/** Query parameters that may come repeated or comma-joined. */
export const DOWNLOAD_LIST_PARAMS = ['ids', 'exclude_ids', 'person_ids'] as const;

export const DownloadZipQuery = z.object({
  /** `true`: every asset under the filter (the filter form); else `ids` names them. */
  all: z.enum(['true', 'false'], { error: "Input should be 'true' or 'false'" }).optional(),
  ids: listOf(idOf('asset'), DOWNLOAD_IDS_MAX).optional(),
  exclude_ids: listOf(idOf('asset'), DOWNLOAD_EXCLUDE_MAX).optional(),
  library_id: idOf('lib').optional(),
  album_id: idOf('album').optional(),
  person_id: idOf('person').optional(),
  person_ids: listOf(idOf('person')).optional(),
  /** Exclusive bounds, as the list takes them (`2024-06-01T00:00:00`, optionally with an offset). */
  local_datetime_after: z.string().optional(),
  local_datetime_before: z.string().optional(),
});
export type DownloadZipQuery = z.infer<typeof DownloadZipQuery>;
