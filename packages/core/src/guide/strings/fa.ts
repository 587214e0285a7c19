/**
 * The Arrival Guide's built-in words in Persian, written to be read by Afghans (Dari) as well as
 * Iranians (Farsi): where the two differ, the word both use, or both words side by side
 * (آتش‌نشانی (اطفائیه)). Gregorian months under their Afghan names (جنوری، فبروری…), which
 * Iranians can follow from English; the Iranian forms (ژانویه، فوریه…) would puzzle many Afghans.
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Dari and a native Farsi speaker should read every string first.
 */
import type { GuideStrings } from './en';

export const fa: GuideStrings = {
  title: 'راهنمای تازه‌واردان',
  titleWithPlatform: 'راهنمای تازه‌واردان — {platform}',
  intro:
    'کمک رایگان برای مهاجران در {platform} و اطراف آن: غذا، آب، حمام، صحت و درمان، سرپناه و راهنمایی. همه چیز در این صفحه رایگان است.',
  languages: 'زبان‌ها',
  languageFallback:
    'این صفحه به زبانی که خواستید موجود نیست. به این زبان نشان داده می‌شود: {language}.',
  printable: 'نسخهٔ چاپی',

  today: 'امروز',
  thisWeek: 'این هفته',
  dateFormat: '{weekday} {day} {month}',
  timeRange: '{start} – {end}',
  distributions: 'توزیع‌ها',
  nothingToday: 'برای امروز هیچ توزیعی اعلام نشده است.',
  nothingThisDay: 'برای این روز هیچ توزیعی اعلام نشده است.',
  byOrganisation: 'از طرف {organisation}',
  cancelled: 'لغو شد',
  movedNotice: 'تغییر: وقت یا جای جدید',
  addedNotice: 'روز اضافی',
  where: 'کجا',
  placeAnnouncedOnSite: 'جای آن در همان محل اعلام می‌شود',
  askAtInformationPoint: 'از نقطهٔ اطلاعات بپرسید',

  services: 'خدمات',
  servicesIntro: 'این جاها ممکن است پُر باشند: پیش از رفتن بررسی کنید.',
  noServices: 'فعلاً هیچ خدمتی اعلام نشده است.',
  status: {
    open: 'باز',
    limited: 'جای کمی مانده',
    full: 'پُر',
    closed: 'بسته',
    unconfirmed: 'از {time} تأیید نشده',
    unknown: 'هنوز تأیید نشده',
  },
  lastConfirmedAt: 'آخرین تأیید: {time}',
  hours: 'وقت کار: {hours}',
  openAllDay: 'شب و روز باز است',
  openDays: 'روزهای باز: {days}',
  forWhom: 'برای: {audiences}',
  audiences: {
    everyone: 'همه',
    single_men: 'مردان مجرد',
    women: 'زنان',
    families: 'خانواده‌ها',
    unaccompanied_minors: 'کودکان زیر 18 سال که تنها هستند',
    vulnerable_people: 'افراد آسیب‌پذیر',
  },
  placesAvailable: '{available} جا از {total} جا خالی است',

  emergency: 'شماره‌های اضطراری',
  emergencyIntro: 'تماس رایگان از هر تلفن، حتی بدون پول در تلفن یا بدون سیم‌کارت.',
  emergencyNumbers: {
    n112: 'شمارهٔ اضطراری اروپا',
    n15: 'SAMU: کمک فوری پزشکی',
    n17: 'پلیس',
    n18: 'آتش‌نشانی (اطفائیه)',
    n115: 'سرپناه اضطراری',
    n119: 'کودکان در خطر',
    n196: 'نجات در دریا',
  },

  organisations: 'مؤسسه‌ها',
  organisationsIntro: 'مؤسسه‌هایی که این توزیع‌ها و خدمات را انجام می‌دهند.',
  phone: 'تلفن',
  email: 'ایمیل',
  website: 'وب‌سایت',

  sections: {
    rights: 'حقوق شما',
    safety: 'امنیت',
    minors: 'زیر 18 سال',
    info: 'خوب است بدانید',
  },

  publisher: 'شبکهٔ مؤسسه‌های {platform}',
  publishedBy: 'منتشرکننده: {publisher}',
  generatedAt: 'ساخته شده: {time}',
  validUntil: 'معتبر تا {time}',
  unreviewed: 'بعضی از ترجمه‌های این صفحه هنوز بررسی نشده‌اند.',
  offline: 'وقتی این صفحه یک بار باز شد، بدون اینترنت هم خوانده می‌شود.',

  notFoundTitle: 'راهنما پیدا نشد',
  notFound:
    'در این آدرس هیچ راهنمای تازه‌واردانی نیست. لینک را بررسی کنید، یا از نقطهٔ اطلاعات بپرسید.',

  weekdays: {
    monday: 'دوشنبه',
    tuesday: 'سه‌شنبه',
    wednesday: 'چهارشنبه',
    thursday: 'پنجشنبه',
    friday: 'جمعه',
    saturday: 'شنبه',
    sunday: 'یکشنبه',
  },
  months: {
    january: 'جنوری',
    february: 'فبروری',
    march: 'مارچ',
    april: 'اپریل',
    may: 'می',
    june: 'جون',
    july: 'جولای',
    august: 'اگست',
    september: 'سپتمبر',
    october: 'اکتوبر',
    november: 'نومبر',
    december: 'دسمبر',
  },

  serviceTypes: {
    meal: 'غذا',
    drinking_water: 'آب نوشیدنی',
    showers: 'حمام (دوش)',
    clothes: 'لباس',
    tents_sleeping_bags: 'خیمه (چادر) و کیسه‌خواب',
    phone_charging: 'چارج (شارژ) تلفن',
    wifi: 'وای‌فای',
    first_aid: 'کمک‌های اولیه',
    medical_consultation: 'معاینهٔ پزشکی',
    mental_health: 'سلامت روانی',
    legal_information: 'اطلاعات حقوقی',
    asylum_information: 'اطلاعات پناهندگی',
    child_protection: 'حمایت از کودکان',
    women_only_space: 'جای مخصوص زنان',
    shelter_transport: 'انتقال به سرپناه',
    shelter: 'سرپناه',
    hygiene_kits: 'بستهٔ بهداشتی',
    information_point: 'نقطهٔ اطلاعات',
  },
};
