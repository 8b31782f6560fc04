import { describe, expect, it } from 'vitest'
import {
  assignSlots,
  elementOrder,
  gridTemplate,
  minimumWidth,
  rowWindow,
  sameWindow,
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

  it('keeps the previous window object while a scroll brings no row into view', () => {
    const first = rowWindow(3000, 600, 30, 10_000)
    // 4 px further down: the same rows, so the same object (Vue renders nothing for it).
    expect(sameWindow(first, rowWindow(3004, 600, 30, 10_000))).toBe(first)
    // One row further: a new window.
    const next = sameWindow(first, rowWindow(3030, 600, 30, 10_000))
    expect(next).not.toBe(first)
    expect(next).toEqual({ start: 95, end: 128 })
    // The first render has no previous window.
    expect(sameWindow(undefined, first)).toBe(first)
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

describe('virtual table row elements (slots)', () => {
  const slotsOf = (next: Map<string, number>, keys: string[]) => keys.map((k) => next.get(k))

  it('gives a first window one element per row', () => {
    const { slots, next } = assignSlots(new Map(), ['a', 'b', 'c'])
    expect(slots).toEqual([0, 1, 2])
    expect(slotsOf(next, ['a', 'b', 'c'])).toEqual([0, 1, 2])
  })

  it('keeps the element of every row still in view and gives the rows coming into view those that left', () => {
    const first = assignSlots(new Map(), ['a', 'b', 'c', 'd'])
    // Scrolled down two rows: a and b left, e and f came; c and d keep theirs.
    const { slots, next } = assignSlots(first.next, ['c', 'd', 'e', 'f'])
    expect(slots).toEqual([2, 3, 0, 1])
    expect([...next.keys()].sort()).toEqual(['c', 'd', 'e', 'f'])
    // No element is used twice, none is added while one is free.
    expect(new Set(slots).size).toBe(4)
    expect(Math.max(...slots)).toBe(3)
  })

  it('keeps a row its element when rows reorder (a door in alarm sorts to the top)', () => {
    const first = assignSlots(new Map(), ['a', 'b', 'c', 'd'])
    const { slots } = assignSlots(first.next, ['c', 'a', 'b', 'd'])
    expect(slots).toEqual([2, 0, 1, 3])
  })

  it('adds elements as the window grows and keeps the old ones when it shrinks', () => {
    const first = assignSlots(new Map(), ['a', 'b'])
    const grown = assignSlots(first.next, ['a', 'b', 'c', 'd'])
    expect(grown.slots).toEqual([0, 1, 2, 3])
    const shrunk = assignSlots(grown.next, ['d'])
    expect(shrunk.slots).toEqual([3])
    // Grown again: the freed elements are used first, lowest first.
    const again = assignSlots(shrunk.next, ['d', 'x', 'y'])
    expect(again.slots).toEqual([3, 0, 1])
  })

  it('gives a key seen twice (a duplicate in the data) an element of its own, never a shared one', () => {
    const first = assignSlots(new Map(), ['a', 'b'])
    const { slots } = assignSlots(first.next, ['a', 'a', 'b'])
    expect(slots[0]).toBe(0)
    expect(slots[2]).toBe(1)
    expect(new Set(slots).size).toBe(3)
  })

  it('keeps a scroll through 1,000 rows on a fixed set of elements', () => {
    let previous = new Map<number, number>()
    const used = new Set<number>()
    for (let start = 0; start < 1000; start += 7) {
      const keys = Array.from({ length: 38 }, (_, i) => start + i)
      const { slots, next } = assignSlots(previous, keys)
      slots.forEach((s) => used.add(s))
      // Rows in both windows kept their element.
      for (const key of keys) if (previous.has(key)) expect(next.get(key)).toBe(previous.get(key))
      previous = next
    }
    expect(used.size).toBe(38)
  })
})

describe('virtual table page order of the row elements', () => {
  /** The window's rows in page order, as the renders would put them, for scroll steps of the window. */
  function render(windows: string[][], scrolling: boolean[]) {
    let slotOf = new Map<string, number>()
    let pageOrder: number[] = []
    return windows.map((keys, n) => {
      const { slots, next } = assignSlots(slotOf, keys)
      slotOf = next
      const order = elementOrder(pageOrder, slots, scrolling[n]!)
      pageOrder = order.map((i) => slots[i]!)
      return { rows: order.map((i) => keys[i]), slots: pageOrder }
    })
  }

  it('puts the rows in their order at rest, moving the elements that must move', () => {
    const [, down] = render(
      [
        ['a', 'b', 'c', 'd'],
        ['c', 'd', 'e', 'f'],
      ],
      [false, false],
    )
    expect(down!.rows).toEqual(['c', 'd', 'e', 'f'])
    expect(down!.slots).toEqual([2, 3, 0, 1])
  })

  it('keeps every element in its place while scrolling: a row coming into view takes the place of the one it replaces', () => {
    const steps = render(
      [
        ['a', 'b', 'c', 'd'],
        ['b', 'c', 'd', 'e'],
        ['c', 'd', 'e', 'f'],
        ['d', 'e', 'f', 'g'],
      ],
      [false, true, true, true],
    )
    // The elements (slots) never change places in the page, whatever rows they show.
    for (const step of steps) expect(step.slots).toEqual([0, 1, 2, 3])
    expect(steps.map((s) => s.rows)).toEqual([
      ['a', 'b', 'c', 'd'],
      ['e', 'b', 'c', 'd'],
      ['e', 'f', 'c', 'd'],
      ['e', 'f', 'g', 'd'],
    ])
  })

  it('puts the rows back in order once the scroll stops', () => {
    const steps = render(
      [
        ['a', 'b', 'c', 'd'],
        ['c', 'd', 'e', 'f'],
        ['c', 'd', 'e', 'f'],
      ],
      [false, true, false],
    )
    expect(steps[1]!.rows).toEqual(['e', 'f', 'c', 'd'])
    expect(steps[2]!.rows).toEqual(['c', 'd', 'e', 'f'])
  })

  it('adds the elements of a growing window after those already in the page', () => {
    const steps = render(
      [
        ['a', 'b', 'c'],
        ['b', 'c', 'd', 'e', 'f'],
      ],
      [false, true],
    )
    // d takes a's element and place; e and f get new elements, after the others.
    expect(steps[1]!.rows).toEqual(['d', 'b', 'c', 'e', 'f'])
    expect(steps[1]!.slots).toEqual([0, 1, 2, 3, 4])
  })
})
