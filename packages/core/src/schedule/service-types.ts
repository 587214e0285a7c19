/**
 * The catalogue of service types (DESIGN.md §2): a stable code, an icon, and names in French and
 * English. The Arrival Guide adds the languages people on the move read.
 */
export interface ServiceType {
  code: string;
  /** An emoji: readable on any phone, no icon font to download. */
  icon: string;
  name: { fr: string; en: string };
}

export const serviceTypes = [
  { code: 'meal', icon: '🍲', name: { fr: 'Repas', en: 'Meal' } },
  { code: 'drinking_water', icon: '🚰', name: { fr: 'Eau potable', en: 'Drinking water' } },
  { code: 'showers', icon: '🚿', name: { fr: 'Douches', en: 'Showers' } },
  { code: 'clothes', icon: '🧥', name: { fr: 'Vêtements', en: 'Clothes' } },
  {
    code: 'tents_sleeping_bags',
    icon: '⛺',
    name: { fr: 'Tentes et duvets', en: 'Tents and sleeping bags' },
  },
  {
    code: 'phone_charging',
    icon: '🔌',
    name: { fr: 'Recharge de téléphones', en: 'Phone charging' },
  },
  { code: 'wifi', icon: '📶', name: { fr: 'Wifi', en: 'Wifi' } },
  { code: 'first_aid', icon: '🩹', name: { fr: 'Premiers secours', en: 'First aid' } },
  {
    code: 'medical_consultation',
    icon: '🩺',
    name: { fr: 'Consultation médicale', en: 'Medical consultation' },
  },
  { code: 'mental_health', icon: '💬', name: { fr: 'Santé mentale', en: 'Mental health' } },
  {
    code: 'legal_information',
    icon: '⚖️',
    name: { fr: 'Information juridique', en: 'Legal information' },
  },
  {
    code: 'asylum_information',
    icon: '📄',
    name: { fr: "Information sur l'asile", en: 'Asylum information' },
  },
  {
    code: 'child_protection',
    icon: '🧒',
    name: { fr: "Protection de l'enfance", en: 'Child protection' },
  },
  { code: 'women_only_space', icon: '♀️', name: { fr: 'Espace femmes', en: 'Women-only space' } },
  {
    code: 'shelter_transport',
    icon: '🚐',
    name: { fr: "Transport vers l'hébergement", en: 'Transport to shelter' },
  },
  { code: 'shelter', icon: '🏠', name: { fr: 'Hébergement', en: 'Shelter' } },
  { code: 'hygiene_kits', icon: '🧼', name: { fr: "Kits d'hygiène", en: 'Hygiene kits' } },
  {
    code: 'information_point',
    icon: 'ℹ️',
    name: { fr: "Point d'information", en: 'Information point' },
  },
] as const satisfies readonly ServiceType[];

export type ServiceTypeCode = (typeof serviceTypes)[number]['code'];

export function serviceTypeOf(code: string): ServiceType | undefined {
  return serviceTypes.find((type) => type.code === code);
}

export function isServiceTypeCode(code: string): code is ServiceTypeCode {
  return serviceTypeOf(code) !== undefined;
}
