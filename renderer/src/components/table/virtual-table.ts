/**
 * The column list of VirtualTable and the arithmetic of its window: which rows a scroll position shows.
 * Pure, so the window is unit-tested without a browser.
 */
import type { InjectionKey, VNodeChild } from 'vue'

/**
 * Given by VirtualTable to its rows: a row that rendered asks for its cells to be measured (and cut
 * where too wide) before the frame is painted.
 */
export const FIT_CELLS: InjectionKey<(row: Element) => void> = Symbol('fit VirtualTable cells')

export interface VirtualColumn<T> {
  key: string
  title: string
  /** A fixed width in px; or a minimum width, the column taking what is left. */
  width?: number
  minWidth?: number
  /** Pinned to the right edge when the table scrolls sideways (row commands). */
  fixed?: 'right'
  /** A class of this column's body cells (a look every cell of the column shares). */
  cellClass?: string
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

/**
 * The window to render: the previous one itself when it shows the same rows, so that Vue, which
 * compares a computed value by identity, renders nothing on a scroll step that brings no row into
 * view (a wheel's smooth scroll moves a few pixels a frame: renderer main thread -15 % on such a
 * scroll of the door board).
 */
export function sameWindow(previous: RowWindow | undefined, next: RowWindow): RowWindow {
  return previous && previous.start === next.start && previous.end === next.end ? previous : next
}

/**
 * Which row element (slot) shows each row of the window. A row that stays in view keeps its element;
 * a row coming into view takes the element of a row that left. So a scroll step patches the few
 * elements that change rows instead of destroying them and building new ones. A fast scroll of the
 * 1,000-door board had mounted seven rows a frame (their component, elements and virtual nodes), the
 * garbage behind collector pauses of 25 ms with one core busy; reused, the bench's 240 frames of
 * scroll allocate 20.0 instead of 25.6 MB. A new row at the top of the feed likewise reuses the
 * element of the row it pushes out at the bottom.
 * `previous` is the last window's assignment (key -> slot); a key seen twice gets a slot of its own.
 */
export function assignSlots<K>(
  previous: ReadonlyMap<K, number>,
  keys: readonly K[],
): { slots: number[]; next: Map<K, number> } {
  const next = new Map<K, number>()
  const slots: number[] = new Array<number>(keys.length)
  const taken = new Set<number>()
  keys.forEach((key, i) => {
    const slot = previous.get(key)
    if (slot === undefined || next.has(key)) return
    next.set(key, slot)
    taken.add(slot)
    slots[i] = slot
  })
  // The slots freed by rows that left, lowest first, then new ones past every slot in use.
  let top = 0
  for (const slot of previous.values()) top = Math.max(top, slot + 1)
  const free: number[] = []
  for (let slot = 0; slot < top; slot++) if (!taken.has(slot)) free.push(slot)
  let f = 0
  keys.forEach((key, i) => {
    if (slots[i] !== undefined) return
    const slot = f < free.length ? free[f++]! : top++
    slots[i] = slot
    if (!next.has(key)) next.set(key, slot)
  })
  return { slots, next }
}

/**
 * The order of the shown rows' elements in the page, as positions in the window (0 = its first row).
 * Each row is placed on its line by CSS grid (`grid-row`), so the page order does not move it on screen.
 * - At rest the page order is the rows' order: screen readers and role queries read rows in page
 *   order, and a row that moves (a door in alarm sorts to the top) moves in the page too.
 * - While the table scrolls, every element keeps its place in the page and a row coming into view
 *   takes the place of the element it reuses. Putting that element in order meant moving it, and
 *   Blink rebuilds a moved element's styles and layout: 30 to 46 KB of its heap per row, seven rows a
 *   frame on the bench's scroll, garbage whose collection made the frames over 50 ms with one core
 *   busy. The rows are put back in page order once the scroll stops.
 * `previous` is the last render's slots in page order; `slots` the slot of each row of the window.
 */
export function elementOrder(
  previous: readonly number[],
  slots: readonly number[],
  scrolling: boolean,
): number[] {
  const positions = slots.map((_, i) => i)
  if (!scrolling) return positions
  const place = new Map<number, number>()
  previous.forEach((slot, i) => place.set(slot, i))
  // A slot new to this render (the window grew) goes after every element already in the page.
  const rank = (i: number) => place.get(slots[i]!) ?? previous.length + slots[i]!
  return positions.sort((a, b) => rank(a) - rank(b))
}
