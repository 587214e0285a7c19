/**
 * French of the values messages carry (a role, a status, a duration, a size, a kind of file), so
 * that a translated sentence does not keep an English word inside it. They are matched whole,
 * as a sentence's values are (see `../translate.ts`).
 */
import type { MessageCatalogue } from '../translate';

export const valueMessages: MessageCatalogue = {
  // Roles, as the screens name them.
  admin: 'admin',
  coordinator: 'coordination',
  rep: 'référent·e',
  field: 'terrain',
  observer: 'observation',
  // An invitation's state.
  accepted: 'acceptée',
  revoked: 'retirée',
  expired: 'expirée',
  // The rate limiter's wait.
  '1 second': '1 seconde',
  '{} seconds': '{1} secondes',
  '1 minute': '1 minute',
  '{} minutes': '{1} minutes',
  // Evidence files.
  photo: 'photo',
  video: 'vidéo',
  '{} MB': '{1} Mo',
  'JPEG, PNG or WebP photos, MP4 or MOV videos, and PDF documents':
    'les photos JPEG, PNG ou WebP, les vidéos MP4 ou MOV et les documents PDF',
  ", not '{}'": ', pas « {1} »',
  'is {}': 'est en réalité {1}',
  'is not a type Opale knows': 'n’est pas d’un type qu’Opale connaît',
  "'{}'": '« {1} »',
  'a body without a type': 'un contenu sans type',
  // What an incident counts.
  officers: 'agents',
  vehicles: 'véhicules',
  'items seized': 'objets saisis',
  // What retention keeps, and for how long.
  'witness names': 'les noms des témoins',
  evidence: 'les pièces jointes',
  'the details of a report': 'les détails d’un signalement',
  'unverified drafts': 'les brouillons non vérifiés',
  days: 'jours',
  years: 'ans',
  // The dates of bans, follow-ups and fines.
  'the date it was decided': 'la date de la décision',
  'the date it was filed': 'la date de dépôt',
  'the date of the disrupted distribution': 'la date de la distribution perturbée',
  'the date of the fine notice': 'la date de l’avis de contravention',
  'the day of the decision': 'le jour de la décision',
  'the day the challenge was filed': 'le jour du dépôt du recours',
  'the day the order was signed': 'le jour de la signature de l’arrêté',
  'the day the renewal was signed': 'le jour de la signature du renouvellement',
  'the first day the order applies': 'le premier jour d’application de l’arrêté',
  'the last day the order applies': 'le dernier jour d’application de l’arrêté',
  'the new last day of the order': 'le nouveau dernier jour de l’arrêté',
  // How a ban ended in court.
  suspended: 'suspendu',
  annulled: 'annulé',
  lifted: 'levé',
};
