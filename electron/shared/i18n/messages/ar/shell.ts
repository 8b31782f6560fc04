import type { Translation } from '../../shape'
import type en from '../en/shell'

export default {
  brand: 'Gatehouse',
  pages: {
    reception: 'الاستقبال',
    guard: 'الحراسة',
    audit: 'سجل التدقيق',
    settings: 'الإعدادات',
    setup: 'الإعداد',
  },
  mainNav: 'الرئيسية',
  signedIn: 'تم تسجيل الدخول',
  lockScreen: 'قفل الشاشة',
  signOut: 'تسجيل الخروج',
  display: 'العرض',
  displayPanel: 'مظهر هذه الشاشة ولغتها',
  displayTheme: 'السمة',
  displayLanguage: 'اللغة',
  notForRole: 'غير متاح لدورك',
  roleCannotOpen: 'لا يمكن لـ{role} فتح هذه الصفحة.',
  signedOutUser: 'مستخدم غير مسجّل الدخول',
  connection: {
    name: 'الاتصال بالخادم',
    unconfigured: 'غير مُعدّ',
    connecting: 'جارٍ الاتصال…',
    online: 'متصل',
    degraded: 'اتصال ضعيف',
    offline: 'غير متصل',
    unreachableSince: 'تعذّر الوصول إلى الخادم منذ {time}',
    noServer: 'لا يوجد خادم ZKBio بعد: افتح الإعدادات لتوصيل خادم.',
    lastAnswer: 'آخر رد في {time}',
    lastError: 'آخر خطأ: {error}',
    nextTry: 'المحاولة التالية في {time}',
  },
  notices: {
    settingsResetTitle: 'تعذّرت قراءة الإعدادات فأُعيد ضبطها',
    settingsResetBody:
      'كان ملف إعدادات Gatehouse تالفًا، لذا بدأ بالإعدادات الافتراضية. يجب إدخال ملفات تعريف الخادم والإعدادات الأخرى من جديد؛ رموز API ما زالت في سلسلة مفاتيح النظام. حُفظ الملف التالف هنا لفريق تقنية المعلومات في الموقع:',
    databaseResetTitle: 'تعذّرت قراءة قاعدة بيانات هذا المكتب فأُنشئت قاعدة جديدة',
    databaseResetBody:
      'كان ملف قاعدة بيانات المحطة تالفًا، لذا أنشأ Gatehouse ملفًا جديدًا فارغًا. الزوار المسجلون على خادم ZKBio ما زالوا هناك. حُفظ الملف التالف هنا لفريق تقنية المعلومات في الموقع:',
  },
  setupNotice: {
    title: 'صِل خادم ZKBio أولًا',
    needsServer: 'يحتاج {what} إلى خادم ZKBio CVSecurity.',
    openSettings: 'فتح الإعدادات',
  },
} satisfies Translation<typeof en>
