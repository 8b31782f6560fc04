import type { Translation } from '../../shape'
import type en from '../en/guard'

export default {} satisfies Translation<typeof en>
