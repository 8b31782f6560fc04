import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {} satisfies Translation<typeof en>
