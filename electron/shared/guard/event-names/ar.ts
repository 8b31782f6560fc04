/** Arabic ZKBio CVSecurity event names that are alarms (the server's texts and variants). */
import type { ServerEventNames } from './types'

export default {
  'فتح الباب بالقوة': 'forcedOpen',
  'تم فتح الباب بالقوة': 'forcedOpen',
  'فتح قسري': 'forcedOpen',
  'انتهاء مهلة فتح الباب': 'heldOpen',
  'إنذار العبث': 'tamper',
  'فتح بكلمة مرور الإكراه': 'duress',
  'فتح ببصمة الإكراه': 'duress',
  'إنذار فتح تحت الإكراه': 'duress',
  'بوابة التحكم في الدخول غير متصلة': 'gateFault',
  'استثناء الأشعة تحت الحمراء': 'gateFault',
  'خطأ في البوابة': 'gateFault',
  'انقطاع الاتصال': 'deviceOffline',
  'درجة حرارة الجسم غير طبيعية': 'temperature',
} satisfies ServerEventNames
