/**
 * The Arrival Guide's built-in words in Arabic: Modern Standard Arabic kept simple, for readers
 * from Sudan, Syria, Iraq, Libya, Egypt and the Maghreb. Gregorian months under their common
 * international names (يناير، فبراير…), which every region reads.
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Arabic speaker must read every string (meaning, tone, clarity) first.
 */
import type { GuideStrings } from './en';

export const ar: GuideStrings = {
  title: 'دليل الوصول',
  titleWithPlatform: 'دليل الوصول — {platform}',
  intro:
    'مساعدة مجانية للمهاجرين في {platform} وما حولها: طعام، ماء، استحمام، صحة، مأوى ونصائح. كل ما في هذه الصفحة مجاني.',
  languages: 'اللغات',
  languageFallback: 'هذه الصفحة غير متوفرة باللغة التي طلبتها. هي معروضة بلغة: {language}.',
  printable: 'نسخة للطباعة',

  today: 'اليوم',
  thisWeek: 'هذا الأسبوع',
  dateFormat: '{weekday}، {day} {month}',
  timeRange: '{start} – {end}',
  distributions: 'التوزيعات',
  nothingToday: 'لا يوجد توزيع معلن اليوم.',
  nothingThisDay: 'لا يوجد توزيع معلن في هذا اليوم.',
  byOrganisation: 'الجهة المنظمة: {organisation}',
  cancelled: 'ملغى',
  movedNotice: 'تغيير: وقت أو مكان جديد',
  addedNotice: 'موعد إضافي',
  where: 'المكان',
  placeAnnouncedOnSite: 'يُعلَن عن المكان في الموقع',
  askAtInformationPoint: 'اسأل في نقطة المعلومات',

  services: 'الخدمات',
  servicesIntro: 'هذه الأماكن قد تكون ممتلئة: تأكد قبل أن تذهب.',
  noServices: 'لا توجد خدمة معلنة حالياً.',
  status: {
    open: 'مفتوح',
    limited: 'بقيت أماكن قليلة',
    full: 'ممتلئ',
    closed: 'مغلق',
    unconfirmed: 'غير مؤكد منذ {time}',
    unknown: 'لم يُؤكَّد بعد',
  },
  lastConfirmedAt: 'آخر تأكيد: {time}',
  hours: 'الأوقات: {hours}',
  openAllDay: 'مفتوح ليلاً ونهاراً',
  openDays: 'أيام الفتح: {days}',
  forWhom: 'مخصص لـ: {audiences}',
  audiences: {
    everyone: 'الجميع',
    single_men: 'الرجال العزّاب',
    women: 'النساء',
    families: 'العائلات',
    unaccompanied_minors: 'الأطفال تحت 18 سنة بدون أهل',
    vulnerable_people: 'الأشخاص الأكثر ضعفاً',
  },
  placesAvailable: 'أماكن متاحة: {available} من {total}',

  emergency: 'أرقام الطوارئ',
  emergencyIntro: 'مكالمات مجانية من أي هاتف، حتى بدون رصيد أو شريحة SIM.',
  emergencyNumbers: {
    n112: 'رقم الطوارئ الأوروبي',
    n15: 'SAMU: الطوارئ الطبية',
    n17: 'الشرطة',
    n18: 'الإطفاء',
    n115: 'مأوى الطوارئ',
    n119: 'أطفال في خطر',
    n196: 'الإنقاذ البحري',
  },

  organisations: 'المنظمات',
  organisationsIntro: 'المنظمات التي تقدّم هذه التوزيعات والخدمات.',
  phone: 'الهاتف',
  email: 'البريد الإلكتروني',
  website: 'الموقع الإلكتروني',

  sections: {
    rights: 'حقوقك',
    safety: 'السلامة',
    minors: 'أقل من 18 سنة',
    info: 'معلومات مفيدة',
  },

  publisher: 'منصة منظمات {platform}',
  publishedBy: 'الناشر: {publisher}',
  generatedAt: 'تاريخ الإنشاء: {time}',
  validUntil: 'صالح حتى: {time}',
  unreviewed: 'بعض الترجمات في هذه الصفحة لم تُراجَع بعد.',
  offline: 'بعد فتح هذه الصفحة مرة واحدة، يمكنك قراءتها بدون إنترنت.',

  notFoundTitle: 'الدليل غير موجود',
  notFound: 'لا يوجد دليل وصول على هذا العنوان. تأكد من الرابط، أو اسأل في نقطة المعلومات.',

  weekdays: {
    monday: 'الاثنين',
    tuesday: 'الثلاثاء',
    wednesday: 'الأربعاء',
    thursday: 'الخميس',
    friday: 'الجمعة',
    saturday: 'السبت',
    sunday: 'الأحد',
  },
  months: {
    january: 'يناير',
    february: 'فبراير',
    march: 'مارس',
    april: 'أبريل',
    may: 'مايو',
    june: 'يونيو',
    july: 'يوليو',
    august: 'أغسطس',
    september: 'سبتمبر',
    october: 'أكتوبر',
    november: 'نوفمبر',
    december: 'ديسمبر',
  },

  serviceTypes: {
    meal: 'وجبة طعام',
    drinking_water: 'ماء للشرب',
    showers: 'استحمام (دوش)',
    clothes: 'ملابس',
    tents_sleeping_bags: 'خيام وأكياس نوم',
    phone_charging: 'شحن الهاتف',
    wifi: 'واي فاي',
    first_aid: 'إسعافات أولية',
    medical_consultation: 'استشارة طبية',
    mental_health: 'الصحة النفسية',
    legal_information: 'معلومات قانونية',
    asylum_information: 'معلومات عن اللجوء',
    child_protection: 'حماية الأطفال',
    women_only_space: 'مكان للنساء فقط',
    shelter_transport: 'نقل إلى المأوى',
    shelter: 'مأوى',
    hygiene_kits: 'أدوات النظافة الشخصية',
    information_point: 'نقطة معلومات',
  },
};
