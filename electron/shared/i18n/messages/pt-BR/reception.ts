import type { Translation } from '../../shape'
import type en from '../en/reception'

export default {} satisfies Translation<typeof en>
