/** French words every agenda screen shares: kinds of item, answers, places. */
export const commonFr = {
  kinds: {
    platform_meeting: 'Réunion de plateforme',
    authorities_meeting: 'Réunion avec les autorités',
    coalition_meeting: 'Réunion de coalition',
    training: 'Formation',
    joint_activity: 'Action commune',
    advocacy_action: 'Action de plaidoyer',
    other: 'Autre',
  },
  answers: {
    going: 'Présents',
    maybe: 'Peut-être',
    not_going: 'Absents',
    none: 'Pas de réponse',
  },
  placeKinds: {
    site: 'Lieu de distribution',
    address: 'Adresse',
    online: 'En ligne',
  },
  platformAgenda: 'Agenda de la plateforme',
  restricted: 'Réservé au groupe {{group}}',
  cancelled: 'Annulé',
  unknownOrganisation: 'Organisation inconnue',
  unknownSite: 'Lieu inconnu',
  savedOnDevice: 'Enregistré sur cet appareil ; ce sera envoyé au retour de la connexion.',
  notDownloaded:
    'L’agenda n’est pas encore sur cet appareil. Connectez-vous au réseau une fois : il reste ensuite lisible hors ligne.',
  noAccess: 'Cet agenda n’est pas ouvert à votre compte.',
};
