import type { Translation } from '../../shape'
import type en from '../en/server'

export default {} satisfies Translation<typeof en>
