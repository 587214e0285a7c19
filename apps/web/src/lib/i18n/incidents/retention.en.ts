import type { IncidentsTranslation } from './fr';

/** English words of the incident retention screen (namespace `incidents`, key `retention`). */
export const retentionEn: IncidentsTranslation['retention'] = {
  title: 'Incident retention',
  lead: 'How long {{platform}} keeps each part of its reports, then erases it for good.',
  rulesHeading: 'The rules',
  rules: {
    witnesses:
      'Witness names are erased when a case closes, and {{days}} days after the incident at most.',
    evidence:
      'Photos, videos and documents are kept {{years}} years after the incident, and longer while a complaint, a referral to the Défenseur des droits or a court action is pending.',
    details:
      'The account, the exact place and the follow-up notes are kept {{years}} years, with the same exception. Then only the figures stay (type, date, commune, authority, counts and amounts): reports still count the incident.',
    drafts: 'A draft nobody verified is deleted whole after {{days}} days without a change.',
    job: 'Opale checks every hour and erases for good: nothing is left in the database.',
  },
  setOn: 'Periods set by the platform’s admins on {{date}}.',
  defaults: 'These are Opale’s default periods.',
  askAdmin: 'Only the platform’s admins can change these periods.',
  notForRole: 'Retention periods are shown to reps and above. Ask a rep of your organisation.',
  formHeading: 'Change the periods',
  fields: {
    witnessDays: 'Witness names (days)',
    evidenceYears: 'Attachments (years)',
    detailsYears: 'Account, place and notes (years)',
    draftDays: 'Unverified drafts (days)',
  },
  range: 'Between {{min}} and {{max}}; {{default}} by default.',
  errors: {
    notWhole: 'Give a whole number.',
    outOfRange: 'Choose a number between {{min}} and {{max}}.',
  },
  save: 'Save the periods',
  saving: 'Saving…',
  saved: 'Periods saved. What has expired under them is erased at the next run.',
  runHeading: 'Erase now',
  runLead: 'Opale does it every hour. Run it now after shortening a period, rather than wait.',
  run: 'Erase what has expired',
  running: 'Erasing…',
  confirmTitle: 'Erase what has expired now?',
  confirmBody: 'What is past its retention period is erased for good; this cannot be undone.',
  confirm: 'Erase',
  cancel: 'Cancel',
  nothing: 'Nothing had expired.',
  done: 'Done: {{summary}}.',
  counts: {
    draftsDeleted_one: '{{count}} draft deleted',
    draftsDeleted_other: '{{count}} drafts deleted',
    witnessesErased_one: '{{count}} witness erased',
    witnessesErased_other: '{{count}} witnesses erased',
    attachmentsRemoved_one: '{{count}} attachment removed',
    attachmentsRemoved_other: '{{count}} attachments removed',
    reportsRedacted_one: '{{count}} report reduced to its figures',
    reportsRedacted_other: '{{count}} reports reduced to their figures',
  },
  held_one: '{{count}} report is kept for a pending follow-up.',
  held_other: '{{count}} reports are kept for a pending follow-up.',
};
