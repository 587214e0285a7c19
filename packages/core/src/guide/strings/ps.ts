/**
 * The Arrival Guide's built-in words in Pashto, as read in Afghanistan: weekdays under the names
 * people use every day (دوشنبه، سه‌شنبه…) rather than the purist ones (دونۍ، درېنۍ…), Gregorian
 * months under their usual Pashto names (جنوري، فبروري…).
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Pashto speaker must read every string (meaning, tone, spelling) first.
 */
import type { GuideStrings } from './en';

export const ps: GuideStrings = {
  title: 'د راتګ لارښود',
  titleWithPlatform: 'د راتګ لارښود — {platform}',
  intro:
    'د {platform} په شاوخوا کې د مهاجرو لپاره وړیا مرسته: خواړه، اوبه، حمام، روغتیا، سرپناه او مشوره. په دې پاڼه کې هر څه وړیا دي.',
  languages: 'ژبې',
  languageFallback: 'دا پاڼه په هغه ژبه نشته چې تاسو غوښتې وه. په دې ژبه ښودل کېږي: {language}.',
  printable: 'د چاپ نسخه',

  today: 'نن',
  thisWeek: 'دا اونۍ',
  dateFormat: '{weekday}، {day} {month}',
  timeRange: '{start} – {end}',
  distributions: 'وېش',
  nothingToday: 'نن هیڅ وېش نه دی اعلان شوی.',
  nothingThisDay: 'د دې ورځې لپاره هیڅ وېش نه دی اعلان شوی.',
  byOrganisation: 'د {organisation} له خوا',
  cancelled: 'لغوه شوی',
  movedNotice: 'بدلون: نوی وخت یا نوی ځای',
  addedNotice: 'اضافي ورځ',
  where: 'ځای',
  placeAnnouncedOnSite: 'ځای یې هلته اعلانېږي',
  askAtInformationPoint: 'د معلوماتو په مرکز کې پوښتنه وکړئ',

  services: 'خدمتونه',
  servicesIntro: 'دا ځایونه کېدای شي ډک وي: مخکې له تګه یې وګورئ.',
  noServices: 'اوس مهال هیڅ خدمت نه دی اعلان شوی.',
  status: {
    open: 'خلاص',
    limited: 'لږ ځایونه پاتې دي',
    full: 'ډک',
    closed: 'بند',
    unconfirmed: 'له {time} راهیسې نه دی تایید شوی',
    unknown: 'لا نه دی تایید شوی',
  },
  lastConfirmedAt: 'وروستی تایید: {time}',
  hours: 'د کار وخت: {hours}',
  openAllDay: 'شپه او ورځ خلاص',
  openDays: 'خلاصې ورځې: {days}',
  forWhom: 'د چا لپاره: {audiences}',
  audiences: {
    everyone: 'هر څوک',
    single_men: 'مجرد سړي',
    women: 'ښځې',
    families: 'کورنۍ',
    unaccompanied_minors: 'له 18 کلونو کم عمره ماشومان چې یوازې دي',
    vulnerable_people: 'زیان منونکي خلک',
  },
  placesAvailable: 'له {total} ځایونو څخه {available} خالي دي',

  emergency: 'بېړنۍ شمېرې',
  emergencyIntro: 'وړیا زنګونه، له هر تلیفون څخه، حتی بې له کریډټ یا سیم کارټ.',
  emergencyNumbers: {
    n112: 'د اروپا بېړنۍ شمېره',
    n15: 'SAMU: بېړنۍ طبي مرسته',
    n17: 'پولیس',
    n18: 'اور وژونکي',
    n115: 'بېړنۍ سرپناه',
    n119: 'ماشومان په خطر کې',
    n196: 'په سمندر کې ژغورنه',
  },

  organisations: 'موسسې',
  organisationsIntro: 'هغه موسسې چې دا وېش او خدمتونه برابروي.',
  phone: 'تلیفون',
  email: 'ایمیل',
  website: 'وېب پاڼه',

  sections: {
    rights: 'ستاسو حقونه',
    safety: 'خوندیتوب',
    minors: 'له 18 کلونو کم',
    info: 'ګټور معلومات',
  },

  publisher: 'د {platform} د موسسو شبکه',
  publishedBy: 'خپرونکی: {publisher}',
  generatedAt: 'جوړ شوی: {time}',
  validUntil: 'تر {time} پورې اعتبار لري',
  unreviewed: 'په دې پاڼه کې ځینې ژباړې لا نه دي کتل شوې.',
  offline: 'کله چې دا پاڼه یو ځل خلاصه شي، بې له انټرنېټ هم لوستل کېدای شي.',

  notFoundTitle: 'لارښود ونه موندل شو',
  notFound: 'په دې پته کې د راتګ لارښود نشته. لینک وګورئ، یا د معلوماتو په مرکز کې پوښتنه وکړئ.',

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
    january: 'جنوري',
    february: 'فبروري',
    march: 'مارچ',
    april: 'اپرېل',
    may: 'مۍ',
    june: 'جون',
    july: 'جولای',
    august: 'اګست',
    september: 'سپتمبر',
    october: 'اکتوبر',
    november: 'نومبر',
    december: 'دسمبر',
  },

  serviceTypes: {
    meal: 'خواړه',
    drinking_water: 'د څښلو اوبه',
    showers: 'حمام (شاور)',
    clothes: 'جامې',
    tents_sleeping_bags: 'خېمې او د خوب کڅوړې',
    phone_charging: 'د تلیفون چارج',
    wifi: 'وای فای',
    first_aid: 'لومړنۍ مرسته',
    medical_consultation: 'ډاکټري معاینه',
    mental_health: 'رواني روغتیا',
    legal_information: 'حقوقي معلومات',
    asylum_information: 'د پناه غوښتنې معلومات',
    child_protection: 'د ماشومانو ساتنه',
    women_only_space: 'یوازې د ښځو لپاره ځای',
    shelter_transport: 'سرپناه ته لېږد',
    shelter: 'سرپناه',
    hygiene_kits: 'د حفظ الصحې کڅوړې',
    information_point: 'د معلوماتو مرکز',
  },
};
