/**
 * The column list of VirtualTable and the arithmetic of its window: which rows a scroll position shows.
 * Pure, so the window is unit-tested without a browser.
 */
import type { VNodeChild } from 'vue'

export interface VirtualColumn<T> {
  key: string
  title: string
  /** A fixed width in px; or a minimum width, the column taking what is left. */
  width?: number
  minWidth?: number
  /** Pinned to the right edge when the table scrolls sideways (row commands). */
  fixed?: 'right'
  /** Text cut with "…" (the whole text in a tooltip). */
  ellipsis?: boolean
  render?: (row: T) => VNodeChild
}

/** CSS grid columns: fixed widths in px, the flexible ones share the rest. */
export function gridTemplate<T>(columns: readonly VirtualColumn<T>[]): string {
  return columns
    .map((c) => (c.width !== undefined ? `${c.width}px` : `minmax(${c.minWidth ?? 80}px, 1fr)`))
    .join(' ')
}

/** The narrowest the table can be: below it the table scrolls sideways. */
export function minimumWidth<T>(columns: readonly VirtualColumn<T>[]): number {
  return columns.reduce((sum, c) => sum + (c.width ?? c.minWidth ?? 80), 0)
}

export interface RowWindow {
  /** First row index shown (inclusive) and the row index after the last one shown. */
  start: number
  end: number
}

/**
 * Rows to render for a scroll position: the visible ones plus `overscan` on each side, so a scroll
 * step of a few rows finds its rows already there.
 */
export function rowWindow(
  scrollTop: number,
  viewportHeight: number,
  rowHeight: number,
  rowCount: number,
  overscan = 6,
): RowWindow {
  if (rowCount <= 0 || rowHeight <= 0) return { start: 0, end: 0 }
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight)
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 1
  const start = Math.max(0, Math.min(first, rowCount - 1) - overscan)
  const end = Math.min(rowCount, first + visible + overscan)
  return { start, end: Math.max(start, end) }
}
