import type { Translation } from '../../shape'
import type en from '../en/operators'

export default {} satisfies Translation<typeof en>
