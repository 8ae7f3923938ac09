import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { DOWNLOAD_IDS_MAX } from '../../contract/constants.ts';
import { apiOf } from '../api/api-for-client.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { planDownload, zipUrl } from './download-plan.ts';
import type { Selection } from './selection-model.ts';
import { resolveSelection, selectionQueries, zipFilterOf } from './selection-queries.ts';
import { formatCount } from '../time/intl-formats.ts';

/** Through a gateway (no zips), originals are saved one by one: few enough not to flood the browser. */
export const ONE_BY_ONE_MAX = 20;
/** The most photos a slideshow of a selection carries in history state. */
export const SLIDESHOW_MAX = 1000;

/** Let the browser save `url` as its server names it (Content-Disposition). */
function save(url: string) {
  const link = document.createElement('a');
  link.href = url;
  link.download = '';
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
}

const originalUrl = (base: string, id: string) => `${base}/api/assets/${encodeURIComponent(id)}/download`;

/**
 * The selection bar's Download and Slideshow. One photo → its original as is; several → one zip
 * streamed by the server (ids, or the filter form for everything, a day or a month); through a
 * server that makes no zips, up to {@link ONE_BY_ONE_MAX} originals one after another.
 */
export function useSelectionDownload(filter: AssetFilter, selection: Selection) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const zips = useQuery(selectionQueries.zipSupport());
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await work();
    } catch {
      setMessage(
        'The photos could not be listed for download. Check that the server is running and try again.',
      );
    } finally {
      setBusy(false);
    }
  };

  const download = () =>
    run(async () => {
      const base = apiOf(queryClient).baseUrl.replace(/\/$/, '');
      const plan = planDownload(selection);
      const canZip = zips.data === true;
      if (canZip && plan.kind === 'filter') {
        save(base + zipUrl(zipFilterOf(filter), plan)!);
        return;
      }
      const max = canZip ? DOWNLOAD_IDS_MAX : ONE_BY_ONE_MAX;
      const ids = await resolveSelection(queryClient, filter, selection, max);
      if (!ids || ids.length === 0) {
        setMessage(
          canZip
            ? `One download holds up to ${formatCount(max)} photos. Select fewer, or a whole day or month.`
            : `This server sends photos one at a time: select ${max} or fewer to download them.`,
        );
        return;
      }
      if (ids.length === 1) save(originalUrl(base, ids[0]!));
      else if (canZip) save(base + zipUrl(zipFilterOf(filter), { ids })!);
      else
        for (const [i, id] of ids.entries()) {
          // Browsers drop downloads started in the same instant.
          if (i > 0) await new Promise((resolve) => setTimeout(resolve, 400));
          save(originalUrl(base, id));
        }
    });

  /** The viewer's slideshow entry (`?slideshow=1`), over the selected ids in history state. */
  const slideshow = () =>
    run(async () => {
      const ids = await resolveSelection(queryClient, filter, selection, SLIDESHOW_MAX);
      if (!ids?.length) {
        setMessage(`A slideshow takes up to ${formatCount(SLIDESHOW_MAX)} selected photos.`);
        return;
      }
      const href = paths.asset(ids[0]!, filter);
      await navigate(`${href}${href.includes('?') ? '&' : '?'}slideshow=1`, {
        state: { fromGrid: true, slideshowIds: ids },
      });
    });

  return { download, slideshow, message, busy, dismiss: () => setMessage(null) };
}
