import { memo } from 'react';
import type { GalleryAsset } from '../api/asset-model.ts';
import { photoAltText } from '../gallery/alt-text.ts';
import type { MonthRow } from '../layout/month-layout.ts';
import type { AssetFilter } from '../routing/asset-filter.ts';
import { paths } from '../routing/paths.ts';
import { SelectCheck } from '../selection/select-check.tsx';
import {
  dateState,
  isSelected,
  spanOfDate,
  wallTimeOf,
  type AssetPlace,
  type Selection,
} from '../selection/selection-model.ts';
import type { SelectionActions } from '../selection/use-selection.ts';
import { formatGroupLabel, UNKNOWN_DATE } from '../time/date-labels.ts';
import { TimelineTile } from './timeline-tile.tsx';

interface DateCheckProps {
  /** 'YYYY-MM-DD' for a day, 'YYYY-MM' for the month. */
  date: string;
  className: string;
  /** The date's photos, when all of them are loaded (else its check reads the span alone). */
  places: AssetPlace[] | null;
  selection: Selection;
  selecting: boolean;
  select: SelectionActions;
}

/** A day's or the month's check: all of it on, unless all of it is on already. */
export function DateCheck({ date, className, places, selection, selecting, select }: DateCheckProps) {
  return (
    <SelectCheck
      state={dateState(selection, spanOfDate(date), places)}
      label={`Select ${formatGroupLabel(date)}`}
      className={`${className}${selecting ? ' date-check--shown' : ''}`}
      onChange={(on) => select.setSpan(spanOfDate(date), on)}
    />
  );
}

interface MonthRowViewProps {
  row: MonthRow;
  /** The month's loaded photos; the row draws `row.start .. row.start + row.count - 1`. */
  assets: readonly GalleryAsset[];
  /** Place of the month's first photo in the whole timeline. */
  firstAssetIndex: number;
  filter: AssetFilter;
  dayLabelHeight: number;
  devicePixelRatio: number;
  tabStopId: string | null;
  /** The photos of each day whose photos are all loaded: their checks read them. */
  placesByDate: ReadonlyMap<string, AssetPlace[]>;
  onOpen: (assetId: string) => void;
  onFocusTile: (assetId: string) => void;
  selection: Selection;
  selecting: boolean;
  select: SelectionActions;
}

/**
 * One justified row: its day labels and its tiles. Memoised on its own props, so a scroll frame
 * (which moves the viewport of every mounted month) re-renders only the rows that mount; at
 * 3000 px/s a month's ~30 drawn rows and their checks were rebuilt every frame.
 */
export const MonthRowView = memo(function MonthRowView(props: MonthRowViewProps) {
  const { row, assets, filter, selection, selecting, select } = props;
  const top = row.tileTop - row.top;
  return (
    <div className="month-row" style={{ top: row.top, height: row.height + top }}>
      {row.labels.map((label) => (
        <h3
          key={label.day}
          className="month-row__day"
          data-day={label.day}
          style={{ left: label.x, width: label.width, height: props.dayLabelHeight }}
        >
          {label.day !== UNKNOWN_DATE ? (
            <DateCheck
              date={label.day}
              className="date-check"
              places={props.placesByDate.get(label.day) ?? null}
              selection={selection}
              selecting={selecting}
              select={select}
            />
          ) : null}
          {/* Its own box: text straight in a flex label is clipped without the ellipsis. */}
          <span className="month-row__day-text">{formatGroupLabel(label.day)}</span>
        </h3>
      ))}
      {assets.slice(row.start, row.start + row.count).flatMap((asset, i) => {
        const place = { id: asset.id, time: wallTimeOf(asset.local_datetime) };
        const selected = isSelected(selection, place);
        const left = row.lefts[i] ?? 0;
        return [
          <TimelineTile
            key={asset.id}
            asset={asset}
            href={paths.asset(asset.id, filter)}
            assetIndex={props.firstAssetIndex + row.start + i}
            left={left}
            width={row.widths[i] ?? row.height}
            height={row.height}
            top={top}
            devicePixelRatio={props.devicePixelRatio}
            tabbable={asset.id === props.tabStopId}
            onOpen={props.onOpen}
            onFocusTile={props.onFocusTile}
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
            style={{ left: left + 4, top: top + 4 }}
            onChange={(_on, event) => select.select(place, event.shiftKey ? 'range' : 'toggle')}
          />,
        ];
      })}
    </div>
  );
});
