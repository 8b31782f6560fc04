/**
 * cell-fit: which table cells are cut. Fake cells stand in for the DOM (the unit tests have none): each
 * has a content width and a box width, and logs every layout read and every write, so the tests see
 * the order the browser would (a read after a write forces a layout of its own).
 */
import { describe, expect, it } from 'vitest'
import { fitCells, uncutAll } from '../../../renderer/src/components/table/cell-fit'

class FakeCell {
  attributes = new Map<string, string>()
  constructor(
    public textContent: string,
    /** The content's width: what a cut cell still reports as scrollWidth. */
    public contentWidth: number,
    public clientWidth: number,
    private log: string[],
  ) {}
  get scrollWidth(): number {
    this.log.push(`read ${this.textContent}`)
    // A cut chip shrinks into its cell: the cell then measures as fitting (see fitCells).
    return this.hasAttribute('data-cut') ? this.clientWidth : this.contentWidth
  }
  get title(): string {
    return this.attributes.get('title') ?? ''
  }
  set title(value: string) {
    this.log.push(`write ${this.textContent}`)
    this.attributes.set('title', value)
  }
  getAttribute(name: string): string | null {
    return name === 'role' ? 'cell' : (this.attributes.get(name) ?? null)
  }
  hasAttribute(name: string): boolean {
    return this.attributes.has(name)
  }
  setAttribute(name: string, value: string): void {
    this.log.push(`write ${this.textContent}`)
    this.attributes.set(name, value)
  }
  removeAttribute(name: string): void {
    this.log.push(`write ${this.textContent}`)
    this.attributes.delete(name)
  }
}

function table(cells: [text: string, content: number, box: number][]) {
  const log: string[] = []
  const fakes = cells.map(([text, content, box]) => new FakeCell(text, content, box, log))
  // One row of these cells, and a cell of another role (a row header, say) that is never measured.
  const other = { getAttribute: () => 'rowheader' }
  const rows = [{ children: [...fakes, other] }] as unknown as Element[]
  return { rows, cells: fakes, log }
}
const isCut = (cell: FakeCell) => cell.hasAttribute('data-cut')

describe('fitCells', () => {
  it('cuts only the cells whose content is wider than the cell, with the whole text as tooltip', () => {
    const { rows, cells } = table([
      ['Closed', 50, 74],
      ['Abierta demasiado tiempo', 157, 114],
      ['192.168.10.19', 103, 85],
    ])
    fitCells(rows)
    expect(cells.map(isCut)).toEqual([false, true, true])
    expect(cells.map((c) => c.title)).toEqual(['', 'Abierta demasiado tiempo', '192.168.10.19'])
  })

  it('keeps a cut cell cut while its text stays the same, though it then measures as fitting', () => {
    const { rows, cells, log } = table([['Abierta demasiado tiempo', 157, 114]])
    fitCells(rows)
    log.length = 0
    fitCells(rows)
    fitCells(rows)
    expect(isCut(cells[0]!)).toBe(true)
    expect(log).toEqual([]) // not measured again, nothing written
  })

  it('measures a reused cut cell afresh when its text changed, and shows it whole if it fits', () => {
    const { rows, cells } = table([['Garage Lift (192.168.10.23)', 220, 154]])
    fitCells(rows)
    const cell = cells[0]!
    cell.textContent = 'Boardroom'
    cell.contentWidth = 70
    fitCells(rows)
    expect(isCut(cell)).toBe(false)
    expect(cell.hasAttribute('title')).toBe(false)
    cell.textContent = 'Staff Entrance (192.168.10.22)'
    cell.contentWidth = 242
    fitCells(rows)
    expect(isCut(cell)).toBe(true)
    expect(cell.title).toBe('Staff Entrance (192.168.10.22)')
  })

  it('does every write that changes layout before the reads, and the cuts after them: one layout', () => {
    const { rows, cells, log } = table([
      ['A long name that is cut', 200, 100],
      ['Short', 40, 100],
      ['Another long name, cut too', 220, 100],
    ])
    fitCells(rows)
    cells[0]!.textContent = 'Now a different long name'
    log.length = 0
    fitCells(rows)
    const firstRead = log.findIndex((l) => l.startsWith('read'))
    const lastRead = log.findLastIndex((l) => l.startsWith('read'))
    expect(log.slice(0, firstRead).every((l) => l.startsWith('write'))).toBe(true)
    expect(log.slice(firstRead, lastRead + 1).every((l) => l.startsWith('read'))).toBe(true)
    expect(log.slice(lastRead + 1).every((l) => l.startsWith('write'))).toBe(true)
    expect(cells.map(isCut)).toEqual([true, false, true])
    expect(cells[0]!.title).toBe('Now a different long name')
  })
})

describe('uncutAll', () => {
  it('shows every cut cell whole again, to be measured by the next fit (the columns got wider)', () => {
    const { rows, cells } = table([
      ['192.168.10.19', 103, 85],
      ['Closed', 50, 74],
    ])
    fitCells(rows)
    expect(isCut(cells[0]!)).toBe(true)
    uncutAll(rows)
    expect(cells.map(isCut)).toEqual([false, false])
    expect(cells[0]!.hasAttribute('title')).toBe(false)
    cells[0]!.clientWidth = 160
    fitCells(rows)
    expect(isCut(cells[0]!)).toBe(false)
  })
})
