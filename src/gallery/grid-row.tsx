import type { Asset } from '../../contract/entities.ts';
import type { GridRow } from '../layout/grid-rows.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { SelectCheck } from '../selection/select-check.tsx';
import { isSelected, wallTimeOf, type Selection } from '../selection/selection-model.ts';
import type { SelectionActions } from '../selection/use-selection.ts';
import { photoAltText } from './alt-text.ts';
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
  selection: Selection;
  selecting: boolean;
  select: SelectionActions;
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
  selection,
  selecting,
  select,
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
      {assets.slice(row.start, row.start + row.count).flatMap((asset, i) => {
        const index = row.start + i;
        const place = { id: asset.id, time: wallTimeOf(asset.local_datetime) };
        const selected = isSelected(selection, place);
        const left = row.widths.slice(0, i).reduce((sum, w) => sum + w + GAP, 0);
        return [
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
            selected={selected}
            selecting={selecting}
            onSelect={select.select}
          />,
          // Beside the tile's link, not in it: a control inside a link is no control at all.
          <SelectCheck
            key={`${asset.id}:check`}
            state={selected}
            label={`Select ${photoAltText(asset)}`}
            className={`tile-check${selecting ? ' tile-check--shown' : ''}`}
            tabbable={false}
            style={{ left: left + 4, top: 4 }}
            onChange={(_on, event) => select.select(place, event.shiftKey ? 'range' : 'toggle')}
          />,
        ];
      })}
    </div>
  );
}
