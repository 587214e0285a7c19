/** French words of the incident retention screen (namespace `incidents`, key `retention`). */
export const retentionFr = {
  title: 'Conservation des incidents',
  lead: 'Combien de temps {{platform}} garde chaque partie de ses signalements, puis les efface pour de bon.',
  rulesHeading: 'Les règles',
  rules: {
    witnesses:
      'Les noms des témoins sont effacés à la clôture du dossier, et au plus tard {{days}} jours après l’incident.',
    evidence:
      'Les photos, vidéos et documents sont gardés {{years}} ans après l’incident, et plus longtemps tant qu’une plainte, une saisine du Défenseur des droits ou une action en justice est en cours.',
    details:
      'Le récit, le lieu exact et les notes des suites sont gardés {{years}} ans, avec la même exception. Ensuite seuls les chiffres restent (type, date, commune, autorité, nombres et montants) : les rapports comptent toujours l’incident.',
    drafts:
      'Un brouillon que personne n’a vérifié est supprimé entier après {{days}} jours sans modification.',
    job: 'Opale vérifie chaque heure et efface pour de bon : rien ne reste dans la base de données.',
  },
  setOn: 'Durées fixées par les admins de la plateforme le {{date}}.',
  defaults: 'Ce sont les durées par défaut d’Opale.',
  askAdmin: 'Seuls les admins de la plateforme peuvent changer ces durées.',
  notForRole:
    'Les durées de conservation sont visibles des référent·es et au-delà. Demandez à un·e référent·e de votre organisation.',
  formHeading: 'Changer les durées',
  fields: {
    witnessDays: 'Noms des témoins (jours)',
    evidenceYears: 'Pièces jointes (années)',
    detailsYears: 'Récit, lieu et notes (années)',
    draftDays: 'Brouillons non vérifiés (jours)',
  },
  range: 'Entre {{min}} et {{max}} ; par défaut {{default}}.',
  errors: {
    notWhole: 'Donnez un nombre entier.',
    outOfRange: 'Choisissez un nombre entre {{min}} et {{max}}.',
  },
  save: 'Enregistrer les durées',
  saving: 'Enregistrement…',
  saved: 'Durées enregistrées. Ce qui a expiré selon elles sera effacé au prochain passage.',
  runHeading: 'Effacer maintenant',
  runLead:
    'Opale le fait chaque heure. Lancez-le maintenant après avoir raccourci une durée, pour ne pas attendre.',
  run: 'Effacer ce qui a expiré',
  running: 'Effacement…',
  confirmTitle: 'Effacer maintenant ce qui a expiré ?',
  confirmBody:
    'Ce qui a dépassé sa durée de conservation est effacé pour de bon ; cela ne peut pas être annulé.',
  confirm: 'Effacer',
  cancel: 'Annuler',
  nothing: 'Rien n’avait expiré.',
  done: 'Fait : {{summary}}.',
  counts: {
    draftsDeleted_one: '{{count}} brouillon supprimé',
    draftsDeleted_other: '{{count}} brouillons supprimés',
    witnessesErased_one: '{{count}} témoin effacé',
    witnessesErased_other: '{{count}} témoins effacés',
    attachmentsRemoved_one: '{{count}} pièce jointe supprimée',
    attachmentsRemoved_other: '{{count}} pièces jointes supprimées',
    reportsRedacted_one: '{{count}} signalement réduit à ses chiffres',
    reportsRedacted_other: '{{count}} signalements réduits à leurs chiffres',
  },
  held_one: '{{count}} signalement est gardé pour une suite en cours.',
  held_other: '{{count}} signalements sont gardés pour une suite en cours.',
};
