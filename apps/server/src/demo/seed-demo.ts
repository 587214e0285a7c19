/**
 * The demo dataset: the Calais and Dunkirk platforms, organisations from the real landscape (their
 * public names and kinds only; contacts are placeholders) and one demo account per role on each
 * platform. Nothing here describes a real person.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { OrganisationKind, Role } from '@opale/core';
import { hashPassword } from '@opale/api';
import {
  attachOrganisationToPlatform,
  insertMembership,
  insertOrganisation,
  insertPlatform,
  insertUser,
  type Database,
} from '@opale/db';
import { seedDemoBans } from './seed-bans';

export const demoPassword = 'opale-demo';

const platforms = [
  { slug: 'calais', name: 'Calais' },
  { slug: 'dunkirk', name: 'Dunkirk' },
] as const;
type PlatformSlug = (typeof platforms)[number]['slug'];

interface DemoOrganisation {
  key: string;
  name: string;
  shortName: string;
  kind: OrganisationKind;
  stateMandated?: boolean;
  publiclyFunded?: boolean;
  platforms: readonly PlatformSlug[];
  contactEmail: string;
  /** From the ranges the French and UK regulators keep for fiction: they ring nobody. */
  contactPhone: string;
  website: string | null;
}

const both = ['calais', 'dunkirk'] as const;

// Contact addresses use the reserved .example domain: a demo must never mail a real team.
const organisations: readonly DemoOrganisation[] = [
  {
    key: 'utopia56',
    name: 'Utopia 56',
    shortName: 'U56',
    kind: 'association',
    platforms: both,
    contactEmail: 'coordination@utopia56.example',
    contactPhone: '+33 6 39 98 00 01',
    website: 'https://utopia56.org',
  },
  {
    key: 'ecpat',
    name: 'ECPAT France',
    shortName: 'ECPAT',
    kind: 'ngo',
    platforms: both,
    contactEmail: 'littoral@ecpat-france.example',
    contactPhone: '+33 3 53 01 00 02',
    website: 'https://ecpat-france.fr',
  },
  {
    key: 'channel-info',
    // An information project rather than a registered body in either country: 'other' claims nothing.
    name: 'Channel Info Project',
    shortName: 'CIP',
    kind: 'other',
    platforms: both,
    contactEmail: 'team@channel-info.example',
    contactPhone: '+44 7700 900003',
    website: null,
  },
  {
    key: 'croix-rouge',
    name: 'Croix-Rouge française',
    shortName: 'CRf',
    kind: 'ngo',
    stateMandated: true,
    publiclyFunded: true,
    platforms: both,
    contactEmail: 'littoral@croix-rouge.example',
    contactPhone: '+33 3 53 01 00 04',
    website: 'https://www.croix-rouge.fr',
  },
  {
    key: 'mdm',
    name: 'Médecins du Monde',
    shortName: 'MdM',
    kind: 'ngo',
    platforms: both,
    contactEmail: 'littoral@medecinsdumonde.example',
    contactPhone: '+33 3 53 01 00 05',
    website: 'https://www.medecinsdumonde.org',
  },
  {
    key: 'rck',
    name: 'Refugee Community Kitchen',
    shortName: 'RCK',
    kind: 'collective',
    platforms: ['calais'],
    contactEmail: 'kitchen@rck.example',
    contactPhone: '+44 7700 900006',
    website: null,
  },
  {
    key: 'care4calais',
    name: 'Care4Calais',
    shortName: 'C4C',
    kind: 'uk_charity',
    platforms: ['calais'],
    contactEmail: 'volunteers@care4calais.example',
    contactPhone: '+44 7700 900007',
    website: 'https://care4calais.org',
  },
  {
    key: 'project-play',
    name: 'Project Play',
    shortName: 'Play',
    kind: 'uk_charity',
    platforms: ['dunkirk'],
    contactEmail: 'team@project-play.example',
    contactPhone: '+44 7700 900008',
    website: null,
  },
  {
    key: 'salam',
    name: 'Salam',
    shortName: 'Salam',
    kind: 'association',
    platforms: ['dunkirk'],
    contactEmail: 'repas@salam.example',
    contactPhone: '+33 6 39 98 00 09',
    website: null,
  },
  {
    key: 'la-vie-active',
    // Runs the state-mandated services (water, showers, the day centre) in Calais.
    name: 'La Vie Active',
    shortName: 'LVA',
    kind: 'state_service',
    stateMandated: true,
    publiclyFunded: true,
    platforms: ['calais'],
    contactEmail: 'accueil@lavieactive.example',
    contactPhone: '+33 3 53 01 00 10',
    website: null,
  },
  {
    key: 'secours-catholique',
    name: 'Secours Catholique',
    shortName: 'SC',
    kind: 'association',
    publiclyFunded: true,
    platforms: both,
    contactEmail: 'littoral@secours-catholique.example',
    contactPhone: '+33 3 53 01 00 11',
    website: 'https://www.secours-catholique.org',
  },
  {
    key: 'hro',
    name: 'Human Rights Observers',
    shortName: 'HRO',
    kind: 'association',
    platforms: ['calais'],
    contactEmail: 'observers@hro.example',
    contactPhone: '+33 6 39 98 00 12',
    website: null,
  },
];

const firstNames: Record<Role, string> = {
  admin: 'Camille',
  coordinator: 'Dominique',
  rep: 'Sacha',
  field: 'Alex',
  observer: 'Claude',
};

/** Who holds each demo role: an organisation that plausibly would, on that platform. */
const roleHolders: Record<
  PlatformSlug,
  Record<Role, { organisation: string; locale: 'fr' | 'en' }>
> = {
  calais: {
    admin: { organisation: 'utopia56', locale: 'fr' },
    coordinator: { organisation: 'secours-catholique', locale: 'fr' },
    rep: { organisation: 'rck', locale: 'en' },
    // The field team works with its own organisation's rep: it marks the distributions they plan.
    field: { organisation: 'rck', locale: 'en' },
    observer: { organisation: 'la-vie-active', locale: 'fr' },
  },
  dunkirk: {
    admin: { organisation: 'utopia56', locale: 'fr' },
    coordinator: { organisation: 'mdm', locale: 'fr' },
    rep: { organisation: 'salam', locale: 'fr' },
    field: { organisation: 'salam', locale: 'en' },
    observer: { organisation: 'croix-rouge', locale: 'fr' },
  },
};

export interface DemoAccount {
  email: string;
  name: string;
  role: Role;
  platform: PlatformSlug;
  platformName: string;
  organisation: string;
  locale: 'fr' | 'en';
}

const demoRoles: readonly Role[] = ['admin', 'coordinator', 'rep', 'field', 'observer'];

export const demoAccounts: readonly DemoAccount[] = platforms.flatMap((platform) =>
  demoRoles.map((role) => {
    const holder = roleHolders[platform.slug][role];
    const organisation = organisations.find((o) => o.key === holder.organisation);
    if (!organisation) throw new Error(`demo organisation ${holder.organisation} is missing`);
    return {
      email: `${role}.${platform.slug}@demo.opale`,
      name: `${firstNames[role]} (demo ${role}, ${platform.name})`,
      role,
      platform: platform.slug,
      platformName: platform.name,
      organisation: organisation.name,
      locale: holder.locale,
    };
  }),
);

/** Whether anyone has an account yet: the demo data only goes into an empty database. */
export async function databaseHasUsers(db: Kysely<Database>): Promise<boolean> {
  const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Writes the demo dataset in one transaction. The caller checks the database is empty. */
export async function seedDemo(db: Kysely<Database>, now: Date): Promise<readonly DemoAccount[]> {
  const at = now.toISOString();
  // argon2 is slow on purpose; every demo account shares the one password, so hash it once.
  const passwordHash = await hashPassword(demoPassword);

  await db.transaction().execute(async (trx) => {
    const platformIds = new Map<string, string>();
    for (const platform of platforms) {
      const id = randomUUID();
      platformIds.set(platform.slug, id);
      await insertPlatform(trx, { id, slug: platform.slug, name: platform.name, createdAt: at });
    }

    const organisationIds = new Map<string, string>();
    for (const organisation of organisations) {
      const id = randomUUID();
      organisationIds.set(organisation.name, id);
      await insertOrganisation(trx, {
        id,
        name: organisation.name,
        shortName: organisation.shortName,
        kind: organisation.kind,
        stateMandated: organisation.stateMandated ? 1 : 0,
        publiclyFunded: organisation.publiclyFunded ? 1 : 0,
        contactEmail: organisation.contactEmail,
        contactPhone: organisation.contactPhone,
        website: organisation.website,
        createdAt: at,
        updatedAt: at,
      });
      for (const slug of organisation.platforms) {
        await attachOrganisationToPlatform(trx, required(platformIds, slug), id, at);
      }
    }

    for (const account of demoAccounts) {
      const userId = randomUUID();
      await insertUser(trx, {
        id: userId,
        email: account.email,
        name: account.name,
        passwordHash,
        locale: account.locale,
        createdAt: at,
        passwordChangedAt: at,
      });
      await insertMembership(trx, {
        id: randomUUID(),
        userId,
        platformId: required(platformIds, account.platform),
        organisationId: required(organisationIds, account.organisation),
        role: account.role,
        createdAt: at,
        updatedAt: at,
      });
    }

    await seedDemoBans(trx, now, { platforms: platformIds, organisations: organisationIds });
  });
  return demoAccounts;
}

function required(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`demo data refers to unknown ${key}`);
  return id;
}

/** The table printed after seeding, also pasted in the README. */
export function formatDemoAccounts(accounts: readonly DemoAccount[] = demoAccounts): string {
  const rows = [
    ['email', 'role', 'platform', 'organisation'],
    ...accounts.map((a) => [a.email, a.role, a.platformName, a.organisation]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [
    `Demo accounts (password: ${demoPassword})`,
    line(rows[0]!),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.slice(1).map(line),
  ].join('\n');
}
