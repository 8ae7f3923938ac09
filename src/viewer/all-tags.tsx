/**
 * "More" in the detail panel: every tag the server's reader found in the file, grouped (EXIF,
 * maker notes, XMP, the sidecar, QuickTime…), searchable, each with its formatted value and the
 * raw one beside it when they differ. Values are shown as the file has them: an implausible
 * ƒ/0.6 stays 0.6. Its own lazy chunk: it loads when "More" is opened. A server without the
 * record (the gateway, a 2025 server: 404) gets what the index knows instead.
 */
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import type { AssetTag, AssetTagGroup, AssetTags } from '../../contract/asset-tags.ts';
import { ApiError } from '../api/client.ts';
import { assetQueries } from '../api/queries.ts';
import { filterTagGroups, LONG_VALUE_CHARS, nameDiffers, tagCountText } from './all-tags-filter.ts';
import './all-tags.css';

/** A server that has no tag record: 404 (the gateway, a 2025 server, a vanished file), 405 or 501. */
const hasNoRecord = (error: unknown) =>
  error instanceof ApiError && error.kind === 'http' && [404, 405, 501].includes(error.status);

function TagValue({ tag }: { tag: AssetTag }) {
  const [expanded, setExpanded] = useState(false);
  const long = tag.value.length > LONG_VALUE_CHARS || tag.value.includes('\n');
  return (
    <>
      <span
        className={long && !expanded ? 'all-tags__value all-tags__value--clipped' : 'all-tags__value'}
        title={long && !expanded && tag.value.length <= 2000 ? tag.value : undefined}
      >
        {tag.value}
      </span>
      {tag.raw !== null ? (
        <span className="all-tags__raw" title="As written in the file">
          <span className="all-tags__raw-label">raw</span> {tag.raw}
        </span>
      ) : null}
      {long ? (
        <button
          type="button"
          className="all-tags__expand"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show less' : `Show all (${tag.value.length} characters)`}
        </button>
      ) : null}
    </>
  );
}

function TagGroup({ group, open, onToggle }: { group: AssetTagGroup; open: boolean; onToggle: () => void }) {
  const panelId = useId();
  return (
    <section className="all-tags__group">
      <h3 className="all-tags__group-heading">
        <button type="button" aria-expanded={open} aria-controls={panelId} onClick={onToggle}>
          <span className="all-tags__chevron" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          {group.label} <span className="asset-info__muted">({group.tags.length})</span>
        </button>
      </h3>
      {open ? (
        <dl id={panelId} className="all-tags__rows">
          {group.tags.map((tag, at) => (
            <div className="all-tags__row" key={`${tag.name}:${at}`}>
              <dt>
                {tag.description}
                {nameDiffers(tag) ? <span className="all-tags__name">{tag.name}</span> : null}
              </dt>
              <dd>
                <TagValue tag={tag} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </section>
  );
}

/** The record itself: the search, its count, and one disclosure per group. */
export function AllTagsList({ record }: { record: AssetTags }) {
  const [search, setSearch] = useState('');
  const [opened, setOpened] = useState<ReadonlySet<string>>(() => new Set());
  // While searching every group with a match starts open (the matches are what was asked for);
  // those closed by hand stay closed until the search changes.
  const [closed, setClosed] = useState<ReadonlySet<string>>(() => new Set());
  const searchId = useId();
  const searching = search.trim() !== '';
  const found = filterTagGroups(record.groups, search);
  const isOpen = (id: string) => (searching ? !closed.has(id) : opened.has(id));
  const flip = (set: ReadonlySet<string>, id: string) => {
    const next = new Set(set);
    if (!next.delete(id)) next.add(id);
    return next;
  };
  const toggle = (id: string) => {
    if (searching) setClosed((now) => flip(now, id));
    else setOpened((now) => flip(now, id));
  };
  return (
    <div className="all-tags">
      <div className="all-tags__search">
        <label htmlFor={searchId}>Search tags</label>
        <input
          id={searchId}
          type="search"
          value={search}
          placeholder="Name or value, e.g. ISO"
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setSearch(event.target.value);
            setClosed(new Set());
          }}
        />
        <output htmlFor={searchId} aria-live="polite" className="asset-info__muted">
          {tagCountText(found, searching)}
        </output>
      </div>
      {found.groups.map((group) => (
        <TagGroup key={group.id} group={group} open={isOpen(group.id)} onToggle={() => toggle(group.id)} />
      ))}
      {searching && found.matches === 0 ? (
        <p className="asset-info__muted">No tag matches “{search.trim()}”.</p>
      ) : null}
      <p className="all-tags__source asset-info__muted">
        Read from the file by {record.reader}
        {record.sidecar_file_name !== null ? `, with its sidecar ${record.sidecar_file_name}` : ''}.
      </p>
    </div>
  );
}

export interface AllTagsProps {
  assetId: string;
  /** What the index knows, shown when the server keeps no tag record. */
  fallback: ReactNode;
}

/** The asset's tag record, asked for when mounted (when "More" opens). */
export function AllTags({ assetId, fallback }: AllTagsProps) {
  const tags = useQuery(assetQueries.tags(assetId));
  if (tags.isPending)
    return (
      <p className="asset-info__muted" role="status">
        Reading every tag in the file…
      </p>
    );
  if (tags.isError) {
    if (hasNoRecord(tags.error)) return <>{fallback}</>;
    return (
      <>
        <p className="all-tags__error" role="alert">
          {tags.error.message}
        </p>
        {fallback}
      </>
    );
  }
  return <AllTagsList record={tags.data} />;
}
