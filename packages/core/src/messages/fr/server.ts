/** French of the messages raised by the server's HTTP routes (apps/server/src); see `../translate.ts`. */
import type { MessageCatalogue } from '../translate';

export const serverMessages: MessageCatalogue = {
  'Too many requests from your address. Wait {} and try again.':
    'Trop de requêtes depuis votre adresse. Patientez {1}, puis réessayez.',
  'The database cannot be read.': 'La base de données ne peut pas être lue.',
  'The database is not migrated yet: run `pnpm opale migrate`.':
    'La base de données n’est pas encore migrée : lancez `pnpm opale migrate`.',
  'Something went wrong on the server. Try again; if it keeps happening, tell your platform admin.':
    'Une erreur s’est produite sur le serveur. Réessayez ; si cela se reproduit, prévenez l’admin de votre plateforme.',
  'The request is larger than {} KiB, the most Opale accepts at once. Send less (split a long text).':
    'La requête dépasse {1} Kio, le maximum qu’Opale accepte en une fois. Envoyez moins de contenu (découpez un long texte).',
  'The request says it carries JSON but its body is empty. Send a JSON object.':
    'La requête annonce du JSON, mais son corps est vide. Envoyez un objet JSON.',
  'The request body is not valid JSON. Send a JSON object like {"email": "…"}.':
    'Le corps de la requête n’est pas du JSON valide. Envoyez un objet JSON comme {"email": "…"}.',
  'Opale accepts only JSON here (Content-Type: application/json).':
    'Opale n’accepte ici que du JSON (Content-Type: application/json).',
  "Choose the scope: all (everything you can see), own (your organisation's) or shared (shared with your groups).":
    'Choisissez la portée : all (tout ce que vous pouvez voir), own (ceux de votre organisation) ou shared (ceux partagés avec vos groupes).',
  'Ask for the full export with ?full=1, or leave it out.':
    'Demandez l’export complet avec ?full=1, ou omettez ce paramètre.',
  'Sign-in needs an email and a password: {}.':
    'Pour vous connecter, il faut un e-mail et un mot de passe : {1}.',
  'There is no such incident on this platform, or it is not shared with you.':
    'Ce signalement n’existe pas sur cette plateforme, ou il n’est pas partagé avec vous.',
  'There is no such file, or it belongs to an incident you may not see.':
    'Ce fichier n’existe pas, ou il appartient à un signalement que vous ne pouvez pas voir.',
  'Send the header Idempotency-Key with a new UUID for each file (the same one when you retry that file).':
    'Envoyez l’en-tête Idempotency-Key avec un nouvel UUID pour chaque fichier (le même quand vous renvoyez ce fichier).',
  'This incident is closed; no evidence can be added to it any more.':
    'Ce signalement est clos : on ne peut plus y ajouter de pièce jointe.',
  'This report is verified: ask a rep of your organisation to add the file.':
    'Ce signalement est vérifié : demandez à un·e référent·e de votre organisation d’ajouter le fichier.',
  'Only members of the organisation that reported this incident can add evidence to it.':
    'Seuls les membres de l’organisation qui a fait ce signalement peuvent y ajouter des pièces jointes.',
  'Opale keeps {} as evidence{}. Send the file with its type in Content-Type (a photo from an iPhone in HEIC: export it as JPEG first).':
    'Comme pièces jointes, Opale garde : {1}{2}. Envoyez le fichier avec son type dans Content-Type (pour une photo d’iPhone en HEIC : exportez-la d’abord en JPEG).',
  'This {} is larger than {}, the most Opale keeps for a {}. Send a shorter or smaller one.':
    'Ce fichier ({1}) dépasse {2}, le maximum qu’Opale garde pour ce type de fichier ({3}). Envoyez un fichier plus court ou plus léger.',
  'The file did not arrive in full. Send it again.':
    'Le fichier n’est pas arrivé en entier. Envoyez-le à nouveau.',
  'The file is empty. Choose the file again and send it.':
    'Le fichier est vide. Choisissez à nouveau le fichier et envoyez-le.',
  'The file says it is {} but its content {}. Opale keeps {}; send the original file.':
    'Le fichier se déclare de type {1}, mais son contenu {2}. Opale garde : {3} ; envoyez le fichier d’origine.',
  'Opale could not read this {} ({}), so it could not take out its location and device data. It may be damaged: export it again from the phone or computer and send that copy.':
    'Opale n’a pas pu lire ce fichier ({1} : {2}), et n’a donc pas pu en retirer les données de localisation et d’appareil. Il est peut-être endommagé : exportez-le à nouveau depuis le téléphone ou l’ordinateur et envoyez cette copie.',
  'That byte range is outside the file; ask for a range within it.':
    'Cette plage d’octets sort du fichier ; demandez une plage comprise dans le fichier.',
  'This file is recorded but missing on the server. Tell your platform admin (it may need restoring from a backup).':
    'Ce fichier est enregistré mais absent du serveur. Prévenez l’admin de votre plateforme (il faudra peut-être le restaurer depuis une sauvegarde).',
  'Sign in to Opale first: evidence is for members.':
    'Connectez-vous d’abord à Opale : les pièces jointes sont réservées aux membres.',
  'Say which days to export, first and last, as YYYY-MM-DD: {} (at most {} days).':
    'Indiquez les jours à exporter, le premier et le dernier, au format YYYY-MM-DD : {1} ({2} jours au maximum).',
  'That is {} days; export at most {} days at once (split the period).':
    'Cela fait {1} jours ; exportez au maximum {2} jours à la fois (découpez la période).',
  'The full export holds the reports your organisation wrote, and observers write none: download the redacted export (without full=1).':
    'L’export complet contient les signalements rédigés par votre organisation, et les observateur·rices n’en rédigent pas : téléchargez l’export expurgé (sans full=1).',
  'The printable report is always redacted; for your organisation’s reports in full, download incidents.csv?full=1.':
    'Le rapport imprimable est toujours expurgé ; pour les signalements complets de votre organisation, téléchargez incidents.csv?full=1.',
  "There is no platform '{}'. Check the address: /guide/<platform>/hsds.json, e.g. /guide/calais/hsds.json.":
    'Il n’y a pas de plateforme « {1} ». Vérifiez l’adresse : /guide/<platform>/hsds.json, par exemple /guide/calais/hsds.json.',
  'There is no calendar at this address: the link was revoked, or it is incomplete. Create a new calendar link in Opale.':
    'Il n’y a pas d’agenda à cette adresse : le lien a été révoqué, ou il est incomplet. Créez un nouveau lien d’agenda dans Opale.',
  'Sign in to Opale first: exports are for members of the platform, with their session.':
    'Connectez-vous d’abord à Opale : les exports sont réservés aux membres de la plateforme, avec leur session.',
  'Opale refused this request because it did not say which site sent it (no Origin or Referer header). Use Opale from its own page at {}; scripts must send the header "Origin: {}".':
    'Opale a refusé cette requête car elle n’indique pas quel site l’a envoyée (pas d’en-tête Origin ni Referer). Utilisez Opale depuis sa propre page, {1} ; les scripts doivent envoyer l’en-tête "Origin: {2}".',
  'Opale refused this request because it came from another site ({}). Open Opale at {} and try again.':
    'Opale a refusé cette requête car elle venait d’un autre site ({1}). Ouvrez Opale à l’adresse {2} et réessayez.',
  'Opale accepts only JSON here (Content-Type: application/json), not {}.':
    'Opale n’accepte ici que du JSON (Content-Type: application/json), pas {1}.',
  'The file is larger than {} bytes.': 'Le fichier dépasse {1} octets.',
  "The evidence folder {} would be inside the web app's folder ({}), where anyone can download it. Set DATA_DIR to a folder outside WEB_DIST.":
    'Le dossier des pièces jointes {1} serait dans le dossier de l’application web ({2}), où n’importe qui peut le télécharger. Réglez DATA_DIR sur un dossier hors de WEB_DIST.',
  'The upload was interrupted.': 'L’envoi a été interrompu.',
};
