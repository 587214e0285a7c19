/** French of the messages raised by the API's routers (packages/api/src/routers) (see `../translate.ts`). */
import type { MessageCatalogue } from '../translate';

export const apiRouterMessages: MessageCatalogue = {
  'That session has already ended or is not one of yours. Reload the list.':
    'Cette session est déjà terminée ou ne vous appartient pas. Rechargez la liste.',
  'Your current password is not right. Type it again; nothing was changed.':
    'Votre mot de passe actuel est incorrect. Saisissez-le à nouveau ; rien n’a été modifié.',
  'Use a date like 2026-11-01.': 'Saisissez une date au format 2026-11-01.',
  'Use a date like 2026-11-30.': 'Saisissez une date au format 2026-11-30.',
  'That is not a ban id.': 'Ceci n’est pas un identifiant d’arrêté d’interdiction.',
  'There is no such ban on {}; it may have been removed. Reload the list.':
    'Cet arrêté d’interdiction n’existe pas sur {1} ; il a peut-être été supprimé. Rechargez la liste.',
  'The challenge is dated before the order was signed ({}); check the filing date.':
    'Le recours est daté d’avant la signature de l’arrêté ({1}) ; vérifiez la date de dépôt.',
  'Only a coordinator, or a rep of the organisation that recorded this ban, can remove it; correct it instead, or ask a coordinator.':
    'Seul·e un·e coordinateur·rice, ou un·e référent·e de l’organisation qui a enregistré cet arrêté d’interdiction, peut le supprimer ; corrigez-le plutôt, ou demandez à un·e coordinateur·rice.',
  'Say how many days to show, from 1 to {}.': 'Indiquez combien de jours afficher, de 1 à {1}.',
  'Say how many days to show as a whole number, from 1 to {}.':
    'Indiquez combien de jours afficher par un nombre entier, de 1 à {1}.',
  'Show at least 1 day of history.': 'Affichez au moins 1 jour d’historique.',
  'Show at most {} days of history at once; choose a shorter window.':
    'Affichez au plus {1} jours d’historique à la fois ; choisissez une période plus courte.',
  'Say which organisation runs the service.': 'Indiquez quelle organisation assure le service.',
  'Say which service to show.': 'Indiquez quel service afficher.',
  'That is not a service of the board; reload the page.':
    'Ce service ne figure pas sur le tableau ; rechargez la page.',
  'This service is not on the capacity board of {}: it was removed, or the link is wrong. Go back to the board and choose it again.':
    'Ce service ne figure pas sur le tableau des capacités de {1} : il a été supprimé, ou le lien est erroné. Revenez au tableau et choisissez-le à nouveau.',
  'Choose which calendar to subscribe to: the distributions or the agenda.':
    'Choisissez le calendrier auquel vous abonner : celui des distributions ou l’agenda.',
  'Choose what the calendar shows: what concerns your organisation, or the whole platform.':
    'Choisissez ce que le calendrier affiche : ce qui concerne votre organisation, ou toute la plateforme.',
  'You already have {} calendar links on {}. Revoke one you no longer use, then create a new one.':
    'Vous avez déjà {1} liens d’agenda sur {2}. Révoquez-en un que vous n’utilisez plus, puis créez-en un nouveau.',
  'That calendar link is already revoked or is not one of yours. Reload the list.':
    'Ce lien d’agenda est déjà révoqué ou ne vous appartient pas. Rechargez la liste.',
  'There is no such group on {}. Reload the list of groups.':
    'Ce groupe n’existe pas sur {1}. Rechargez la liste des groupes.',
  'That organisation is not on {}. Add it to the platform first.':
    'Cette organisation ne fait pas partie de {1}. Ajoutez-la d’abord à la plateforme.',
  'Your organisation has no open invitation to {}. Reload the list of groups.':
    'Votre organisation n’a aucune invitation en attente pour {1}. Rechargez la liste des groupes.',
  'That is not one of the guide’s languages. Choose among: {}.':
    'Cette langue ne fait pas partie des langues du guide. Choisissez parmi : {1}.',
  'A guide section is one of: rights, safety, minors, info.':
    'Une rubrique du guide est l’une des suivantes : rights, safety, minors, info.',
  'Choose at least one translation.': 'Choisissez au moins une traduction.',
  'That is more translations than the guide has. Reload the page.':
    'C’est plus de traductions que le guide n’en contient. Rechargez la page.',
  'Keep at least one language on the guide.': 'Gardez au moins une langue dans le guide.',
  'Each language can appear only once in the list.':
    'Chaque langue ne peut figurer qu’une seule fois dans la liste.',
  'Show at least one language on the public guide; otherwise people would find an empty page.':
    'Affichez au moins une langue dans le guide public ; sinon, les personnes trouveraient une page vide.',
  'A guide section holds at most {} characters. Shorten it, or move part of it to another section.':
    'Une rubrique du guide contient au plus {1} caractères. Raccourcissez-la, ou déplacez-en une partie dans une autre rubrique.',
  'The {} section in {} is empty: there is nothing to review. Write it and save it first.':
    'La rubrique {1} en {2} est vide : il n’y a rien à relire. Rédigez-la et enregistrez-la d’abord.',
  'The guide has no translation called {}. Reload the page: the guide’s texts may have changed.':
    'Le guide n’a aucune traduction nommée {1}. Rechargez la page : les textes du guide ont peut-être changé.',
  'That is not an incident id.': 'Ceci n’est pas un identifiant de signalement.',
  'There is no such incident on {}, or it is not shared with you.':
    'Ce signalement n’existe pas sur {1}, ou il n’est pas partagé avec vous.',
  'This report’s details expired under the platform’s retention, so its follow-ups keep no notes. Leave the notes empty.':
    'Les détails de ce signalement ont été effacés selon la durée de conservation de la plateforme : ses suites ne gardent donc aucune note. Laissez les notes vides.',
  'Only a rep of the organisation that reported it can record its witnesses.':
    'Seul·e un·e référent·e de l’organisation qui l’a signalé peut enregistrer ses témoins.',
  'This incident is closed and keeps no witnesses.':
    'Ce signalement est clos et ne garde aucun témoin.',
  'Only the reps of the organisation that reported it can see its witnesses.':
    'Seul·es les référent·es de l’organisation qui l’a signalé peuvent voir ses témoins.',
  'Only a rep of the organisation that reported it can record a follow-up.':
    'Seul·e un·e référent·e de l’organisation qui l’a signalé peut enregistrer une suite.',
  'That is not a follow-up id.': 'Ceci n’est pas un identifiant de suite.',
  'Only a rep of the organisation that reported it can change a follow-up.':
    'Seul·e un·e référent·e de l’organisation qui l’a signalé peut modifier une suite.',
  'This incident has no such follow-up; reload the page to see its follow-ups.':
    'Ce signalement n’a pas cette suite ; rechargez la page pour voir ses suites.',
  'A pending follow-up has not been decided yet: leave the decision date empty, or choose its outcome.':
    'Une suite en attente n’a pas encore été tranchée : laissez la date de décision vide, ou choisissez son issue.',
  'The decision date is before the follow-up was filed ({}); check the date.':
    'La date de décision est antérieure au dépôt de la suite ({1}) ; vérifiez la date.',
  'The decision date is in the future; give the date it was decided.':
    'La date de décision est dans le futur ; indiquez la date à laquelle la décision a été prise.',
  'That is not an attachment id.': 'Ceci n’est pas un identifiant de pièce jointe.',
  'This incident is closed; its evidence can no longer be changed.':
    'Ce signalement est clos ; ses preuves ne peuvent plus être modifiées.',
  'Only a rep of the organisation can remove evidence once the report is verified.':
    'Seul·e un·e référent·e de l’organisation peut retirer une preuve une fois le signalement vérifié.',
  'Choose what to count: all you can see (all), your organisation’s (own) or shared (shared).':
    'Choisissez ce qu’il faut compter : tout ce que vous pouvez voir (all), ceux de votre organisation (own) ou ceux partagés (shared).',
  'The last day ({}) comes before the first ({}); swap them.':
    'Le dernier jour ({1}) est avant le premier ({2}) ; inversez-les.',
  'The incident is dated in the future; check its date and time.':
    'Le signalement est daté dans le futur ; vérifiez sa date et son heure.',
  "That site is not on {}'s list; choose another or describe the place.":
    'Ce lieu ne figure pas dans la liste de {1} ; choisissez-en un autre ou décrivez l’endroit.',
  'This report’s key was already used for another report; reload the form and send it again.':
    'La clé de ce signalement a déjà été utilisée pour un autre signalement ; rechargez le formulaire et envoyez-le à nouveau.',
  'This incident is closed; it can no longer be changed.':
    'Ce signalement est clos ; il ne peut plus être modifié.',
  'Only a rep of the organisation can change a report once it is verified.':
    'Seul·e un·e référent·e de l’organisation peut modifier un signalement une fois qu’il est vérifié.',
  'You wrote this report: another member of your organisation must verify it.':
    'Vous avez rédigé ce signalement : un·e autre membre de votre organisation doit le vérifier.',
  'This incident is closed; it can no longer be verified.':
    'Ce signalement est clos ; il ne peut plus être vérifié.',
  'This report is already verified.': 'Ce signalement est déjà vérifié.',
  'That is not a group id.': 'Ceci n’est pas un identifiant de groupe.',
  'Only a rep of the organisation that reported it can share an incident.':
    'Seul·e un·e référent·e de l’organisation qui l’a signalé peut partager un signalement.',
  'A draft cannot be shared: another member must verify it first.':
    'Un brouillon ne peut pas être partagé : un·e autre membre doit d’abord le vérifier.',
  'Your organisation is not a member of that group on {}; share only with a group it has joined.':
    'Votre organisation n’est pas membre de ce groupe sur {1} ; partagez uniquement avec un groupe qu’elle a rejoint.',
  'Only a rep of the organisation that reported it can close an incident.':
    'Seul·e un·e référent·e de l’organisation qui l’a signalé peut clore un signalement.',
  'This invitation link is incomplete. Copy the whole link and try again.':
    'Ce lien d’invitation est incomplet. Copiez le lien en entier et réessayez.',
  'This invitation link is not valid. Check that you copied the whole link, or ask your platform admin for a new one.':
    'Ce lien d’invitation n’est pas valide. Vérifiez que vous avez copié le lien en entier, ou demandez-en un nouveau à l’admin de votre plateforme.',
  'The organisation of this invitation has left the platform. Ask your platform admin for a new one.':
    'L’organisation de cette invitation a quitté la plateforme. Demandez-en une nouvelle à l’admin de votre plateforme.',
  'That organisation is not on {}. Add it to the platform first, then invite its people.':
    'Cette organisation ne fait pas partie de {1}. Ajoutez-la d’abord à la plateforme, puis invitez ses membres.',
  'There is no such invitation on {}. Reload the list.':
    'Cette invitation n’existe pas sur {1}. Rechargez la liste.',
  'This invitation is already {}; there is nothing to withdraw.':
    'Cette invitation n’est plus ouverte (état : {1}) ; il n’y a rien à retirer.',
  'This invitation is for {}, but you are signed in as {}. Sign out, then open the link again.':
    'Cette invitation est destinée à {1}, mais vous êtes connecté·e en tant que {2}. Déconnectez-vous, puis ouvrez à nouveau le lien.',
  'You are already a member of {}. If you need another role, ask a platform admin to change it.':
    'Vous êtes déjà membre de {1}. Si vous avez besoin d’un autre rôle, demandez à un·e admin de la plateforme de le modifier.',
  'Give your name and choose a password to create your account, or sign in if you already have one.':
    'Indiquez votre nom et choisissez un mot de passe pour créer votre compte, ou connectez-vous si vous en avez déjà un.',
  'Enter the email address you will sign in with.':
    'Saisissez l’adresse e-mail avec laquelle vous vous connecterez.',
  'An account with {} already exists. Sign in first, then open this link again to add {} to it.':
    'Un compte existe déjà avec {1}. Connectez-vous d’abord, puis ouvrez à nouveau ce lien pour y ajouter {2}.',
  'This invitation was used a moment ago; each link works once. Ask your platform admin for a new one.':
    'Cette invitation vient d’être utilisée ; chaque lien ne fonctionne qu’une fois. Demandez-en une nouvelle à l’admin de votre plateforme.',
  'This person is no longer a member of {}. Reload the list of members.':
    'Cette personne n’est plus membre de {1}. Rechargez la liste des membres.',
  'This organisation is not on {}. Reload the list of organisations.':
    'Cette organisation ne fait pas partie de {1}. Rechargez la liste des organisations.',
  'That organisation no longer exists. Reload the list and pick another.':
    'Cette organisation n’existe plus. Rechargez la liste et choisissez-en une autre.',
  'This organisation still has {} member(s) on {}. Remove them first, then remove the organisation.':
    'Cette organisation compte encore {1} membre(s) sur {2}. Retirez-les d’abord, puis supprimez l’organisation.',
  'Choose the organisation whose schedule this is.':
    'Choisissez l’organisation à laquelle appartient ce planning.',
  'The file is larger than {} kB; split it and import the parts one after the other.':
    'Le fichier dépasse {1} ko ; découpez-le et importez les parties l’une après l’autre.',
  'You can import the schedule of your own organisation only. A coordinator can import it for another organisation.':
    'Vous ne pouvez importer que le planning de votre propre organisation. Un·e coordinateur·rice peut l’importer pour une autre organisation.',
  'That organisation is not on {}. Reload the page and choose another.':
    'Cette organisation ne fait pas partie de {1}. Rechargez la page et choisissez-en une autre.',
};
