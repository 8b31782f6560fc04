import type { Translation } from '../../shape'
import type en from '../en/audit'

export default {} satisfies Translation<typeof en>
