import {
  defineComponent,
  getCurrentInstance,
  h,
  inject,
  onMounted,
  onUpdated,
  type PropType,
  type VNodeChild,
} from 'vue'
import { FIT_CELLS, type VirtualColumn } from './virtual-table'

/**
 * A column's cell class, one string per column: a class given as an array or object is joined into a
 * new string for every cell of every rendered row, garbage a fast scroll makes by the thousand.
 */
const cellClasses = new WeakMap<VirtualColumn<never>, string>()
function cellClass(column: VirtualColumn<never>): string {
  let name = cellClasses.get(column)
  if (name === undefined) {
    name = 'vt__cell'
    if (column.fixed === 'right') name += ' vt__cell--fixed'
    if (column.cellClass) name += ` ${column.cellClass}`
    cellClasses.set(column, name)
  }
  return name
}

function renderCells(row: unknown, columns: readonly VirtualColumn<never>[]) {
  return columns.map((column) => {
    let value: VNodeChild
    // The row is the one its table's columns were made for (VirtualTable is generic over it).
    if (column.render) value = column.render(row as never)
    else {
      const field = (row as Record<string, unknown>)[column.key]
      value = field === null || field === undefined ? '' : String(field)
    }
    // A list (two row buttons, say) is the cell's children itself, not a fragment inside it.
    return h(
      'div',
      { key: column.key, role: 'cell', class: cellClass(column) },
      Array.isArray(value) ? value : [value],
    )
  })
}

/**
 * The cells of one VirtualTable row. Its own component so that Vue skips a row whose data and columns
 * are unchanged: a scroll step renders only the rows that come into view, and a feed update that only
 * moves rows down does not render their cells again. A render function, so a cell's content (text or
 * nodes from the column's render) goes into its cell as it is: no component per cell, which had made
 * nine component instances per row and most of the garbage of a scroll. What the column renders read
 * (the server link, say) still re-renders the rows that show it, and such a render asks the table to
 * measure its cells again (`FIT_CELLS`: a cell whose new words are too wide is cut).
 */
const VirtualRowCells = defineComponent(
  (props: { row: unknown; columns: readonly VirtualColumn<never>[] }) => {
    const fitCells = inject(FIT_CELLS, null)
    const instance = getCurrentInstance()
    // The cells are a fragment: its first node (Vue's anchor) sits in the row element.
    const fitRow = () => {
      const row = (instance?.subTree.el as Node | null | undefined)?.parentElement
      if (row && fitCells) fitCells(row)
    }
    onMounted(fitRow)
    onUpdated(fitRow)
    return () => renderCells(props.row, props.columns)
  },
  // The row is any record (null: no runtime check of its type); the columns are checked to be a list.
  // VirtualColumn<never>: a column list for rows of any type fits.
  {
    name: 'VirtualRowCells',
    props: {
      row: { type: null as unknown as PropType<unknown>, required: true },
      columns: { type: Array as PropType<readonly VirtualColumn<never>[]>, required: true },
    },
  },
)

export default VirtualRowCells
