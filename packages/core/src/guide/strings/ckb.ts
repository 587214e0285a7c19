/**
 * The Arrival Guide's built-in words in Central Kurdish (Sorani), in Arabic script. Gregorian
 * months under the names used in Iraqi Kurdistan (کانوونی دووەم، شوبات…).
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Sorani speaker must read every string (meaning, tone, spelling) first.
 */
import type { GuideStrings } from './en';

export const ckb: GuideStrings = {
  title: 'ڕێبەری گەیشتن',
  titleWithPlatform: 'ڕێبەری گەیشتن — {platform}',
  intro:
    'یارمەتیی بەخۆڕایی بۆ کۆچبەران لە دەوروبەری {platform}: خواردن، ئاو، خۆشۆردن، تەندروستی، پەناگە و ئامۆژگاری. هەموو شتێک لەم پەڕەیەدا بەخۆڕاییە.',
  languages: 'زمانەکان',
  languageFallback:
    'ئەم پەڕەیە بەو زمانەی داوات کرد بەردەست نییە. بەم زمانە پیشان دەدرێت: {language}.',
  printable: 'وەشانی چاپکردن',

  today: 'ئەمڕۆ',
  thisWeek: 'ئەم هەفتەیە',
  dateFormat: '{weekday}، {day}ی {month}',
  timeRange: '{start} – {end}',
  distributions: 'دابەشکردنەکان',
  nothingToday: 'ئەمڕۆ هیچ دابەشکردنێک ڕانەگەیەنراوە.',
  nothingThisDay: 'بۆ ئەم ڕۆژە هیچ دابەشکردنێک ڕانەگەیەنراوە.',
  byOrganisation: 'لەلایەن {organisation}',
  cancelled: 'هەڵوەشایەوە',
  movedNotice: 'گۆڕانکاری: کات یان شوێنی نوێ',
  addedNotice: 'ڕۆژی زیادە',
  where: 'شوێن',
  placeAnnouncedOnSite: 'شوێنەکە لەوێ ڕادەگەیەنرێت',
  askAtInformationPoint: 'لە خاڵی زانیاری پرسیار بکە',

  services: 'خزمەتگوزارییەکان',
  servicesIntro: 'ئەم شوێنانە لەوانەیە پڕ بن: پێش ڕۆیشتن بپشکنە.',
  noServices: 'لە ئێستادا هیچ خزمەتگوزارییەک ڕانەگەیەنراوە.',
  status: {
    open: 'کراوەیە',
    limited: 'چەند شوێنێکی کەم ماوە',
    full: 'پڕە',
    closed: 'داخراوە',
    unconfirmed: 'لە دوای {time} پشتڕاست نەکراوەتەوە',
    unknown: 'هێشتا پشتڕاست نەکراوەتەوە',
  },
  lastConfirmedAt: 'دوایین پشتڕاستکردنەوە: {time}',
  hours: 'کاتی کارکردن: {hours}',
  openAllDay: 'شەو و ڕۆژ کراوەیە',
  openDays: 'ڕۆژانی کراوە: {days}',
  forWhom: 'بۆ: {audiences}',
  audiences: {
    everyone: 'هەمووان',
    single_men: 'پیاوانی سەڵت',
    women: 'ئافرەتان',
    families: 'خێزانەکان',
    unaccompanied_minors: 'منداڵانی خوار 18 ساڵ کە بە تەنیان',
    vulnerable_people: 'کەسانی لاواز',
  },
  placesAvailable: '{available} شوێن لە {total} شوێن بەتاڵە',

  emergency: 'ژمارەکانی فریاکەوتن',
  emergencyIntro: 'پەیوەندیکردن بەخۆڕاییە، لە هەر تەلەفۆنێکەوە، تەنانەت بێ باڵانس یان سیمکارت.',
  emergencyNumbers: {
    n112: 'ژمارەی فریاکەوتنی ئەوروپا',
    n15: 'SAMU: فریاکەوتنی پزیشکی',
    n17: 'پۆلیس',
    n18: 'ئاگرکوژێنەوە',
    n115: 'پەناگەی فریاکەوتن',
    n119: 'منداڵانی لە مەترسیدا',
    n196: 'ڕزگارکردن لە دەریا',
  },

  organisations: 'ڕێکخراوەکان',
  organisationsIntro: 'ئەو ڕێکخراوانەی ئەم دابەشکردن و خزمەتگوزارییانە پێشکەش دەکەن.',
  phone: 'تەلەفۆن',
  email: 'ئیمەیڵ',
  website: 'ماڵپەڕ',

  sections: {
    rights: 'مافەکانت',
    safety: 'سەلامەتی',
    minors: 'خوار 18 ساڵ',
    info: 'باشە بیزانیت',
  },

  publisher: 'پلاتفۆرمی ڕێکخراوەکانی {platform}',
  publishedBy: 'بڵاوکەرەوە: {publisher}',
  generatedAt: 'کاتی دروستکردن: {time}',
  validUntil: 'بەکاردێت تا {time}',
  unreviewed: 'هەندێک لە وەرگێڕانەکانی ئەم پەڕەیە هێشتا نەپشکنراون.',
  offline: 'کاتێک یەک جار ئەم پەڕەیە کرایەوە، بێ ئینتەرنێتیش دەخوێندرێتەوە.',

  notFoundTitle: 'ڕێبەرەکە نەدۆزرایەوە',
  notFound:
    'لەم ناونیشانەدا هیچ ڕێبەرێکی گەیشتن نییە. بەستەرەکە بپشکنە، یان لە خاڵی زانیاری پرسیار بکە.',

  weekdays: {
    monday: 'دووشەممە',
    tuesday: 'سێشەممە',
    wednesday: 'چوارشەممە',
    thursday: 'پێنجشەممە',
    friday: 'هەینی',
    saturday: 'شەممە',
    sunday: 'یەکشەممە',
  },
  months: {
    january: 'کانوونی دووەم',
    february: 'شوبات',
    march: 'ئازار',
    april: 'نیسان',
    may: 'ئایار',
    june: 'حوزەیران',
    july: 'تەمموز',
    august: 'ئاب',
    september: 'ئەیلوول',
    october: 'تشرینی یەکەم',
    november: 'تشرینی دووەم',
    december: 'کانوونی یەکەم',
  },

  serviceTypes: {
    meal: 'ژەمە خواردن',
    drinking_water: 'ئاوی خواردنەوە',
    showers: 'خۆشۆردن (دووش)',
    clothes: 'جلوبەرگ',
    tents_sleeping_bags: 'خێوەت و کیسەی خەو',
    phone_charging: 'شەحنکردنی مۆبایل',
    wifi: 'وایفای',
    first_aid: 'فریاکەوتنی سەرەتایی',
    medical_consultation: 'پشکنینی پزیشکی',
    mental_health: 'تەندروستیی دەروونی',
    legal_information: 'زانیاریی یاسایی',
    asylum_information: 'زانیاری دەربارەی پەنابەری',
    child_protection: 'پاراستنی منداڵان',
    women_only_space: 'شوێنی تایبەت بە ئافرەتان',
    shelter_transport: 'گواستنەوە بۆ پەناگە',
    shelter: 'پەناگە',
    hygiene_kits: 'کەلوپەلی پاکوخاوێنی',
    information_point: 'خاڵی زانیاری',
  },
};
