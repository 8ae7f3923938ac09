import { useQuery } from '@tanstack/react-query';
import type { GalleryAsset } from '../api/asset-model.ts';
import { assetDownloadUrl } from '../api/image-url.ts';
import { assetQueries } from '../api/queries.ts';
import { DownloadIcon } from '../ui/icons.tsx';

/**
 * The other files of the photo's stack (the RAW of a RAW+JPEG pair), each downloadable beside
 * the photo's own download; nothing for a photo that is not in a stack.
 */
export function StackDownloads({ asset }: { asset: GalleryAsset }) {
  const stack = useQuery({ ...assetQueries.stack(asset.stack_id ?? ''), enabled: Boolean(asset.stack_id) });
  const others = stack.data?.data.filter((member) => member.id !== asset.id) ?? [];
  return others.map((member) => {
    const label = `Download ${member.original_file_name}`;
    return (
      <a
        key={member.id}
        className="icon-button viewer__stack-download"
        href={assetDownloadUrl(member)}
        download={member.original_file_name}
        aria-label={label}
        title={label}
      >
        <DownloadIcon />
        <span className="viewer__stack-download-ext">{extensionOf(member.original_file_name)}</span>
      </a>
    );
  });
}

/** `DNG` for `IMG_0042.dng`: enough to tell the two download buttons apart. */
const extensionOf = (name: string) =>
  name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toUpperCase() : '';
