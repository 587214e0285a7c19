import { incidentAuthorityLabels, incidentTypeLabels } from '@opale/core';
/** The controlled lists of the incident log, in French (codes from core's `incidents/lists`). */
export const commonFr = {
  types: incidentTypeLabels.fr,
  authorities: incidentAuthorityLabels.fr,
  statuses: {
    draft: 'Brouillon',
    verified: 'Vérifié',
    shared: 'Partagé',
  },
  followupKinds: {
    complaint: 'Plainte',
    defenseur_des_droits: 'Saisine du Défenseur des droits',
    court_action: 'Action en justice',
  },
  followupOutcomes: {
    pending: 'En cours',
    upheld: 'Reconnu fondé',
    dismissed: 'Rejeté ou classé',
    settled: 'Réglé à l’amiable',
    withdrawn: 'Retiré',
    no_response: 'Sans réponse',
  },
  closed: 'Clos',
};
