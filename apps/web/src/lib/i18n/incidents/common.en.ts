import type { IncidentsTranslation } from './fr';

/** The controlled lists of the incident log, in English (codes from core's `incidents/lists`). */
export const commonEn: IncidentsTranslation['common'] = {
  types: {
    fine: 'Fine or ticket',
    vehicle_check: 'Vehicle check',
    volunteer_identity_check: 'Identity check of volunteers',
    body_search: 'Body search',
    eviction_during_distribution: 'Eviction during a distribution',
    equipment_seizure: 'Seizure or destruction of equipment',
    distribution_obstruction: 'Obstruction of a distribution',
    observation_obstruction: 'Obstruction of observation',
    intimidation: 'Intimidation',
    physical_violence: 'Physical violence',
    volunteer_arrest: 'Arrest of a volunteer',
    other: 'Other',
  },
  authorities: {
    police_nationale: 'Police nationale',
    crs: 'CRS',
    gendarmerie: 'Gendarmerie',
    police_municipale: 'Police municipale',
    prefecture: 'Prefecture',
    municipality: 'Municipality',
    contractor: 'Contractor',
    other: 'Other',
  },
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
