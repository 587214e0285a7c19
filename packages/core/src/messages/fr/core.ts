/**
 * French of the messages raised in @opale/core: validation of drafts, accounts, organisations,
 * schedules, incidents (see `../translate.ts`).
 */
import type { MessageCatalogue } from '../translate';

export const coreMessages: MessageCatalogue = {
  // account.ts
  'Choose French (fr) or English (en).': 'Choisissez le français (fr) ou l’anglais (en).',
  'Enter an email address like name@example.org.':
    'Saisissez une adresse e-mail comme name@example.org.',
  'Choose a password of at least 10 characters.':
    'Choisissez un mot de passe d’au moins 10 caractères.',
  'Keep the password under 256 characters.': 'Le mot de passe ne doit pas dépasser 256 caractères.',
  'Enter your name as colleagues know you.':
    'Saisissez votre nom tel que vos collègues le connaissent.',
  'Keep the name under 80 characters.': 'Le nom ne doit pas dépasser 80 caractères.',
  'A platform slug is 2–32 lowercase letters, digits or dashes, e.g. "calais".':
    'L’identifiant d’une plateforme compte de 2 à 32 lettres minuscules, chiffres ou tirets, par exemple « calais ».',
  'That word is used by Opale itself; choose another platform slug, e.g. the town name.':
    'Ce mot est réservé à Opale : choisissez un autre identifiant de plateforme, par exemple le nom de la ville.',

  // boards/agenda.ts
  'Give an https:// link for an online meeting.':
    'Donnez un lien https:// pour une réunion en ligne.',
  'Give the full link of the online meeting, starting with https://.':
    'Donnez le lien complet de la réunion en ligne, commençant par https://.',

  // groups.ts
  'Choose a kind of group: coalition, working group or advocacy.':
    'Choisissez un type de groupe : coalition, groupe de travail ou plaidoyer.',
  'Give the group a name of at least 2 characters.':
    'Donnez au groupe un nom d’au moins 2 caractères.',
  'Keep the group name under 80 characters.':
    'Le nom du groupe ne doit pas dépasser 80 caractères.',

  // incidents/bans.ts
  'Write {} as a date: YYYY-MM-DD.': 'Écrivez {1} sous forme de date : YYYY-MM-DD.',
  'Give the order’s reference as printed on it (e.g. Arrêté n° 2026-11-045).':
    'Donnez la référence de l’arrêté telle qu’elle y est imprimée (par exemple Arrêté n° 2026-11-045).',
  'Keep the reference under {} characters.': 'La référence ne doit pas dépasser {1} caractères.',
  'Choose who issued the order: the prefecture, the municipality or another authority.':
    'Choisissez qui a pris l’arrêté : la préfecture, la mairie ou une autre autorité.',
  'Choose how the challenge ended: suspended, annulled, rejected or withdrawn.':
    'Choisissez l’issue du recours : arrêté suspendu, arrêté annulé, recours rejeté ou recours retiré.',
  'Describe the area: the streets or places the order names.':
    'Décrivez le périmètre : les rues ou les lieux que nomme l’arrêté.',
  'Keep the area under {} characters.': 'Le périmètre ne doit pas dépasser {1} caractères.',
  'Give the commune the order applies to (e.g. Calais).':
    'Donnez la commune concernée par l’arrêté (par exemple Calais).',
  'Keep the commune under {} characters.':
    'Le nom de la commune ne doit pas dépasser {1} caractères.',
  'Choose at least one site the order covers, so that the schedule can warn.':
    'Choisissez au moins un lieu de distribution couvert par l’arrêté, pour que le planning puisse prévenir.',
  'Choose at most {} sites.': 'Choisissez au plus {1} lieux.',
  'Keep this under {} characters.': 'Ce texte ne doit pas dépasser {1} caractères.',
  'The last day of the order comes before its first day; check both dates.':
    'Le dernier jour de l’arrêté vient avant son premier jour ; vérifiez les deux dates.',
  'Name the court (e.g. Tribunal administratif de Lille).':
    'Nommez le tribunal (par exemple Tribunal administratif de Lille).',
  'Keep the court under {} characters.': 'Le nom du tribunal ne doit pas dépasser {1} caractères.',
  'Keep the case number under {} characters.':
    'Le numéro de dossier ne doit pas dépasser {1} caractères.',
  'Say whether the order is challenged: none, filed or decided.':
    'Indiquez où en est le recours contre l’arrêté : aucun, déposé ou décidé.',
  'The decision comes before the challenge was filed; check both dates.':
    'La décision est datée d’avant le dépôt du recours ; vérifiez les deux dates.',
  'This order was {} by the court on {}; record the new order as a new ban.':
    'Cet arrêté a été {1} par le tribunal le {2} ; enregistrez le nouvel arrêté comme un nouvel arrêté d’interdiction.',
  'The order already runs until {}; a renewal must end later.':
    'L’arrêté court déjà jusqu’au {1} ; un renouvellement doit finir plus tard.',
  'The renewal is signed before the order applies ({}); check its date.':
    'Le renouvellement est signé avant le début de l’arrêté ({1}) ; vérifiez sa date.',

  // incidents/draft.ts
  'Give the number of {} as a whole number, or leave it empty.':
    'Pour les {1}, indiquez un nombre entier, ou laissez vide.',
  'Give the number of {} as a whole number.': 'Pour les {1}, indiquez un nombre entier.',
  'The number of {} cannot be negative.':
    'Le nombre indiqué pour les {1} ne peut pas être négatif.',
  'The number of {} looks too high (over {}); check it.':
    'Le nombre indiqué pour les {1} semble trop élevé (plus de {2}) : vérifiez-le.',
  'Choose the distribution the incident disrupted, or leave it empty.':
    'Choisissez la distribution que l’incident a perturbée, ou laissez vide.',
  'That distribution id is too long (over 100 characters); choose it again.':
    'Cet identifiant de distribution est trop long (plus de 100 caractères) : choisissez à nouveau la distribution.',
  'Give the date and time of the incident (ISO 8601, e.g. 2026-11-26T07:30:00Z).':
    'Indiquez la date et l’heure de l’incident (ISO 8601, par exemple 2026-11-26T07:30:00Z).',
  'Keep the place under 200 characters; no exact camp location.':
    'Décrivez le lieu en 200 caractères au plus, sans emplacement précis de campement.',
  'Give the commune where it happened (e.g. Calais, Grande-Synthe).':
    'Indiquez la commune où cela s’est passé (par exemple Calais, Grande-Synthe).',
  'Keep the commune under 80 characters.':
    'Le nom de la commune ne doit pas dépasser 80 caractères.',
  'Give the fine in euro cents as a whole number (€135 is 13500).':
    'Indiquez l’amende en centimes d’euro, en nombre entier (135 € s’écrivent 13500).',
  'A fine cannot be negative.': 'Une amende ne peut pas être négative.',
  'That fine looks too high (over €100,000); check it.':
    'Cette amende semble trop élevée (plus de 100 000 €) : vérifiez-la.',
  'Keep the account under {} characters.': 'Le récit ne doit pas dépasser {1} caractères.',
  'Say where it happened: choose a site, or describe the place in a few words.':
    'Dites où cela s’est passé : choisissez un lieu de distribution, ou décrivez l’endroit en quelques mots.',
  'The report has no valid idempotency key (a UUID made by the device); reload the form.':
    'Le signalement n’a pas de clé d’idempotence valable (un UUID créé par l’appareil) : rechargez le formulaire.',
  'Keep the notes under {} characters.': 'Les notes ne doivent pas dépasser {1} caractères.',
  'Give the volunteer’s name (at least 2 characters).':
    'Indiquez le nom du ou de la bénévole (au moins 2 caractères).',
  'Keep the name under 100 characters.': 'Le nom ne doit pas dépasser 100 caractères.',
  'Keep the contact under 200 characters.': 'Le contact ne doit pas dépasser 200 caractères.',

  // incidents/lists.ts
  'Choose what happened from the list (fine, vehicle check, identity check, body search, eviction, seizure, obstruction, intimidation, violence, arrest or other).':
    'Choisissez ce qui s’est passé dans la liste (amende, contrôle de véhicule, contrôle d’identité, fouille, expulsion, saisie, entrave, intimidation, violence, interpellation ou autre).',
  'Choose who acted from the list (Police nationale, CRS, gendarmerie, police municipale, prefecture, municipality, contractor or other).':
    'Choisissez qui est intervenu dans la liste (Police nationale, CRS, gendarmerie, police municipale, préfecture, mairie, entreprise prestataire ou autre).',
  'Choose a follow-up: complaint, referral to the Défenseur des droits or court action.':
    'Choisissez une suite : plainte, saisine du Défenseur des droits ou action en justice.',
  'Choose an outcome: pending, upheld, dismissed, settled, withdrawn or no response.':
    'Choisissez un résultat : en cours, reconnu fondé, rejeté ou classé, réglé à l’amiable, retiré ou sans réponse.',

  // incidents/retention.ts
  'Give {} as a whole number of {}.': 'Pour {1}, indiquez un nombre entier de {2}.',
  'Keep {} at least {} {}.': 'Gardez {1} au moins {2} {3}.',
  'Keep {} at most {} {}.': 'Gardez {1} au plus {2} {3}.',
  'The {} "{}" is not a date and time (ISO 8601).':
    'La valeur « {2} » ({1}) n’est pas une date et une heure (ISO 8601).',

  // organisation.ts
  'Give the organisation a name of at least 2 characters.':
    'Donnez à l’organisation un nom d’au moins 2 caractères.',
  'Keep the name under 120 characters.': 'Le nom ne doit pas dépasser 120 caractères.',
  'Give a short name, e.g. "U56".': 'Donnez un nom court, par exemple « U56 ».',
  'Keep the short name under 24 characters.': 'Le nom court ne doit pas dépasser 24 caractères.',
  'Choose a kind: association, NGO, UK charity, collective, state service or other.':
    'Choisissez un type : association, ONG, charity britannique, collectif, service de l’État ou autre.',
  'Enter a contact email like team@example.org.':
    'Saisissez une adresse e-mail de contact comme team@example.org.',
  'Enter a web address starting with https://.':
    'Saisissez une adresse web commençant par https://.',

  // roles.ts
  'Choose a role: admin, coordinator, rep, field or observer.':
    'Choisissez un rôle : admin, coordination, référent·e, terrain ou observation.',

  // schedule/recurrence.ts
  'Give a recurrence, e.g. every Monday and Thursday.':
    'Indiquez une récurrence, par exemple tous les lundis et jeudis.',
  'The recurrence part "{}" is not supported; use days of the week, an interval or days of the month.':
    'La partie « {1} » de la récurrence n’est pas prise en charge : utilisez des jours de la semaine, un intervalle ou des jours du mois.',
  'Say how often it repeats (FREQ=DAILY, WEEKLY or MONTHLY).':
    'Dites à quel rythme elle se répète (FREQ=DAILY, WEEKLY ou MONTHLY).',
  'Repeat at most monthly (daily, weekly or monthly).':
    'Répétez au moins une fois par mois : chaque jour, chaque semaine ou chaque mois.',
  'Distributions repeat by day at the finest; not by hour or minute.':
    'Les distributions se répètent au plus une fois par jour, pas à l’heure ni à la minute.',
  'This recurrence could not be read; pick the days again.':
    'Cette récurrence n’a pas pu être lue : choisissez à nouveau les jours.',
};
