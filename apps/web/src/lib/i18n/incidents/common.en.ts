import { incidentAuthorityLabels, incidentTypeLabels } from '@opale/core';
import type { IncidentsTranslation } from './fr';

/** The controlled lists of the incident log, in English (codes from core's `incidents/lists`). */
export const commonEn: IncidentsTranslation['common'] = {
  types: incidentTypeLabels.en,
  authorities: incidentAuthorityLabels.en,
  statuses: {
    draft: 'Draft',
    verified: 'Verified',
    shared: 'Shared',
  },
  followupKinds: {
    complaint: 'Complaint',
    defenseur_des_droits: 'Referral to the Défenseur des droits',
    court_action: 'Court action',
  },
  followupOutcomes: {
    pending: 'Pending',
    upheld: 'Upheld',
    dismissed: 'Dismissed',
    settled: 'Settled',
    withdrawn: 'Withdrawn',
    no_response: 'No response',
  },
  closed: 'Closed',
};
