import type { Translation } from '../../shape'
import type en from '../en/common'

export default {
  save: 'حفظ',
  cancel: 'إلغاء',
  close: 'إغلاق',
  retry: 'إعادة المحاولة',
  roles: {
    receptionist: 'موظف استقبال',
    guard: 'حارس',
    supervisor: 'مشرف',
    administrator: 'مسؤول',
  },
  /** The role inside a sentence ("A guard cannot…"). */
  rolesInline: {
    receptionist: 'موظف استقبال',
    guard: 'حارس',
    supervisor: 'مشرف',
    administrator: 'مسؤول',
  },
  /** Naive UI's -/+ buttons of number fields. */
  decrease: 'إنقاص',
  increase: 'زيادة',
  loading: 'جارٍ التحميل…',
} satisfies Translation<typeof en>
