/**
 * Which VirtualTable cells are cut. A cell is shown whole when its content fits; only a cell whose
 * content is wider is cut, with "…" and the whole text in its tooltip (`data-cut`, styled in
 * VirtualTable.vue).
 *
 * Why not clip every cell (overflow: hidden)? A clipping cell is a paint layer of its own, and a fast
 * scroll paints the rows that come into view over them all. Clipping only the cells that need it took
 * 18-19 % off the renderer's main thread per 240 frames of the scroll bench (paired runs: feed 2,181
 * -> 1,789 ms, board 1,837 -> 1,488 ms). And a cell clipped without "…" hid words: "Abierta
 * demasiado tiempo" showed as "Abierta demasia".
 *
 * Runs after rows render, on those rows only (a scroll step renders the few that come into view),
 * before the frame is painted: the layout it reads is the frame's own, done early; only the cells it
 * cuts are laid out again. A cut cell stays cut while its text stays the same (once cut, its content
 * fits, so measuring it again would uncut it and cut it again on every update); `uncutAll` starts
 * over when the cells' widths change.
 */
const CUT = 'data-cut'

/** Measures the cells of these rows and cuts those whose content is wider than the cell. */
export function fitCells(rows: Iterable<Element>): void {
  const cells: HTMLElement[] = []
  for (const row of rows) for (const cell of row.children) if (isCell(cell)) cells.push(cell)
  // First every write that changes layout (a cut cell whose text changed is measured afresh), then
  // every read (one layout for all of them), then the cuts: never a read after a write in the loop.
  const measure: HTMLElement[] = []
  for (const cell of cells) {
    if (!cell.hasAttribute(CUT)) measure.push(cell)
    else if (cell.title !== textOf(cell)) {
      uncut(cell)
      measure.push(cell)
    }
  }
  const over = measure.filter((cell) => cell.scrollWidth > cell.clientWidth)
  for (const cell of over) {
    cell.setAttribute(CUT, '')
    cell.title = textOf(cell)
  }
}

/** Shows every cell whole again, to be measured by the next `fitCells` (the columns got wider, say). */
export function uncutAll(rows: Iterable<Element>): void {
  for (const row of rows)
    for (const cell of row.children) if (isCell(cell) && cell.hasAttribute(CUT)) uncut(cell)
}

const isCell = (el: Element): el is HTMLElement => el.getAttribute('role') === 'cell'

function uncut(cell: HTMLElement): void {
  cell.removeAttribute(CUT)
  cell.removeAttribute('title')
}

const textOf = (cell: HTMLElement): string => (cell.textContent ?? '').trim()
