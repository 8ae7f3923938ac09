import type { Asset } from '../../contract/entities.ts';
import type { GridRow } from '../layout/grid-rows.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { GAP } from './grid-geometry.ts';
import { GridTile, PlaceholderTile } from './grid-tile.tsx';

interface GridRowViewProps {
  row: GridRow;
  /** Where the virtualizer placed the row, and the space it gave it, in CSS px. */
  top: number;
  size: number;
  assets: readonly Asset[];
  filter: AssetFilter;
  /** The asset index that holds the grid's tab stop. */
  tabStop: number;
  devicePixelRatio: number;
  onOpen: (index: number) => void;
  onFocusTile: (index: number) => void;
}

/** One virtual row of the grid: a date header, a row of photos, or a row of placeholders. */
export function GridRowView({
  row,
  top,
  size,
  assets,
  filter,
  tabStop,
  devicePixelRatio,
  onOpen,
  onFocusTile,
}: GridRowViewProps) {
  const style = { transform: `translateY(${top}px)`, height: size, gap: GAP };
  if (row.kind === 'header') {
    return (
      <h2 className="grid-row grid-row--header" style={style}>
        {row.label}
      </h2>
    );
  }
  if (row.kind === 'placeholder') {
    return (
      <div className="grid-row" style={style} aria-hidden="true" data-testid="placeholder-row">
        {row.widths.map((width, i) => (
          <PlaceholderTile key={i} width={width} height={row.height} />
        ))}
      </div>
    );
  }
  return (
    <div className="grid-row" style={style}>
      {assets.slice(row.start, row.start + row.count).map((asset, i) => {
        const index = row.start + i;
        return (
          <GridTile
            key={asset.id}
            asset={asset}
            index={index}
            href={paths.asset(asset.id, filter)}
            width={row.widths[i] ?? row.height}
            height={row.height}
            devicePixelRatio={devicePixelRatio}
            tabbable={index === tabStop}
            onOpen={onOpen}
            onFocusTile={onFocusTile}
          />
        );
      })}
    </div>
  );
}
