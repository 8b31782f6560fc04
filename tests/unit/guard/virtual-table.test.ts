import { describe, expect, it } from 'vitest'
import {
  gridTemplate,
  minimumWidth,
  rowWindow,
  type VirtualColumn,
} from '../../../renderer/src/components/table/virtual-table'

describe('virtual table window', () => {
  it('renders the rows in view and a few on each side, never past either end', () => {
    // 600 px of 30 px rows: 20 in view, +1 for a partly shown row, +6 overscan each side.
    expect(rowWindow(0, 600, 30, 10_000)).toEqual({ start: 0, end: 27 })
    expect(rowWindow(3000, 600, 30, 10_000)).toEqual({ start: 94, end: 127 })
    expect(rowWindow(299_400, 600, 30, 10_000)).toEqual({ start: 9974, end: 10_000 })
    expect(rowWindow(0, 600, 30, 5)).toEqual({ start: 0, end: 5 })
  })

  it('survives what the browser can report: nothing to show, a scroll past the end, no height yet', () => {
    expect(rowWindow(0, 600, 30, 0)).toEqual({ start: 0, end: 0 })
    // The list shrank under a scrolled view (a filter): the last rows, not an empty window.
    expect(rowWindow(90_000, 600, 30, 40)).toEqual({ start: 33, end: 40 })
    expect(rowWindow(-20, 0, 30, 100)).toEqual({ start: 0, end: 8 })
  })

  it('turns the columns into grid tracks and a minimum width for sideways scrolling', () => {
    const columns: VirtualColumn<unknown>[] = [
      { key: 'time', title: 'Time', width: 150 },
      { key: 'event', title: 'Event', minWidth: 200 },
      { key: 'other', title: 'Other' },
    ]
    expect(gridTemplate(columns)).toBe('150px minmax(200px, 1fr) minmax(80px, 1fr)')
    expect(minimumWidth(columns)).toBe(430)
  })
})
