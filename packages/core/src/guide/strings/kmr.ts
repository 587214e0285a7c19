/**
 * The Arrival Guide's built-in words in Northern Kurdish (Kurmanji), in Latin (Hawar) script.
 * Gregorian months under their common Kurmanji names (Kanûna Paşîn, Sibat, Adar…).
 *
 * UNREVIEWED MACHINE TRANSLATION: written by an AI model from the English and not yet checked by a
 * native speaker. The app shows these strings as unreviewed until a coordinator marks them
 * reviewed; a native Kurmanji speaker must read every string (meaning, tone, spelling) first.
 */
import type { GuideStrings } from './en';

export const kmr: GuideStrings = {
  title: 'Rêbera Gihîştinê',
  titleWithPlatform: 'Rêbera Gihîştinê — {platform}',
  intro:
    'Alîkariya belaş ji bo koçberên li derdora {platform}: xwarin, av, serşok, tenduristî, stargeh û şîret. Her tiştê li ser vê rûpelê belaş e.',
  languages: 'Ziman',
  languageFallback: 'Ev rûpel bi zimanê ku te xwest tune ye. Bi vî zimanî tê nîşandan: {language}.',
  printable: 'Guhertoya çapkirinê',

  today: 'Îro',
  thisWeek: 'Vê hefteyê',
  dateFormat: '{weekday} {day} {month}',
  timeRange: '{start} – {end}',
  distributions: 'Belavkirin',
  nothingToday: 'Îro tu belavkirin nehatiye ragihandin.',
  nothingThisDay: 'Ji bo vê rojê tu belavkirin nehatiye ragihandin.',
  byOrganisation: 'Ji aliyê {organisation} ve',
  cancelled: 'Hat betalkirin',
  movedNotice: 'Guherîn: dem an cihê nû',
  addedNotice: 'Roja zêde',
  where: 'Cih',
  placeAnnouncedOnSite: 'Cih li wir tê ragihandin',
  askAtInformationPoint: 'Li xala agahiyê bipirse',

  services: 'Xizmet',
  servicesIntro: 'Dibe ku ev cih tije bin: berî ku biçî kontrol bike.',
  noServices: 'Niha tu xizmet nehatiye ragihandin.',
  status: {
    open: 'Vekirî',
    limited: 'Çend cih mane',
    full: 'Tije',
    closed: 'Girtî',
    unconfirmed: 'Ji {time} ve nehatiye piştrastkirin',
    unknown: 'Hê nehatiye piştrastkirin',
  },
  lastConfirmedAt: 'Cara dawî hat piştrastkirin: {time}',
  hours: 'Saetên vekirinê: {hours}',
  openAllDay: 'Şev û roj vekirî ye',
  openDays: 'Rojên vekirî: {days}',
  forWhom: 'Ji bo: {audiences}',
  audiences: {
    everyone: 'her kes',
    single_men: 'mêrên ezeb',
    women: 'jin',
    families: 'malbat',
    unaccompanied_minors: 'zarokên di bin 18 saliyê de yên bi tenê',
    vulnerable_people: 'kesên lawaz',
  },
  placesAvailable: '{available} ji {total} cihan vala ne',

  emergency: 'Hejmarên acîl',
  emergencyIntro: 'Telefonkirin belaş e, ji her telefonê, heta bê kredî û bê karta SIM jî.',
  emergencyNumbers: {
    n112: 'Hejmara acîl a Ewropayê',
    n15: 'SAMU: acîla bijîşkî',
    n17: 'Polîs',
    n18: 'Agirkujî',
    n115: 'Stargeha acîl',
    n119: 'Zarokên di xetereyê de',
    n196: 'Rizgarkirina li deryayê',
  },

  organisations: 'Rêxistin',
  organisationsIntro: 'Rêxistinên ku van belavkirin û xizmetan pêşkêş dikin.',
  phone: 'Telefon',
  email: 'E-name',
  website: 'Malper',

  sections: {
    rights: 'Mafên te',
    safety: 'Ewlehî',
    minors: 'Di bin 18 saliyê de',
    info: 'Baş e ku tu bizanî',
  },

  publisher: 'Platforma rêxistinên {platform}',
  publishedBy: 'Ji aliyê {publisher} ve hat weşandin',
  generatedAt: 'Hat çêkirin: {time}',
  validUntil: 'Heta {time} derbasdar e',
  unreviewed: 'Hin wergerên vê rûpelê hê nehatine kontrolkirin.',
  offline: 'Dema ku carekê were vekirin, ev rûpel bê înternetê jî tê xwendin.',

  notFoundTitle: 'Rêber nehat dîtin',
  notFound:
    'Li vê navnîşanê Rêbera Gihîştinê tune ye. Girêdanê kontrol bike, an li xala agahiyê bipirse.',

  weekdays: {
    monday: 'Duşem',
    tuesday: 'Sêşem',
    wednesday: 'Çarşem',
    thursday: 'Pêncşem',
    friday: 'În',
    saturday: 'Şemî',
    sunday: 'Yekşem',
  },
  months: {
    january: 'Kanûna Paşîn',
    february: 'Sibat',
    march: 'Adar',
    april: 'Nîsan',
    may: 'Gulan',
    june: 'Hezîran',
    july: 'Tîrmeh',
    august: 'Tebax',
    september: 'Îlon',
    october: 'Cotmeh',
    november: 'Mijdar',
    december: 'Kanûna Pêşîn',
  },

  serviceTypes: {
    meal: 'Xwarin',
    drinking_water: 'Ava vexwarinê',
    showers: 'Serşok',
    clothes: 'Cil û berg',
    tents_sleeping_bags: 'Kon û tûrikên razanê',
    phone_charging: 'Şarjkirina telefonê',
    wifi: 'Wifi',
    first_aid: 'Alîkariya pêşîn',
    medical_consultation: 'Muayeneya bijîşkî',
    mental_health: 'Tenduristiya derûnî',
    legal_information: 'Agahiyên qanûnî',
    asylum_information: 'Agahiyên li ser penaberiyê',
    child_protection: 'Parastina zarokan',
    women_only_space: 'Cihê tenê ji bo jinan',
    shelter_transport: 'Veguhastin bo stargehê',
    shelter: 'Stargeh',
    hygiene_kits: 'Pakêtên paqijiyê',
    information_point: 'Xala agahiyê',
  },
};
