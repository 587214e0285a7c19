/**
 * The demo distribution bans, dated from the day the demo is seeded so that they always tell the
 * same story: on Calais a town-centre order renewed twice and then suspended by the administrative
 * court, and a new one now in force over one site, its challenge pending; on Dunkirk an expired
 * municipal order. References, case numbers and dates are invented.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  addDays,
  localDateOf,
  type BanChallenge,
  type BanDraft,
  type BanRenewal,
} from '@opale/core';
import { insertDistributionBan, insertDistributionBanRenewal, type Database } from '@opale/db';

interface DemoBan {
  platform: 'calais' | 'dunkirk';
  /** The organisation whose rep recorded it (by name). */
  recordedBy: string;
  /** Days from the seeding day. */
  from: number;
  until: number;
  order: Omit<BanDraft, 'validFrom' | 'validUntil' | 'signedOn'>;
  renewals: { reference: string; signed: number; until: number }[];
  challenge:
    | { state: 'none' }
    | { state: 'filed'; court: string; filed: number; reference: string }
    | {
        state: 'decided';
        court: string;
        filed: number;
        reference: string;
        outcome: 'suspended';
        decided: number;
      };
}

const lille = 'Tribunal administratif de Lille';

export const demoBans: readonly DemoBan[] = [
  {
    platform: 'calais',
    recordedBy: 'Human Rights Observers',
    from: -120,
    until: -91,
    order: {
      authority: 'prefecture',
      reference: 'Arrêté préfectoral n° DEMO-2026-0412',
      area: 'Centre-ville : place d’Armes, rue Royale, boulevard Jacquard, parc Richelieu et abords de la gare',
      commune: 'Calais',
      siteIds: ['calais-station'],
      forbids: 'Toute distribution de denrées alimentaires et de boissons',
    },
    renewals: [
      { reference: 'Arrêté préfectoral n° DEMO-2026-0498', signed: -93, until: -61 },
      { reference: 'Arrêté préfectoral n° DEMO-2026-0533', signed: -63, until: -31 },
    ],
    challenge: {
      state: 'decided',
      court: lille,
      filed: -100,
      reference: 'DEMO-2604412',
      outcome: 'suspended',
      decided: -45,
    },
  },
  {
    platform: 'calais',
    recordedBy: 'Secours Catholique',
    from: -10,
    until: 20,
    order: {
      authority: 'prefecture',
      reference: 'Arrêté préfectoral n° DEMO-2026-0587',
      area: 'Quartier de la gare : place du Théâtre, boulevard Jacquard, rue du Vauxhall',
      commune: 'Calais',
      siteIds: ['calais-station'],
      forbids: 'Les distributions de repas et d’eau',
    },
    renewals: [],
    challenge: { state: 'filed', court: lille, filed: -5, reference: 'DEMO-2609871' },
  },
  {
    platform: 'dunkirk',
    recordedBy: 'Salam',
    from: -200,
    until: -170,
    order: {
      authority: 'municipality',
      reference: 'Arrêté municipal n° DEMO-2026-118',
      area: 'Parking du complexe sportif et chemin d’accès',
      commune: 'Loon-Plage',
      siteIds: ['dunkirk-loon'],
      forbids: null,
    },
    renewals: [],
    challenge: { state: 'none' },
  },
];

/** Writes the demo bans, given the ids the demo gave its platforms and organisations (by name). */
export async function seedDemoBans(
  db: Kysely<Database>,
  now: Date,
  ids: { platforms: ReadonlyMap<string, string>; organisations: ReadonlyMap<string, string> },
): Promise<void> {
  const today = localDateOf(now);
  const day = (offset: number) => addDays(today, offset);
  const at = now.toISOString();
  for (const ban of demoBans) {
    const platformId = ids.platforms.get(ban.platform);
    const organisationId = ids.organisations.get(ban.recordedBy);
    if (!platformId || !organisationId) {
      throw new Error(
        `demo ban ${ban.order.reference} refers to an unknown platform or organisation`,
      );
    }
    const challenge: BanChallenge =
      ban.challenge.state === 'none'
        ? { state: 'none' }
        : ban.challenge.state === 'filed'
          ? {
              state: 'filed',
              court: ban.challenge.court,
              filedOn: day(ban.challenge.filed),
              reference: ban.challenge.reference,
            }
          : {
              state: 'decided',
              court: ban.challenge.court,
              filedOn: day(ban.challenge.filed),
              reference: ban.challenge.reference,
              outcome: ban.challenge.outcome,
              decidedOn: day(ban.challenge.decided),
            };
    const id = randomUUID();
    await insertDistributionBan(db, {
      id,
      platformId,
      organisationId,
      createdBy: null,
      ...ban.order,
      siteIds: JSON.stringify(ban.order.siteIds),
      signedOn: day(ban.from - 2),
      validFrom: day(ban.from),
      validUntil: day(ban.until),
      challengeState: challenge.state,
      challengeCourt: challenge.state === 'none' ? null : challenge.court,
      challengeFiledOn: challenge.state === 'none' ? null : challenge.filedOn,
      challengeReference: challenge.state === 'none' ? null : challenge.reference,
      challengeOutcome: challenge.state === 'decided' ? challenge.outcome : null,
      challengeDecidedOn: challenge.state === 'decided' ? challenge.decidedOn : null,
      createdAt: at,
      updatedAt: at,
    });
    for (const renewal of ban.renewals) {
      const row: BanRenewal = {
        reference: renewal.reference,
        signedOn: day(renewal.signed),
        validUntil: day(renewal.until),
      };
      await insertDistributionBanRenewal(db, {
        id: randomUUID(),
        banId: id,
        ...row,
        createdBy: null,
        createdAt: at,
      });
    }
  }
}
