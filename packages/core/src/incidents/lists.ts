/** The controlled lists of the incident log: codes stored in SQL, labels live in the web app. */
import { z } from 'zod';

export const incidentTypes = [
  'fine',
  'vehicle_check',
  'volunteer_identity_check',
  'body_search',
  'eviction_during_distribution',
  'equipment_seizure',
  'distribution_obstruction',
  'observation_obstruction',
  'intimidation',
  'physical_violence',
  'volunteer_arrest',
  'other',
] as const;
export type IncidentType = (typeof incidentTypes)[number];

export const incidentAuthorities = [
  'police_nationale',
  'crs',
  'gendarmerie',
  'police_municipale',
  'prefecture',
  'municipality',
  'contractor',
  'other',
] as const;
export type IncidentAuthority = (typeof incidentAuthorities)[number];

/** A report starts as the author's draft; a second person verifies it before it can be shared. */
export const incidentStatuses = ['draft', 'verified', 'shared'] as const;
export type IncidentStatus = (typeof incidentStatuses)[number];

export const followupKinds = ['complaint', 'defenseur_des_droits', 'court_action'] as const;
export type FollowupKind = (typeof followupKinds)[number];

export const followupOutcomes = [
  'pending',
  'upheld',
  'dismissed',
  'settled',
  'withdrawn',
  'no_response',
] as const;
export type FollowupOutcome = (typeof followupOutcomes)[number];

export const incidentType = z.enum(incidentTypes, {
  message:
    'Choose what happened from the list (fine, vehicle check, identity check, body search, eviction, seizure, obstruction, intimidation, violence, arrest or other).',
});

export const incidentAuthority = z.enum(incidentAuthorities, {
  message:
    'Choose who acted from the list (Police nationale, CRS, gendarmerie, police municipale, prefecture, municipality, contractor or other).',
});

export const followupKind = z.enum(followupKinds, {
  message: 'Choose a follow-up: complaint, referral to the Défenseur des droits or court action.',
});

export const followupOutcome = z.enum(followupOutcomes, {
  message: 'Choose an outcome: pending, upheld, dismissed, settled, withdrawn or no response.',
});
