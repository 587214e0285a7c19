/**
 * The Arrival Guide's built-in words in Amharic, in Ge'ez (Ethiopic) script; digits stay Latin.
 * The page's dates are Gregorian, so months take their international names (ጃንዋሪ፣ ፌብሩዋሪ…), not
 * the Ethiopian calendar's, which fall on other days. The reader is addressed politely (እርስዎ).
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Amharic speaker must read every string (meaning, tone, spelling) first.
 */
import type { GuideStrings } from './en';

export const am: GuideStrings = {
  title: 'የአዲስ መጪዎች መመሪያ',
  titleWithPlatform: 'የአዲስ መጪዎች መመሪያ — {platform}',
  intro:
    'በ{platform} አካባቢ ላሉ ስደተኞች ነፃ እርዳታ፦ ምግብ፣ ውሃ፣ ሻወር፣ ጤና፣ መጠለያ እና ምክር። በዚህ ገጽ ላይ ያለው ሁሉ ነፃ ነው።',
  languages: 'ቋንቋዎች',
  languageFallback: 'ይህ ገጽ በጠየቁት ቋንቋ አይገኝም። በዚህ ቋንቋ ቀርቧል፦ {language}።',
  printable: 'ለህትመት የሚሆን ቅጂ',

  today: 'ዛሬ',
  thisWeek: 'በዚህ ሳምንት',
  dateFormat: '{weekday}፣ {month} {day}',
  timeRange: '{start} – {end}',
  distributions: 'ስርጭቶች',
  nothingToday: 'ለዛሬ የተነገረ ስርጭት የለም።',
  nothingThisDay: 'ለዚህ ቀን የተነገረ ስርጭት የለም።',
  byOrganisation: 'አዘጋጅ፦ {organisation}',
  cancelled: 'ተሰርዟል',
  movedNotice: 'ተቀይሯል፦ አዲስ ሰዓት ወይም ቦታ',
  addedNotice: 'ተጨማሪ ቀን',
  where: 'ቦታ',
  placeAnnouncedOnSite: 'ቦታው እዚያው ይነገራል',
  askAtInformationPoint: 'በመረጃ መስጫ ቦታ ይጠይቁ',

  services: 'አገልግሎቶች',
  servicesIntro: 'እነዚህ ቦታዎች ሊሞሉ ይችላሉ፦ ከመሄድዎ በፊት ያረጋግጡ።',
  noServices: 'በአሁኑ ጊዜ የተነገረ አገልግሎት የለም።',
  status: {
    open: 'ክፍት',
    limited: 'ጥቂት ቦታ ቀርቷል',
    full: 'ሞልቷል',
    closed: 'ዝግ',
    unconfirmed: 'ከ{time} ጀምሮ አልተረጋገጠም',
    unknown: 'ገና አልተረጋገጠም',
  },
  lastConfirmedAt: 'መጨረሻ የተረጋገጠው፦ {time}',
  hours: 'ሰዓት፦ {hours}',
  openAllDay: 'ቀንና ሌሊት ክፍት',
  openDays: 'ክፍት የሆኑ ቀናት፦ {days}',
  forWhom: 'ለማን፦ {audiences}',
  audiences: {
    everyone: 'ሁሉም ሰው',
    single_men: 'ብቻቸውን ያሉ ወንዶች',
    women: 'ሴቶች',
    families: 'ቤተሰቦች',
    unaccompanied_minors: 'ብቻቸውን ያሉ ከ18 ዓመት በታች ልጆች',
    vulnerable_people: 'ተጋላጭ ሰዎች',
  },
  placesAvailable: 'ከ{total} ቦታዎች {available} ክፍት ናቸው',

  emergency: 'የአደጋ ጊዜ ቁጥሮች',
  emergencyIntro: 'ነፃ ጥሪ፣ ከማንኛውም ስልክ፣ ያለ ሂሳብ ወይም ያለ ሲም ካርድ እንኳ።',
  emergencyNumbers: {
    n112: 'የአውሮፓ የአደጋ ጊዜ ቁጥር',
    n15: 'SAMU፦ የሕክምና አደጋ ጊዜ',
    n17: 'ፖሊስ',
    n18: 'የእሳት አደጋ መከላከያ',
    n115: 'የአደጋ ጊዜ መጠለያ',
    n119: 'አደጋ ላይ ያሉ ልጆች',
    n196: 'የባሕር ላይ ነፍስ አድን',
  },

  organisations: 'ድርጅቶች',
  organisationsIntro: 'እነዚህን ስርጭቶችና አገልግሎቶች የሚያቀርቡ ድርጅቶች።',
  phone: 'ስልክ',
  email: 'ኢሜይል',
  website: 'ድረ ገጽ',

  sections: {
    rights: 'መብቶችዎ',
    safety: 'ደህንነት',
    minors: 'ከ18 ዓመት በታች',
    info: 'ጠቃሚ መረጃ',
  },

  publisher: 'የ{platform} ድርጅቶች መድረክ',
  publishedBy: 'ያሳተመው፦ {publisher}',
  generatedAt: 'የተዘጋጀው፦ {time}',
  validUntil: 'እስከ {time} ድረስ የሚሰራ',
  unreviewed: 'በዚህ ገጽ ላይ ያሉ አንዳንድ ትርጉሞች ገና አልተረጋገጡም።',
  offline: 'አንድ ጊዜ ከተከፈተ በኋላ ይህ ገጽ ያለ ኢንተርኔት ሊነበብ ይችላል።',

  notFoundTitle: 'መመሪያው አልተገኘም',
  notFound: 'በዚህ አድራሻ መመሪያ የለም። ሊንኩን ያረጋግጡ፣ ወይም በመረጃ መስጫ ቦታ ይጠይቁ።',

  weekdays: {
    monday: 'ሰኞ',
    tuesday: 'ማክሰኞ',
    wednesday: 'ረቡዕ',
    thursday: 'ሐሙስ',
    friday: 'ዓርብ',
    saturday: 'ቅዳሜ',
    sunday: 'እሑድ',
  },
  months: {
    january: 'ጃንዋሪ',
    february: 'ፌብሩዋሪ',
    march: 'ማርች',
    april: 'ኤፕሪል',
    may: 'ሜይ',
    june: 'ጁን',
    july: 'ጁላይ',
    august: 'ኦገስት',
    september: 'ሴፕቴምበር',
    october: 'ኦክቶበር',
    november: 'ኖቬምበር',
    december: 'ዲሴምበር',
  },

  serviceTypes: {
    meal: 'ምግብ',
    drinking_water: 'የመጠጥ ውሃ',
    showers: 'ሻወር',
    clothes: 'ልብስ',
    tents_sleeping_bags: 'ድንኳንና የመኝታ ከረጢት',
    phone_charging: 'ስልክ ቻርጅ ማድረጊያ',
    wifi: 'ዋይፋይ',
    first_aid: 'የመጀመሪያ እርዳታ',
    medical_consultation: 'የሕክምና ምርመራ',
    mental_health: 'የአእምሮ ጤና',
    legal_information: 'የሕግ መረጃ',
    asylum_information: 'ስለ ጥገኝነት መረጃ',
    child_protection: 'የሕፃናት ጥበቃ',
    women_only_space: 'ለሴቶች ብቻ የሆነ ቦታ',
    shelter_transport: 'ወደ መጠለያ መጓጓዣ',
    shelter: 'መጠለያ',
    hygiene_kits: 'የንጽሕና መጠበቂያ እቃዎች',
    information_point: 'የመረጃ መስጫ ቦታ',
  },
};
