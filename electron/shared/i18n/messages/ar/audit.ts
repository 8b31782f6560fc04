import type { Translation } from '../../shape'
import type en from '../en/audit'

export default {
  title: 'سجل التدقيق',
  filter: 'مرشّح التدقيق',
  operator: 'المشغّل',
  any: 'الكل',
  action: 'الإجراء',
  from: 'من',
  to: 'إلى',
  search: 'بحث',
  exportCsv: 'تصدير CSV',
  entries: 'إدخالات التدقيق',
  written: 'كُتب {count} إدخال في {path}',
  columns: {
    time: 'الوقت',
    station: 'المحطة',
    text: 'ما الذي حدث',
    result: 'النتيجة',
  },
  result: {
    ok: 'تم',
    failed: 'فشل',
    info: 'معلومة',
  },
} satisfies Translation<typeof en>
