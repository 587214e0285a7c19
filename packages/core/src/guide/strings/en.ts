/**
 * The Arrival Guide's built-in words in English: the reference every translation follows. Keys are
 * stable (translations and review rows point at them); `{placeholders}` are filled in by the page
 * and must stay as they are in every language. Times and phone numbers are always written in Latin
 * digits by the page, whatever the language.
 */
export const en = {
  /** The browser tab and the page's main heading. */
  title: 'Arrival Guide',
  titleWithPlatform: 'Arrival Guide — {platform}',
  intro:
    'Free help for people on the move around {platform}: food, water, showers, health, shelter and advice. Everything on this page is free.',
  languages: 'Languages',
  languageFallback:
    'This page is not available in the language you asked for. It is shown in {language}.',
  /** Link to the printable version. */
  printable: 'Printable version',

  today: 'Today',
  thisWeek: 'This week',
  /** A day heading, e.g. "Monday 3 March"; reorder the parts as your language writes dates. */
  dateFormat: '{weekday} {day} {month}',
  /** A time window, e.g. "12:00 – 14:00". */
  timeRange: '{start} – {end}',
  distributions: 'Distributions',
  nothingToday: 'No distribution announced for today.',
  nothingThisDay: 'No distribution announced for this day.',
  /** Who runs a distribution or a service. */
  byOrganisation: 'By {organisation}',
  cancelled: 'Cancelled',
  movedNotice: 'Changed: new time or place',
  addedNotice: 'Extra date',
  where: 'Where',
  /** A place that is not written publicly: it is announced where people already gather. */
  placeAnnouncedOnSite: 'Place announced on the spot',
  askAtInformationPoint: 'Ask at the information point',

  services: 'Services',
  servicesIntro: 'Places that can be full: check before you go.',
  noServices: 'No service announced at the moment.',
  status: {
    open: 'Open',
    limited: 'Few places left',
    full: 'Full',
    closed: 'Closed',
    unconfirmed: 'Not confirmed since {time}',
    /** A service no team has confirmed yet. */
    unknown: 'Not confirmed yet',
  },
  lastConfirmedAt: 'Last confirmed at {time}',
  /** Opening hours of a service, e.g. "Hours: 19:00 – 09:00". */
  hours: 'Hours: {hours}',
  openAllDay: 'Open day and night',
  /** The days a service opens, e.g. "Monday, Tuesday". */
  openDays: 'Open on: {days}',
  /** Who a service is for, e.g. "For: women, families". */
  forWhom: 'For: {audiences}',
  audiences: {
    everyone: 'everyone',
    single_men: 'single men',
    women: 'women',
    families: 'families',
    unaccompanied_minors: 'children under 18 on their own',
    vulnerable_people: 'vulnerable people',
  },
  placesAvailable: '{available} of {total} places available',

  emergency: 'Emergency numbers',
  emergencyIntro: 'Free calls, from any phone, even without credit or SIM card.',
  emergencyNumbers: {
    n112: 'European emergency number',
    n15: 'SAMU: medical emergency',
    n17: 'Police',
    n18: 'Fire brigade',
    n115: 'Emergency shelter',
    n119: 'Children in danger',
    n196: 'Sea rescue',
  },

  organisations: 'Organisations',
  organisationsIntro: 'The organisations that run these distributions and services.',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',

  sections: {
    rights: 'Your rights',
    safety: 'Safety',
    minors: 'Under 18',
    info: 'Good to know',
  },

  publisher: "{platform} organisations' platform",
  publishedBy: 'Published by {publisher}',
  generatedAt: 'Generated at {time}',
  validUntil: 'Valid until {time}',
  unreviewed: 'Some translations on this page have not been checked yet.',
  offline: 'Once opened, this page can be read without internet.',

  notFoundTitle: 'Guide not found',
  notFound:
    'There is no Arrival Guide at this address. Check the link, or ask at the information point.',

  weekdays: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  months: {
    january: 'January',
    february: 'February',
    march: 'March',
    april: 'April',
    may: 'May',
    june: 'June',
    july: 'July',
    august: 'August',
    september: 'September',
    october: 'October',
    november: 'November',
    december: 'December',
  },

  /** Every code of packages/core/src/schedule/service-types.ts. */
  serviceTypes: {
    meal: 'Meal',
    drinking_water: 'Drinking water',
    showers: 'Showers',
    clothes: 'Clothes',
    tents_sleeping_bags: 'Tents and sleeping bags',
    phone_charging: 'Phone charging',
    wifi: 'Wifi',
    first_aid: 'First aid',
    medical_consultation: 'Medical consultation',
    mental_health: 'Mental health',
    legal_information: 'Legal information',
    asylum_information: 'Asylum information',
    child_protection: 'Child protection',
    women_only_space: 'Women-only space',
    shelter_transport: 'Transport to shelter',
    shelter: 'Shelter',
    hygiene_kits: 'Hygiene kits',
    information_point: 'Information point',
  },
};

/** The shape every language follows: the same keys, every value a string. */
export type GuideStrings = typeof en;
