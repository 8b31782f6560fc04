import type { Translation } from '../../shape'
import type en from '../en/settings'

export default {} satisfies Translation<typeof en>
