/**
 * French words of the incident log and of a report's page (namespace `incidents`, key `list`).
 * The controlled lists (types, authorities, statuses, follow-ups) are in `common`.
 */
export const listFr = {
  log: {
    title: 'Incidents',
    lead: 'Entraves et harcèlement subis par les organisations de {{platform}} : amendes, expulsions, saisies…',
    record: 'Consigner un incident',
    moreScreens: 'Autres écrans des incidents',
    reports: 'Bilans',
    bans: 'Arrêtés d’interdiction',
    retention: 'Conservation',
    heading: 'Signalements',
    count_one: '{{count}} signalement',
    count_other: '{{count}} signalements',
    visibility: {
      observer:
        'En observation, vous ne voyez que les signalements partagés avec les groupes de votre organisation.',
      field:
        'Vous voyez les signalements que vous avez écrits, et ceux partagés avec les groupes de votre organisation.',
      organisation:
        'Vous voyez tous les signalements de {{organisation}}, et ceux que d’autres ont partagés avec ses groupes.',
    },
    empty: {
      observer:
        'Aucun signalement n’est partagé avec les groupes de votre organisation. Les observateur·rices ne voient que ce qui est partagé avec leurs groupes.',
      field:
        'Aucun signalement pour l’instant. Vous voyez les signalements que vous avez écrits, et ceux partagés avec les groupes de votre organisation.',
      organisation:
        'Aucun signalement de {{organisation}} pour l’instant, et rien n’est partagé avec ses groupes.',
      filtered: 'Aucun signalement ne correspond aux filtres.',
    },
    filters: {
      toggle: 'Filtres',
      active_one: '{{count}} filtre actif',
      active_other: '{{count}} filtres actifs',
      status: 'Statut',
      allStatuses: 'Tous les statuts',
      type: 'Type d’incident',
      allTypes: 'Tous les types',
      month: 'Mois',
      allMonths: 'Tous les mois',
      whose: 'Signalements',
      allWhose: 'Tous ceux que je peux lire',
      mine: 'Écrits par moi',
      organisation: 'De mon organisation',
      shared: 'Partagés avec mes groupes',
      clear: 'Effacer les filtres',
    },
    card: {
      writtenByYou: 'Écrit par vous',
      sharedBy: 'Partagé par {{organisation}} avec {{groups}}',
      sharedByYourGroups: 'Partagé par {{organisation}} avec les groupes de votre organisation',
      sharedWith: 'Partagé avec {{groups}}',
      authority: 'Par : {{authority}}',
      officers_one: '{{count}} agent',
      officers_other: '{{count}} agents',
      vehicles_one: '{{count}} véhicule',
      vehicles_other: '{{count}} véhicules',
      itemsSeized_one: '{{count}} objet saisi',
      itemsSeized_other: '{{count}} objets saisis',
      fine: 'Amende de {{amount}}',
    },
  },
  status: {
    label: 'Statut : {{status}}',
  },
  place: {
    unknownSite: 'Site qui n’est plus au planning',
    unknownOrganisation: 'une autre organisation',
    unknownGroup: 'un groupe supprimé',
  },
  deadline: {
    contestBy: 'À contester au plus tard le {{date}} : {{remaining}}',
    contestPassed: 'Délai pour contester dépassé le {{date}} : {{remaining}}',
    daysLeft_one: 'reste {{count}} jour',
    daysLeft_other: 'restent {{count}} jours',
    lastDay: 'c’est le dernier jour',
    daysPast_one: 'il y a {{count}} jour',
    daysPast_other: 'il y a {{count}} jours',
  },
  page: {
    back: 'Retour aux incidents',
    notFoundTitle: 'Signalement introuvable',
    notFound:
      'Ce signalement n’existe pas sur {{platform}}, ou il n’est pas partagé avec vous. Les signalements ne sont visibles que par leur organisation et les groupes avec qui elle les partage.',
    loadFailed: 'Le signalement n’a pas pu être chargé.',
    retry: 'Réessayer',
    readFromGroup: 'Signalement de {{organisation}}, partagé avec {{groups}}.',
    readFromYourGroups:
      'Signalement de {{organisation}}, partagé avec les groupes de votre organisation.',
    readFromGroupNote:
      'Qui l’a écrit, les témoins et les suites données restent au sein de cette organisation.',
    writtenByYou: 'Vous avez écrit ce signalement.',
    details: {
      heading: 'Ce qui s’est passé',
      type: 'Type',
      when: 'Date et heure',
      place: 'Lieu',
      commune: 'Commune',
      authority: 'Autorité',
      officers: 'Agents',
      vehicles: 'Véhicules',
      itemsSeized: 'Objets saisis',
      fine: 'Amende',
      fineNotice: 'Avis de contravention du',
      contestDeadline: 'Contester au plus tard le',
      notGiven: 'Non renseigné',
      narrative: 'Récit',
      noNarrative: 'Pas de récit.',
      redacted:
        'Détails effacés le {{date}} selon les règles de conservation : récit, lieu précis et notes des suites ne sont plus gardés.',
      history: 'Historique',
      created: 'Écrit le {{date}}',
      verified: 'Vérifié le {{date}}',
      updated: 'Modifié le {{date}}',
      closed: 'Dossier clos le {{date}}',
    },
    occurrence: {
      heading: 'Distribution perturbée',
      what: '{{service}} à {{site}}',
      on: 'le {{date}}',
      by: 'Organisée par {{organisation}}',
      unknown: 'Une distribution du {{date}} qui n’est plus au planning.',
      loading: 'Lecture du planning…',
    },
    workflow: {
      heading: 'Suivi',
      edit: 'Modifier',
      verify: 'Vérifier',
      verifyHint:
        'Vérifier confirme le signalement ; votre organisation pourra ensuite le partager.',
      verified: 'Signalement vérifié.',
      author:
        'Vous avez écrit ce signalement : un·e autre membre de votre organisation (référent·e ou coordination) doit le vérifier.',
      authorField:
        'Un·e référent·e de votre organisation doit vérifier ce brouillon ; vous pouvez le modifier d’ici là.',
      share: 'Partager avec un groupe',
      shareGroup: 'Groupe',
      shareChoose: 'Choisir un groupe',
      shareSubmit: 'Partager',
      shareHint:
        'Le groupe verra le signalement, sans qui l’a écrit, sans les témoins ni les suites données.',
      shareChooseFirst: 'Choisissez d’abord un groupe.',
      shared: 'Signalement partagé avec {{group}}.',
      sharedWith: 'Partagé avec : {{groups}}',
      draft: 'Un brouillon ne peut pas être partagé : il doit d’abord être vérifié.',
      noGroup:
        '{{organisation}} ne fait partie d’aucun groupe de {{platform}} : il n’y a personne avec qui partager. Un·e admin de la plateforme gère les groupes.',
      sharedWithAll: 'Déjà partagé avec tous les groupes dont {{organisation}} fait partie.',
      close: 'Clore le dossier',
      closeTitle: 'Clore ce dossier ?',
      closeBody:
        'Les noms des témoins seront effacés pour de bon. Le signalement ne pourra plus être modifié.',
      closeConfirm: 'Clore et effacer les témoins',
      closed_one: 'Dossier clos ; {{count}} témoin effacé.',
      closed_other: 'Dossier clos ; {{count}} témoins effacés.',
      isClosed: 'Ce dossier est clos : le signalement ne peut plus être modifié.',
    },
    attachments: {
      heading: 'Pièces jointes',
      none: 'Aucune pièce jointe.',
      photo: 'Photo',
      video: 'Vidéo',
      pdf: 'PDF',
      file: 'Fichier',
      open: 'Ouvrir {{name}} ({{kind}}, {{size}})',
      photoAlt: 'Photo jointe : {{name}}',
      hash: 'SHA-256 : {{hash}}',
      hashHint:
        'L’empreinte SHA-256 permet de vérifier plus tard qu’une copie d’un fichier est identique à celle-ci.',
      copyHash: 'Copier l’empreinte complète',
      copyHashOf: 'Copier l’empreinte complète de {{name}}',
      hashCopied: 'Empreinte complète de {{name}} copiée.',
      hashNotCopied: 'La copie n’a pas marché ; voici l’empreinte complète de {{name}} : {{hash}}',
      remove: 'Retirer',
      removeOf: 'Retirer {{name}}',
      removeTitle: 'Retirer {{name}} ?',
      removeBody: 'Le fichier sera supprimé de ce signalement pour de bon.',
      removed: '{{name}} retiré du signalement.',
      add: 'Ajouter des photos ou documents',
      addHint:
        'Photos JPEG, PNG ou WebP jusqu’à {{photo}}, vidéos MP4 ou MOV jusqu’à {{video}}, PDF jusqu’à {{pdf}}.',
      offline:
        'Connectez-vous pour ajouter des fichiers — ou enregistrez un nouveau signalement, qui attend sur le téléphone.',
      sending: 'Envoi de {{name}} ({{current}} sur {{total}})…',
      sent_one: '{{count}} fichier ajouté au signalement.',
      sent_other: '{{count}} fichiers ajoutés au signalement.',
      notSent: '{{name}} n’a pas été ajouté : {{reason}}',
      retry: 'Réessayer {{name}}',
      dismiss: 'Laisser {{name}}',
      wrongType:
        'Opale garde des photos JPEG, PNG ou WebP, des vidéos MP4 ou MOV et des PDF. Une photo d’iPhone en HEIC : exportez-la d’abord en JPEG.',
      tooLarge:
        'ce fichier dépasse {{limit}}, le maximum qu’Opale garde pour ce type de fichier. Envoyez-en un plus court ou plus petit.',
      refusedTooLarge:
        'le serveur le trouve trop gros. Envoyez un fichier plus court ou plus petit.',
      refusedType:
        'son contenu n’est pas celui d’une photo, d’une vidéo ou d’un PDF accepté. Envoyez le fichier d’origine (une photo HEIC : exportez-la en JPEG).',
      refusedUnreadable:
        'Opale n’a pas pu le lire pour en retirer la position et les données de l’appareil ; il est peut-être abîmé. Exportez-le à nouveau et envoyez cette copie.',
      lostConnection: 'la connexion a été perdue. Réessayez quand le réseau revient.',
    },
    followups: {
      heading: 'Suites données',
      none: 'Aucune suite pour l’instant.',
      filedOn: 'Déposée le {{date}}',
      outcome: 'Résultat : {{outcome}}',
      add: 'Ajouter une suite',
      kind: 'Suite donnée',
      filedOnLabel: 'Date de dépôt',
      outcomeLabel: 'Résultat',
      notes: 'Notes',
      notesHint:
        'Aucune donnée personnelle des personnes aidées : ni nom, ni téléphone, ni lieu précis d’un campement.',
      submit: 'Enregistrer la suite',
      saved: 'Suite enregistrée.',
      savedWithWarnings:
        'Suite enregistrée, mais ses notes semblent contenir des données personnelles (voir ci-dessous) : si c’en est, retirez-les avec « Changer le résultat ».',
      filedOnMissing: 'Donnez la date de dépôt.',
      decidedOn: 'Décidée le {{date}}',
      changedOn: 'Modifiée le {{date}}',
      change: 'Changer le résultat',
      changeOf: 'Changer le résultat : {{kind}} déposée le {{date}}',
      changeTitle: 'Nouveau résultat : {{kind}} déposée le {{date}}',
      decidedOnLabel: 'Date de la décision',
      decidedOnHint: 'Laissez vide si vous ne la connaissez pas.',
      notesRedacted:
        'Les détails de ce signalement ont expiré (conservation) : ses suites ne gardent plus de notes.',
      changeSubmit: 'Enregistrer le résultat',
      changeCancel: 'Annuler',
      changed: 'Résultat enregistré.',
      changedWithWarnings:
        'Résultat enregistré, mais les notes semblent contenir des données personnelles (voir ci-dessous) : retirez-les si elles concernent une personne aidée.',
      unchanged: 'Rien n’a changé.',
    },
    personalData: {
      heading:
        'Cela ressemble à une donnée personnelle ; retirez-la si elle concerne une personne aidée :',
      item: '{{kind}} : « {{text}} »',
      phone: 'numéro de téléphone',
      email: 'adresse e-mail',
      name: 'nom',
      coordinates: 'coordonnées GPS',
    },
    witnesses: {
      heading: 'Témoins',
      note: 'Des bénévoles qui acceptent d’être nommé·es. Seul·es les référent·es de {{organisation}} les voient, et leurs noms sont effacés pour de bon à la clôture du dossier.',
      none: 'Aucun témoin enregistré.',
      erased: 'Le dossier est clos : les noms des témoins ont été effacés.',
      contact: 'Contact : {{contact}}',
      add: 'Ajouter un témoin',
      name: 'Nom du ou de la bénévole',
      nameHint: 'Seulement un·e bénévole d’accord pour être nommé·e, jamais une personne aidée.',
      contactLabel: 'Contact',
      contactHint:
        'Téléphone ou e-mail du ou de la bénévole, pour le joindre si le dossier va en justice.',
      submit: 'Ajouter le témoin',
      added: '{{name}} ajouté·e comme témoin.',
    },
  },
};
