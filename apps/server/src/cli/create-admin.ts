/**
 * Makes someone admin of a platform from the command line: the way the first person gets in on a
 * new installation. Creates the platform, the organisation and the account when missing; never
 * changes the password of an account that already exists.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { recordAudit } from '@opale/api';
import type { OrganisationKind } from '@opale/core';
import {
  attachOrganisationToPlatform,
  findMembership,
  findPlatformBySlug,
  findUserByEmail,
  insertMembership,
  insertOrganisation,
  insertPlatform,
  insertUser,
  listOrganisationsNotOnPlatform,
  listOrganisationsOfPlatform,
  updateMembershipRole,
  type Database,
} from '@opale/db';

export interface AdminRequest {
  email: string;
  name: string;
  platformSlug: string;
  platformName: string;
  organisationName: string;
  organisationKind: OrganisationKind;
  /** Needed only when the account does not exist yet. */
  passwordHash: string | null;
}

export interface AdminOutcome {
  createdPlatform: boolean;
  createdOrganisation: boolean;
  createdAccount: boolean;
  membership: 'created' | 'promoted' | 'already admin';
  /** When the person already belonged to the platform through another organisation. */
  keptOrganisation: string | null;
}

export async function createAdmin(
  db: Kysely<Database>,
  request: AdminRequest,
  now: Date,
): Promise<AdminOutcome> {
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    let platform = await findPlatformBySlug(trx, request.platformSlug);
    const createdPlatform = !platform;
    if (!platform) {
      platform = {
        id: randomUUID(),
        slug: request.platformSlug,
        name: request.platformName,
        createdAt: at,
      };
      await insertPlatform(trx, platform);
    }

    const known = [
      ...(await listOrganisationsOfPlatform(trx, platform.id)),
      ...(await listOrganisationsNotOnPlatform(trx, platform.id)),
    ];
    const wanted = request.organisationName.trim().toLowerCase();
    let organisation = known.find((o) => o.name.trim().toLowerCase() === wanted);
    const createdOrganisation = !organisation;
    if (!organisation) {
      organisation = {
        id: randomUUID(),
        name: request.organisationName.trim(),
        shortName: request.organisationName.trim().slice(0, 24),
        kind: request.organisationKind,
        stateMandated: request.organisationKind === 'state_service' ? 1 : 0,
        publiclyFunded: request.organisationKind === 'state_service' ? 1 : 0,
        contactEmail: null,
        contactPhone: null,
        website: null,
        createdAt: at,
        updatedAt: at,
      };
      await insertOrganisation(trx, organisation);
    }
    await attachOrganisationToPlatform(trx, platform.id, organisation.id, at);

    let user = await findUserByEmail(trx, request.email);
    const createdAccount = !user;
    if (!user) {
      if (!request.passwordHash) throw new Error('a new account needs a password');
      user = {
        id: randomUUID(),
        email: request.email,
        name: request.name,
        passwordHash: request.passwordHash,
        locale: 'fr',
        createdAt: at,
        passwordChangedAt: at,
      };
      await insertUser(trx, user);
    }

    const membership = await findMembership(trx, user.id, platform.id);
    // The operator acts from the command line: no account is the actor.
    const appointed = (from: string | null) =>
      recordAudit(trx, now, {
        action: 'member.admin_appointed',
        actorId: null,
        platformId: platform.id,
        target: { type: 'user', id: user.id },
        detail: { from, organisationId: membership?.organisationId ?? organisation.id },
      });
    if (!membership) {
      await insertMembership(trx, {
        id: randomUUID(),
        userId: user.id,
        platformId: platform.id,
        organisationId: organisation.id,
        role: 'admin',
        createdAt: at,
        updatedAt: at,
      });
      await appointed(null);
      return {
        createdPlatform,
        createdOrganisation,
        createdAccount,
        membership: 'created',
        keptOrganisation: null,
      };
    }
    const keptOrganisation =
      membership.organisationId === organisation.id
        ? null
        : (known.find((o) => o.id === membership.organisationId)?.name ??
          membership.organisationId);
    if (membership.role === 'admin') {
      return {
        createdPlatform,
        createdOrganisation,
        createdAccount,
        membership: 'already admin',
        keptOrganisation,
      };
    }
    await updateMembershipRole(trx, membership.id, 'admin', at);
    await appointed(membership.role);
    return {
      createdPlatform,
      createdOrganisation,
      createdAccount,
      membership: 'promoted',
      keptOrganisation,
    };
  });
}
