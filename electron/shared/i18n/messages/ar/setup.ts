import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: 'إعداد خادم',
} satisfies Translation<typeof en>
