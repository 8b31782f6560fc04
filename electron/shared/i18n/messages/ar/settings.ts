import type { Translation } from '../../shape'
import type en from '../en/settings'

export default {
  title: 'الإعدادات',
  language: {
    title: 'اللغة',
    label: 'اللغة',
    system: 'افتراضي النظام',
    hint: 'يُطبَّق فورًا على شاشات هذه المحطة وإشعاراتها وبطاقاتها وملفات التصدير.',
  },
  connection: {
    title: 'الاتصال',
    unconfigured: 'غير مُعدّ',
    connecting: 'جارٍ الاتصال…',
    online: 'متصل',
    degraded: 'بعض الطلبات تفشل',
    offline: 'تعذّر الوصول إلى الخادم',
    offlineSince: '{state} منذ {time}',
    nextTry: 'المحاولة التالية في {time}',
    checkNow: 'تحقق الآن',
    missing: 'ميزات يفتقر إليها هذا الخادم',
  },
  about: {
    title: 'حول',
    version: 'الإصدار',
    platform: 'المنصة',
    electron: 'Electron',
    notElectron: 'لا يعمل داخل Electron',
  },
  appearance: {
    title: 'المظهر',
    system: 'النظام',
    light: 'فاتح',
    dark: 'داكن',
  },
} satisfies Translation<typeof en>
