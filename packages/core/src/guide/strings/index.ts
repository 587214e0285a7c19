import type { GuideLanguageCode } from '../languages';
import type { Audience } from '../../boards/capacity';
import type { ServiceTypeCode } from '../../schedule/service-types';
import { am } from './am';
import { ar } from './ar';
import { ckb } from './ckb';
import { en } from './en';
import type { GuideStrings } from './en';
import { fa } from './fa';
import { fr } from './fr';
import { kmr } from './kmr';
import { ps } from './ps';
import { ti } from './ti';
import { vi } from './vi';

export type { GuideStrings } from './en';

/** The Arrival Guide's built-in words, per language. */
export const guideStrings: Record<GuideLanguageCode, GuideStrings> = {
  en,
  fr,
  ar,
  fa,
  ps,
  ckb,
  kmr,
  ti,
  am,
  vi,
};

// Every service type of the catalogue has a name in the guide, and nothing else does: a new
// code in service-types.ts fails the typecheck here until en.ts names it.
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const guideServiceTypesComplete: SameKeys<
  keyof GuideStrings['serviceTypes'],
  ServiceTypeCode
> = true;
export const guideAudiencesComplete: SameKeys<keyof GuideStrings['audiences'], Audience> = true;
