/**
 * The grid's flat list of virtual rows: a header whenever the section changes, then the section's
 * items cut into rows by a {@link RowLayout}, then placeholder rows holding the space of the page
 * still to come. Every row carries the space it takes, so the virtualizer needs nothing else.
 * Pure: sections are keys given with the items (date keys come from time/date-labels.ts).
 */
import type { LayoutItem, RowLayout, RowLayoutOptions } from './row-layout.ts';

/** One item of the flat list: its shape and the key of the section it belongs to. */
export interface GridItem extends LayoutItem {
  section: string;
}

interface TileRow {
  key: string;
  /** Height of the tiles in CSS px. */
  height: number;
  /** Width of each tile in CSS px. */
  widths: readonly number[];
  /** Vertical space the row takes, gap below included. */
  size: number;
}

export type GridRow =
  | { kind: 'header'; key: string; label: string; size: number }
  /** Items `start` .. `start + count - 1` of the flat list, left to right. */
  | (TileRow & { kind: 'photos'; start: number; count: number })
  /** Grey tiles holding the space of the page being fetched. */
  | (TileRow & { kind: 'placeholder'; count: number });

export interface GridRows {
  rows: GridRow[];
  /** For each item index, the index of the row that shows it. */
  rowOfAsset: number[];
}

export interface GridRowsOptions extends RowLayoutOptions {
  /** Square rows today; justified rows implement the same signature. */
  layout: RowLayout;
  /** The words a section's header shows. */
  sectionLabel: (section: string) => string;
  /** Height of a header row in CSS px. */
  headerHeight: number;
  /** Tiles still to come (the next page), shown as placeholder rows after the last item. */
  placeholderTiles?: number;
}

/** The aspect ratio placeholders are laid out with: they stand for photos of unknown shape. */
const PLACEHOLDER_ITEM: LayoutItem = { aspectRatio: 1 };

/**
 * Input is in display order (newest first, as the API lists assets); consecutive items with the
 * same section key form one section. A section split across pages simply continues, because the
 * whole list is rebuilt when a page arrives.
 */
export function layoutGridRows(items: readonly GridItem[], options: GridRowsOptions): GridRows {
  const { layout, sectionLabel, headerHeight, placeholderTiles = 0, ...room } = options;
  const rows: GridRow[] = [];
  const rowOfAsset: number[] = new Array<number>(items.length);

  for (let sectionStart = 0; sectionStart < items.length;) {
    const section = items[sectionStart]?.section ?? '';
    let sectionEnd = sectionStart + 1;
    while (sectionEnd < items.length && items[sectionEnd]?.section === section) sectionEnd++;
    // A key may repeat when the API's order and the wall clock disagree; the index keeps it unique.
    rows.push({
      kind: 'header',
      key: `h:${section}:${sectionStart}`,
      label: sectionLabel(section),
      size: headerHeight,
    });
    for (const row of layout(items.slice(sectionStart, sectionEnd), room)) {
      const start = sectionStart + row.start;
      for (let index = start; index < start + row.count; index++) rowOfAsset[index] = rows.length;
      rows.push({ kind: 'photos', key: `p:${start}`, start, count: row.count, ...tileRow(row, room.gap) });
    }
    sectionStart = sectionEnd;
  }

  const placeholders = new Array<LayoutItem>(Math.max(0, placeholderTiles)).fill(PLACEHOLDER_ITEM);
  layout(placeholders, room).forEach((row, index) => {
    rows.push({
      kind: 'placeholder',
      key: `ph:${items.length}:${index}`,
      count: row.count,
      ...tileRow(row, room.gap),
    });
  });
  return { rows, rowOfAsset };
}

function tileRow(row: { height: number; widths: readonly number[] }, gap: number) {
  return { height: row.height, widths: row.widths, size: row.height + gap };
}
