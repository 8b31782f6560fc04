import type { Translation } from '../../shape'
import type en from '../en/badge'

export default {
  layout: {
    label62: 'ملصق متصل 62 مم',
    card102x76: 'ملصق 102 × 76 مم',
    a6: 'ورقة A6',
  },
  preview: 'معاينة الشارة، {layout}',
  dialog: {
    title: 'شارة الزائر',
    close: 'إغلاق',
    loading: 'جارٍ تحميل الشارة…',
    qrSection: 'رمز QR',
    qrLabel: 'رمز QR للزائر',
    qrFailed: 'تعذّر رسم رمز QR هذا.',
    refreshes: 'يتجدد تلقائيًا · حُدّث {age}',
    refreshesEvery: 'يتجدد تلقائيًا مع تغيّر رمز الخادم (كل {seconds} ث) · حُدّث {age}',
    stale: 'ربما انتهت صلاحية هذا الرمز؛ جارٍ التحديث…',
    gettingQr: 'جارٍ جلب رمز QR من الخادم…',
    printed: 'الشارة المطبوعة',
    labelSize: 'حجم الملصق',
    showPrintDialog: 'إظهار نافذة الطباعة',
    printer: 'الطابعة: {name}',
    printerAtOnce: 'الطابعة: {name} (تطبع فورًا)',
    systemDefault: 'الافتراضية في النظام',
    print: 'طباعة الشارة',
    savePdf: 'حفظ بصيغة PDF',
    saved: 'حُفظت الشارة في {path}',
  },
} satisfies Translation<typeof en>
