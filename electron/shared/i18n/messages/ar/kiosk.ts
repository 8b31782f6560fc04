import type { Translation } from '../../shape'
import type en from '../en/kiosk'

export default {} satisfies Translation<typeof en>
