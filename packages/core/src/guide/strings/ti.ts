/**
 * The Arrival Guide's built-in words in Tigrinya, in Ge'ez (Ethiopic) script, as written in
 * Eritrea; digits stay Latin. Gregorian months under the names Eritrea gives them (ጥሪ፣ ለካቲት…).
 * The reader is addressed in the polite plural, which suits women and men alike.
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Tigrinya speaker must read every string (meaning, tone, spelling) first.
 */
import type { GuideStrings } from './en';

export const ti: GuideStrings = {
  title: 'መምርሒ ንሓደሽቲ መጻእቲ',
  titleWithPlatform: 'መምርሒ ንሓደሽቲ መጻእቲ — {platform}',
  intro:
    'ኣብ ከባቢ {platform} ንዘለዉ ስደተኛታት ናጻ ሓገዝ፦ መግቢ፣ ማይ፣ ሻወር፣ ጥዕና፣ መዕቆቢን ምኽርን። ኣብዚ ገጽ ዘሎ ኩሉ ነገር ብናጻ እዩ።',
  languages: 'ቋንቋታት',
  languageFallback: 'እዚ ገጽ ብዝሓተትኩምዎ ቋንቋ የለን። ብዚ ቋንቋ ይቀርብ ኣሎ፦ {language}።',
  printable: 'ዝሕተም ቅዳሕ',

  today: 'ሎሚ',
  thisWeek: 'እዚ ሰሙን',
  dateFormat: '{weekday}፣ {day} {month}',
  timeRange: '{start} – {end}',
  distributions: 'ዕደላታት',
  nothingToday: 'ሎሚ ዝተሓበረ ዕደላ የለን።',
  nothingThisDay: 'ነዚ መዓልቲ ዝተሓበረ ዕደላ የለን።',
  byOrganisation: 'ዘዳለዎ፦ {organisation}',
  cancelled: 'ተሰሪዙ',
  movedNotice: 'ተቐይሩ፦ ሓድሽ ሰዓት ወይ ቦታ',
  addedNotice: 'ተወሳኺ ዕለት',
  where: 'ቦታ',
  placeAnnouncedOnSite: 'ቦታኡ ኣብኡ ይሕበር',
  askAtInformationPoint: 'ኣብ ቦታ ሓበሬታ ሕተቱ',

  services: 'ኣገልግሎታት',
  servicesIntro: 'እዞም ቦታታት ምሉኣት ክኾኑ ይኽእሉ እዮም፦ ቅድሚ ምኻድኩም ኣረጋግጹ።',
  noServices: 'ኣብዚ እዋን ዝተሓበረ ኣገልግሎት የለን።',
  status: {
    open: 'ክፉት',
    limited: 'ውሑድ ቦታ ተሪፉ',
    full: 'ምሉእ',
    closed: 'ዕጹው',
    unconfirmed: 'ካብ {time} ጀሚሩ ኣይተረጋገጸን',
    unknown: 'ገና ኣይተረጋገጸን',
  },
  lastConfirmedAt: 'ናይ መወዳእታ ምርግጋጽ፦ {time}',
  hours: 'ሰዓታት፦ {hours}',
  openAllDay: 'ለይትን መዓልትን ክፉት',
  openDays: 'ዝኽፈተሉ መዓልትታት፦ {days}',
  forWhom: 'ንመን፦ {audiences}',
  audiences: {
    everyone: 'ኩሉ ሰብ',
    single_men: 'በይኖም ዘለዉ ሰብኡት',
    women: 'ደቂ ኣንስትዮ',
    families: 'ስድራቤታት',
    unaccompanied_minors: 'በይኖም ዘለዉ ትሕቲ 18 ዓመት ቆልዑ',
    vulnerable_people: 'ተቓላዕቲ ሰባት',
  },
  placesAvailable: 'ካብ {total} ቦታታት {available} ባዶ እዮም',

  emergency: 'ቁጽርታት ህጹጽ ሓገዝ',
  emergencyIntro: 'ናጻ ደወል፣ ካብ ዝኾነ ተሌፎን፣ ብዘይ ክረዲት ወይ ሲም ካርድ እውን።',
  emergencyNumbers: {
    n112: 'ናይ ኤውሮጳ ቁጽሪ ህጹጽ ሓገዝ',
    n15: 'SAMU፦ ህጹጽ ሕክምና',
    n17: 'ፖሊስ',
    n18: 'መጥፋእቲ ሓዊ',
    n115: 'ህጹጽ መዕቆቢ',
    n119: 'ኣብ ሓደጋ ዘለዉ ቆልዑ',
    n196: 'ኣብ ባሕሪ ምድሓን',
  },

  organisations: 'ትካላት',
  organisationsIntro: 'ነዚ ዕደላታትን ኣገልግሎታትን ዘካይዱ ትካላት።',
  phone: 'ተሌፎን',
  email: 'ኢመይል',
  website: 'መርበብ ሓበሬታ',

  sections: {
    rights: 'መሰላትኩም',
    safety: 'ድሕንነት',
    minors: 'ትሕቲ 18 ዓመት',
    info: 'ጠቓሚ ሓበሬታ',
  },

  publisher: 'ናይ {platform} ትካላት መድረኽ',
  publishedBy: 'ዘውጽኦ፦ {publisher}',
  generatedAt: 'ዝተዳለወሉ፦ {time}',
  validUntil: 'ክሳብ {time} ይሰርሕ',
  unreviewed: 'ገለ ትርጉማት ናይዚ ገጽ ገና ኣይተመርመሩን።',
  offline: 'ሓንሳብ ምስ ተኸፍተ፣ እዚ ገጽ ብዘይ ኢንተርነት ክንበብ ይኽእል።',

  notFoundTitle: 'መምርሒ ኣይተረኽበን',
  notFound: 'ኣብዚ ኣድራሻ መምርሒ የለን። ሊንክ ኣረጋግጹ፣ ወይ ኣብ ቦታ ሓበሬታ ሕተቱ።',

  weekdays: {
    monday: 'ሰኑይ',
    tuesday: 'ሰሉስ',
    wednesday: 'ረቡዕ',
    thursday: 'ሓሙስ',
    friday: 'ዓርቢ',
    saturday: 'ቀዳም',
    sunday: 'ሰንበት',
  },
  months: {
    january: 'ጥሪ',
    february: 'ለካቲት',
    march: 'መጋቢት',
    april: 'ሚያዝያ',
    may: 'ግንቦት',
    june: 'ሰነ',
    july: 'ሓምለ',
    august: 'ነሓሰ',
    september: 'መስከረም',
    october: 'ጥቅምቲ',
    november: 'ሕዳር',
    december: 'ታሕሳስ',
  },

  serviceTypes: {
    meal: 'መግቢ',
    drinking_water: 'ናይ ምስታይ ማይ',
    showers: 'ሻወር',
    clothes: 'ክዳውንቲ',
    tents_sleeping_bags: 'ድንኳናትን ናይ ድቃስ ሳንጣታትን',
    phone_charging: 'ቻርጅ ተሌፎን',
    wifi: 'ዋይፋይ',
    first_aid: 'ቀዳማይ ረድኤት',
    medical_consultation: 'ሕክምናዊ ምርመራ',
    mental_health: 'ኣእምሮኣዊ ጥዕና',
    legal_information: 'ሕጋዊ ሓበሬታ',
    asylum_information: 'ሓበሬታ ብዛዕባ ዑቕባ',
    child_protection: 'ሓለዋ ቆልዑ',
    women_only_space: 'ንደቂ ኣንስትዮ ጥራይ ዝኸውን ቦታ',
    shelter_transport: 'መጓዓዝያ ናብ መዕቆቢ',
    shelter: 'መዕቆቢ',
    hygiene_kits: 'ናይ ጽሬት መሳርሒታት',
    information_point: 'ቦታ ሓበሬታ',
  },
};
