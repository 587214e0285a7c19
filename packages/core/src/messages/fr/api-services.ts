/** French of the messages raised by the API's services and procedures, and by the live boards' sync server (see `../translate.ts`). */
import type { MessageCatalogue } from '../translate';

export const apiServiceMessages: MessageCatalogue = {
  "That distribution is not on {}'s schedule (it may have been removed); choose it again, or leave the distribution empty.":
    'Cette distribution n’est pas au planning de {1} (elle a peut-être été supprimée) ; choisissez-la de nouveau, ou laissez la distribution vide.',
  'That distribution does not take place on {}; choose one of its dates, or leave the distribution empty.':
    'Cette distribution n’a pas lieu le {1} ; choisissez l’une de ses dates, ou laissez la distribution vide.',
  'That distribution is on {}, after today; link an incident only to a distribution that has taken place or is under way.':
    'Cette distribution a lieu le {1}, après aujourd’hui ; liez un signalement uniquement à une distribution qui a eu lieu ou qui est en cours.',
  'The distribution belongs to another organisation; its team sets its status. The incident keeps the link.':
    'La distribution appartient à une autre organisation ; c’est son équipe qui en fixe le statut. Le signalement garde le lien.',
  'The distribution is cancelled, and a cancellation stays as it is. The incident keeps the link.':
    'La distribution est annulée, et une annulation reste telle quelle. Le signalement garde le lien.',
  'The incident is recorded, but the distribution’s status could not be set just now; set it to disrupted in Today.':
    'Le signalement est enregistré, mais le statut de la distribution n’a pas pu être modifié pour l’instant ; passez-la en « perturbée » dans Aujourd’hui.',
  'This invitation was withdrawn on {}. Ask your platform admin for a new one.':
    'Cette invitation a été retirée le {1}. Demandez-en une nouvelle à l’admin de votre plateforme.',
  'This invitation was already used on {}; each link works once. If that was you, sign in; otherwise ask your platform admin for a new one.':
    'Cette invitation a déjà été utilisée le {1} ; chaque lien ne sert qu’une fois. Si c’était vous, connectez-vous ; sinon, demandez-en une nouvelle à l’admin de votre plateforme.',
  'This invitation expired on {}. Ask your platform admin for a new one.':
    'Cette invitation a expiré le {1}. Demandez-en une nouvelle à l’admin de votre plateforme.',
  'The file is empty. Its first row names the columns ({}); each row after it is one distribution.':
    'Le fichier est vide. Sa première ligne donne le nom des colonnes ({1}) ; chaque ligne suivante est une distribution.',
  'The file could not be read as CSV{}: {} Save it again from your spreadsheet as "CSV UTF-8" and try again.':
    'Le fichier n’a pas pu être lu comme un CSV{1} : {2} Enregistrez-le de nouveau depuis votre tableur au format « CSV UTF-8 », puis réessayez.',
  'The file has a header but no distributions: add one row per distribution below the header.':
    'Le fichier a une ligne d’en-tête mais aucune distribution : ajoutez une ligne par distribution sous l’en-tête.',
  'The file has {} rows; import at most {} at once (split the file).':
    'Le fichier compte {1} lignes ; importez-en au plus {2} à la fois (découpez le fichier).',
  "Row 1: the column '{}' is not one Opale reads; the columns are: {}.":
    'Ligne 1 : Opale ne lit pas la colonne « {1} » ; les colonnes sont : {2}.',
  "Row 1: the column '{}' appears twice; keep one.":
    'Ligne 1 : la colonne « {1} » apparaît deux fois ; n’en gardez qu’une.',
  'Row 1: the file has no column {}. The first row must name the columns: {} (the last five may be left out).':
    'Ligne 1 : il manque au fichier la colonne {1}. La première ligne doit donner le nom des colonnes : {2} (les cinq dernières sont facultatives).',
  'That email and password do not match an account. Check both and try again.':
    'Cet e-mail et ce mot de passe ne correspondent à aucun compte. Vérifiez-les, puis réessayez.',
  'Too many failed sign-ins for this account. Wait {} minutes and try again, or ask your platform admin for help.':
    'Trop de tentatives de connexion échouées pour ce compte. Attendez {1} minutes, puis réessayez, ou demandez de l’aide à l’admin de votre plateforme.',
  'Too many failed sign-ins from this network. Wait {} minutes and try again.':
    'Trop de tentatives de connexion échouées depuis ce réseau. Attendez {1} minutes, puis réessayez.',
  'Your session has ended. Sign in again to continue.':
    'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'You are not a member of the platform "{}". Ask one of its admins for an invitation.':
    'Vous n’êtes pas membre de la plateforme « {1} ». Demandez une invitation à l’un·e de ses admins.',
  'This needs the {} role on {}; you are {}. Ask a platform admin if you need more rights.':
    'Il faut le rôle {1} sur {2} ; votre rôle est {3}. Demandez à un·e admin de la plateforme si vous avez besoin de plus de droits.',
  'The message could not be read.': 'Le message n’a pas pu être lu.',
  'Unknown message type {}.': 'Type de message inconnu : {1}.',
  'Unknown sync step {}.': 'Étape de synchronisation inconnue : {1}.',
  'Presence state too large.': 'État de présence trop volumineux.',
  'A presence state must be an object.': 'Un état de présence doit être un objet.',
  'The board {} was unloaded; try again.': 'Le tableau {1} a été déchargé ; réessayez.',
  'The server could not save your change; it will be sent again.':
    'Le serveur n’a pas pu enregistrer votre modification ; elle sera renvoyée.',
  'You can read this board but not change it.':
    'Vous pouvez lire ce tableau, mais pas le modifier.',
  'The update claims another person’s edits.':
    'Cette mise à jour s’attribue les modifications d’une autre personne.',
  'Your role ({}) may not change {} in {}.':
    'Votre rôle ({1}) ne permet pas de modifier {2} dans {3}.',
  'This board is full; ask a coordinator to archive old entries.':
    'Ce tableau est plein ; demandez à un·e coordinateur·rice d’archiver les anciennes entrées.',
  'Sign in again to see this board.': 'Reconnectez-vous pour voir ce tableau.',
  'There is no such board.': 'Ce tableau n’existe pas.',
  'You are not a member of this platform.': 'Vous n’êtes pas membre de cette plateforme.',
  'Only binary messages are understood.': 'Seuls les messages binaires sont compris.',
  'The board could not be loaded; try again shortly.':
    'Le tableau n’a pas pu être chargé ; réessayez dans un instant.',
  'Your session has ended. Sign in again.': 'Votre session a pris fin. Reconnectez-vous.',
  'You no longer have access to this board.': 'Vous n’avez plus accès à ce tableau.',
  'The server is restarting.': 'Le serveur redémarre.',
};
