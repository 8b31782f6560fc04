import type { Translation } from '../../shape'
import type en from '../en/setup'

export default {
  page: 'إعداد خادم',
  wizard: {
    add: 'إضافة خادم ZKBio',
    connect: 'صِل Gatehouse بخادم ZKBio لديك',
    step1: 'في ZKBio CVSecurity، فعّل ترخيص API وأضف عميل API من النظام > تفويض API.',
    step2: 'أدخل أدناه عنوان الخادم (مثل https://192.168.1.10:8098) ورمز العميل.',
    step3: 'اختبر الاتصال. تُعرض الشهادة الموقّعة ذاتيًا مع بصمتها لتؤكدها.',
    loading: 'جارٍ تحميل الإعدادات…',
  },
  server: {
    profileName: 'اسم ملف التعريف',
    address: 'عنوان الخادم',
    token: 'رمز API',
    tokenStored: 'محفوظ: اتركه فارغًا للإبقاء عليه',
    tokenFrom: 'من ZKBio: النظام > تفويض API',
    hideToken: 'إخفاء الرمز',
    showToken: 'إظهار الرمز',
    hide: 'إخفاء',
    show: 'إظهار',
    trusted: 'شهادة موثوقة:',
    forget: 'نسيان الشهادة الموثوقة',
    test: 'اختبار الاتصال',
    saveChanges: 'حفظ التغييرات',
    saveConnect: 'حفظ واتصال',
    badAddress: 'أدخل عنوان الخادم مع http:// أو https://، مثل https://192.168.1.10:8098',
    testResult: 'اختبار الاتصال',
    works: 'الاتصال يعمل',
    canTalk: 'يستطيع Gatehouse التواصل مع هذا الخادم.',
    canTalkSave: 'يستطيع Gatehouse التواصل مع هذا الخادم. احفظ لبدء استخدامه.',
  },
  credentials: {
    name: 'تخزين الرمز',
    title: 'أين يُحفظ رمز API',
    allow: 'السماح بالملف المشفّر',
    stop: 'إيقاف استخدام الملف المشفّر',
    stopTitle: 'إيقاف استخدام الملف المشفّر؟',
    stopBody:
      'يُحذف الملف المشفّر والرموز التي فيه. تبقى الخوادم غير متصلة حتى تتوفر سلسلة مفاتيح وتُدخل رموزها من جديد.',
    delete: 'حذف الملف',
  },
  steps: {
    name: 'نتائج اختبار الاتصال',
    passed: 'نجح',
    failed: 'فشل',
    warning: 'تحذير',
    skipped: 'لم يُفحص',
    whatToDo: 'ما العمل:',
  },
} satisfies Translation<typeof en>
