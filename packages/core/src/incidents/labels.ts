/**
 * The names of the incident types and authorities in the teams' two languages, kept with the
 * lists so that the app and the server's printable report cannot call one thing two names.
 */
import type { Locale } from '../account';
import type { IncidentAuthority, IncidentType } from './lists';

export const incidentTypeLabels: Record<Locale, Record<IncidentType, string>> = {
  fr: {
    fine: 'Amende ou contravention',
    vehicle_check: 'Contrôle de véhicule',
    volunteer_identity_check: 'Contrôle d’identité de bénévoles',
    body_search: 'Fouille',
    eviction_during_distribution: 'Expulsion pendant une distribution',
    equipment_seizure: 'Saisie ou destruction de matériel',
    distribution_obstruction: 'Entrave à une distribution',
    observation_obstruction: 'Entrave à l’observation',
    intimidation: 'Intimidation',
    physical_violence: 'Violence physique',
    volunteer_arrest: 'Interpellation d’un·e bénévole',
    other: 'Autre',
  },
  en: {
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
};

export const incidentAuthorityLabels: Record<Locale, Record<IncidentAuthority, string>> = {
  fr: {
    police_nationale: 'Police nationale',
    crs: 'CRS',
    gendarmerie: 'Gendarmerie',
    police_municipale: 'Police municipale',
    prefecture: 'Préfecture',
    municipality: 'Mairie',
    contractor: 'Entreprise prestataire',
    other: 'Autre',
  },
  en: {
    police_nationale: 'Police nationale',
    crs: 'CRS',
    gendarmerie: 'Gendarmerie',
    police_municipale: 'Police municipale',
    prefecture: 'Prefecture',
    municipality: 'Municipality',
    contractor: 'Contractor',
    other: 'Other',
  },
};
