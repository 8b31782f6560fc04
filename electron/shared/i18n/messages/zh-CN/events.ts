import type { Translation } from '../../shape'
import type en from '../en/events'

export default {} satisfies Translation<typeof en>
