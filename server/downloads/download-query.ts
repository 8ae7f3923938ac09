/**
 * The zip download's query string as the server reads it: the contract's shape, with the
 * capture-time bounds read as the list reads them.
 */
import { z } from 'zod';
import { DownloadZipQuery } from '../../contract/downloads.ts';
import { BoundingBoxParam } from '../../contract/queries-2026.ts';
import { placeFields, placeRule, timeBound } from '../assets/asset-query.ts';
import type { DownloadSelection } from './downloads.repo.ts';

export const DownloadZipParams = DownloadZipQuery.extend({
  local_datetime_after: timeBound.optional(),
  local_datetime_before: timeBound.optional(),
  // The timeline's other filters: a selection under an area or a place downloads only what it shows.
  bbox: BoundingBoxParam.optional(),
  ...placeFields,
}).superRefine((query, ctx) => {
  placeRule(query, ctx);
  const same = query.person_ids?.length === 1 && query.person_ids[0] === query.person_id;
  if (query.person_id && query.person_ids && !same)
    ctx.addIssue({ code: 'custom', path: ['person_id'], message: 'Give person_ids or person_id, not both' });
  // A bare request must not mean the whole library by accident: "all" is said out loud.
  const all = query.all === 'true';
  if (all === Boolean(query.ids))
    ctx.addIssue({ code: 'custom', path: ['ids'], message: 'Give either ids or all=true' });
});

/** The selection the repo reads (the 2025 `person_id` is one of `person_ids`). */
export function downloadSelectionOf(query: z.infer<typeof DownloadZipParams>): DownloadSelection {
  const { all: _all, exclude_ids, person_id, person_ids, ...filter } = query;
  return {
    filter: { ...filter, person_ids: person_id ? [person_id] : person_ids },
    excludeIds: exclude_ids ?? [],
  };
}
