import { TRPCError } from '@trpc/server';
import { afterEach, describe, expect, it } from 'vitest';
import { capacityBoard, roles, type Role } from '@opale/core';
import {
  insertGroup,
  insertInvitation,
  saveGuideSection,
  upsertGroupOrganisation,
} from '@opale/db';
import { appRouter } from '../src/root';
import { hashToken } from '../src/services/tokens';
import { createFixture, password, type Fixture } from './fixture';

/**
 * Who may call what. `public`: anyone; `authed`: any signed-in person; a role: members of the
 * platform named in the input with at least that role. Every procedure of the router must be
 * here: adding one without deciding who may call it fails this test.
 */
type Access = 'public' | 'authed' | Role;
const invitationToken = 'matrix-invitation-token-0123456789';
const groupId = '30000000-0000-4000-8000-000000000001';
const incidentId = '40000000-0000-4000-8000-000000000001';
const banId = '60000000-0000-4000-8000-000000000001';
const incidentDraft = {
  type: 'vehicle_check',
  occurredAt: '2026-11-25T18:00:00.000Z',
  siteId: null,
  placeText: 'Rue de Judée',
  commune: 'Calais',
  authority: 'crs',
  officers: 4,
  vehicles: 1,
  itemsSeized: null,
  fineAmountCents: null,
  fineNoticeDate: null,
  narrative: 'The distribution van was checked for an hour.',
};
const importCsv = 'site,service_type,days,start,end\nSite Nord,meal,MO,12:00,14:00\n';

const matrix: Record<string, { access: Access; input: (f: Fixture) => unknown }> = {
  'account.me': { access: 'public', input: () => undefined },
  'account.sessions': { access: 'authed', input: () => undefined },
  'account.endSession': { access: 'authed', input: () => ({ sessionId: 'not-a-session' }) },
  'account.endAllSessions': { access: 'authed', input: () => undefined },
  'account.changePassword': {
    access: 'authed',
    input: () => ({ currentPassword: password, newPassword: 'a brand new passphrase' }),
  },
  'account.setLocale': { access: 'authed', input: () => ({ locale: 'en' }) },
  'platform.bySlug': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'organisation.list': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'organisation.listAddable': { access: 'admin', input: () => ({ platform: 'calais' }) },
  'organisation.create': {
    access: 'admin',
    input: () => ({
      platform: 'calais',
      name: 'Project Play',
      shortName: 'PP',
      kind: 'uk_charity',
    }),
  },
  'organisation.update': {
    access: 'admin',
    input: (f) => ({
      platform: 'calais',
      organisationId: f.organisations.ecpat,
      name: 'ECPAT France',
      shortName: 'ECPAT',
      kind: 'ngo',
    }),
  },
  'organisation.attach': {
    access: 'admin',
    input: (f) => ({ platform: 'calais', organisationId: f.organisations.salam }),
  },
  'organisation.detach': {
    access: 'admin',
    input: (f) => ({ platform: 'calais', organisationId: f.organisations.ecpat }),
  },
  'member.list': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'member.changeRole': {
    access: 'admin',
    input: (f) => ({
      platform: 'calais',
      membershipId: f.calais.observer.membershipId,
      role: 'field',
    }),
  },
  'member.remove': {
    access: 'admin',
    input: (f) => ({ platform: 'calais', membershipId: f.calais.observer.membershipId }),
  },
  'member.endSessions': {
    access: 'admin',
    input: (f) => ({ platform: 'calais', membershipId: f.calais.observer.membershipId }),
  },
  'invitation.list': { access: 'admin', input: () => ({ platform: 'calais' }) },
  'invitation.create': {
    access: 'admin',
    input: (f) => ({ platform: 'calais', organisationId: f.organisations.ecpat, role: 'rep' }),
  },
  'invitation.revoke': {
    access: 'admin',
    input: () => ({ platform: 'calais', invitationId: '20000000-0000-4000-8000-000000000001' }),
  },
  'invitation.preview': { access: 'public', input: () => ({ token: invitationToken }) },
  'invitation.accept': {
    access: 'public',
    input: () => ({
      token: invitationToken,
      newAccount: {
        email: 'new@calais.test',
        name: 'New volunteer',
        password: 'long enough password',
      },
    }),
  },
  'audit.list': { access: 'admin', input: () => ({ platform: 'calais' }) },
  'group.list': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'group.create': {
    access: 'admin',
    input: () => ({ platform: 'calais', name: 'Child protection', kind: 'coalition' }),
  },
  'group.remove': { access: 'admin', input: () => ({ platform: 'calais', groupId }) },
  'group.addOrganisation': {
    access: 'admin',
    input: (f) => ({ platform: 'calais', groupId, organisationId: f.organisations.ecpat }),
  },
  'group.removeOrganisation': {
    access: 'admin',
    input: (f) => ({ platform: 'calais', groupId, organisationId: f.organisations.ecpat }),
  },
  'group.answerInvitation': {
    access: 'rep',
    input: () => ({ platform: 'calais', groupId, accept: true }),
  },
  'schedule.importPreview': {
    access: 'rep',
    input: (f) => ({ platform: 'calais', organisationId: f.organisations.utopia, csv: importCsv }),
  },
  'schedule.importApply': {
    access: 'rep',
    input: (f) => ({ platform: 'calais', organisationId: f.organisations.utopia, csv: importCsv }),
  },
  'feed.list': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'feed.create': { access: 'observer', input: () => ({ platform: 'calais', scope: 'platform' }) },
  'feed.revoke': {
    access: 'observer',
    input: () => ({ platform: 'calais', feedId: '30000000-0000-4000-8000-000000000001' }),
  },
  'capacity.serviceHistory': {
    access: 'observer',
    input: (f) => ({
      platform: 'calais',
      organisationId: f.organisations.utopia,
      serviceId: 'night-shelter',
      days: 7,
    }),
  },
  'capacity.dailySummary': { access: 'observer', input: () => ({ platform: 'calais', days: 7 }) },
  'guide.settings': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'guide.saveLanguages': {
    access: 'coordinator',
    input: () => ({ platform: 'calais', languages: ['fr', 'en', 'ar'], hidden: ['ar'] }),
  },
  'guide.saveSection': {
    access: 'coordinator',
    input: () => ({ platform: 'calais', language: 'fr', section: 'rights', body: 'Vos droits…' }),
  },
  'guide.reviewSection': {
    access: 'coordinator',
    input: () => ({ platform: 'calais', language: 'fr', section: 'info' }),
  },
  'guide.strings': { access: 'observer', input: () => ({ platform: 'calais', language: 'ar' }) },
  'guide.markReviewed': {
    access: 'coordinator',
    input: () => ({ platform: 'calais', language: 'ar', keys: ['strings.title'] }),
  },
  'guide.unmarkReviewed': {
    access: 'coordinator',
    input: () => ({ platform: 'calais', language: 'ar', keys: ['strings.title'] }),
  },
  'incident.create': {
    access: 'field',
    input: () => ({
      platform: 'calais',
      idempotencyKey: '40000000-0000-4000-8000-0000000000aa',
      draft: incidentDraft,
    }),
  },
  'incident.list': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'incidentReport.summary': {
    access: 'observer',
    input: () => ({ platform: 'calais', from: '2026-08-01', to: '2026-11-30', scope: 'all' }),
  },
  'incidentRetention.get': { access: 'rep', input: () => ({ platform: 'calais' }) },
  'incidentRetention.set': {
    access: 'admin',
    input: () => ({
      platform: 'calais',
      witnessDays: 200,
      evidenceYears: 5,
      detailsYears: 5,
      draftDays: 90,
    }),
  },
  'incidentRetention.runNow': { access: 'admin', input: () => ({ platform: 'calais' }) },
  'incident.get': { access: 'observer', input: () => ({ platform: 'calais', incidentId }) },
  'incident.update': {
    access: 'field',
    input: () => ({ platform: 'calais', incidentId, draft: incidentDraft }),
  },
  'incident.verify': { access: 'rep', input: () => ({ platform: 'calais', incidentId }) },
  'incident.share': { access: 'rep', input: () => ({ platform: 'calais', incidentId, groupId }) },
  'incident.close': { access: 'rep', input: () => ({ platform: 'calais', incidentId }) },
  'incident.addWitness': {
    access: 'rep',
    input: () => ({
      platform: 'calais',
      incidentId,
      witness: { name: 'Camille', contact: 'via the coordinator' },
    }),
  },
  'incident.listWitnesses': { access: 'rep', input: () => ({ platform: 'calais', incidentId }) },
  'incident.addFollowup': {
    access: 'rep',
    input: () => ({
      platform: 'calais',
      incidentId,
      followup: { kind: 'complaint', filedOn: '2026-11-26', outcome: 'pending', notes: '' },
    }),
  },
  'incident.updateFollowup': {
    access: 'rep',
    input: () => ({
      platform: 'calais',
      incidentId,
      followupId: '40000000-0000-4000-8000-0000000000cc',
      outcome: 'upheld',
      notes: '',
    }),
  },
  'incident.removeAttachment': {
    access: 'field',
    input: () => ({
      platform: 'calais',
      incidentId,
      attachmentId: '40000000-0000-4000-8000-0000000000bb',
    }),
  },
  'ban.list': { access: 'observer', input: () => ({ platform: 'calais' }) },
  'ban.create': {
    access: 'rep',
    input: () => ({
      platform: 'calais',
      ban: {
        authority: 'prefecture',
        reference: 'Arrêté n° 2026-11-045',
        signedOn: '2026-11-20',
        area: 'Rue Royale and Place d’Armes',
        commune: 'Calais',
        siteIds: ['calais-north'],
        validFrom: '2026-11-21',
        validUntil: '2026-12-20',
        forbids: null,
      },
    }),
  },
  'ban.update': {
    access: 'rep',
    input: () => ({
      platform: 'calais',
      banId,
      ban: {
        authority: 'prefecture',
        reference: 'Arrêté n° 2026-11-045',
        signedOn: '2026-11-20',
        area: 'Rue Royale',
        commune: 'Calais',
        siteIds: ['calais-north'],
        validFrom: '2026-11-21',
        validUntil: '2026-12-20',
        forbids: null,
      },
    }),
  },
  'ban.renew': {
    access: 'rep',
    input: () => ({
      platform: 'calais',
      banId,
      renewal: {
        reference: 'Arrêté n° 2026-12-002',
        signedOn: '2026-12-18',
        validUntil: '2027-01-19',
      },
    }),
  },
  'ban.recordChallenge': {
    access: 'rep',
    input: () => ({
      platform: 'calais',
      banId,
      challenge: {
        state: 'filed',
        court: 'Tribunal administratif de Lille',
        filedOn: '2026-11-24',
        reference: '2611234',
      },
    }),
  },
  'ban.remove': { access: 'rep', input: () => ({ platform: 'calais', banId }) },
};

type Actor = 'nobody' | `calais ${Role}` | 'dunkirk admin';
const actors: Actor[] = ['nobody', ...roles.map((r) => `calais ${r}` as const), 'dunkirk admin'];

function allowed(access: Access, actor: Actor): boolean {
  if (access === 'public') return true;
  if (actor === 'nobody') return false;
  if (access === 'authed') return true;
  if (actor === 'dunkirk admin') return false; // every platform procedure here names Calais
  const role = actor.slice('calais '.length) as Role;
  return roles.indexOf(role) <= roles.indexOf(access);
}

async function callerFor(f: Fixture, actor: Actor) {
  if (actor === 'nobody') return f.anonymous();
  const userId =
    actor === 'dunkirk admin' ? f.dunkirkAdmin.userId : f.calais[actor.slice(7) as Role].userId;
  return (await f.signInAs(userId)).caller;
}

async function call(caller: object, path: string, input: unknown): Promise<unknown> {
  const [area, name] = path.split('.') as [string, string];
  const procedure = (caller as Record<string, Record<string, (i: unknown) => Promise<unknown>>>)[
    area
  ]?.[name];
  if (!procedure) throw new Error(`No procedure ${path} on the caller`);
  return procedure(input);
}

describe('authorization matrix', () => {
  let fixture: Fixture | undefined;
  afterEach(async () => {
    await fixture?.close();
    fixture = undefined;
  });

  it('has an entry for every procedure of the router, and none for procedures that do not exist', () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(Object.keys(matrix).sort()).toEqual(procedures);
  });

  for (const [path, rule] of Object.entries(matrix)) {
    for (const actor of actors) {
      const expected = allowed(rule.access, actor);
      it(`${expected ? 'lets' : 'refuses'} ${actor} ${expected ? 'call' : 'calling'} ${path}`, async () => {
        const f = (fixture = await createFixture());
        const at = f.clock.now().toISOString();
        await insertInvitation(f.db, {
          id: '20000000-0000-4000-8000-000000000001',
          tokenHash: hashToken(invitationToken),
          platformId: f.platforms.calais.id,
          organisationId: f.organisations.ecpat,
          role: 'rep',
          email: null,
          createdBy: f.calais.admin.userId,
          createdAt: at,
          expiresAt: new Date(f.clock.now().getTime() + 86_400_000).toISOString(),
          acceptedAt: null,
          acceptedBy: null,
          revokedAt: null,
          revokedBy: null,
        });
        // An advocacy group to which the Calais members' organisation is invited.
        await insertGroup(f.db, {
          id: groupId,
          platformId: f.platforms.calais.id,
          name: 'Advocacy',
          kind: 'advocacy',
          createdAt: at,
        });
        await upsertGroupOrganisation(f.db, {
          groupId,
          organisationId: f.organisations.utopia,
          status: 'invited',
          addedAt: at,
          answeredAt: null,
        });
        capacityBoard.writeService(
          f.boards.doc('capacity:calais'),
          f.organisations.utopia,
          'night-shelter',
          { name: 'Night shelter', serviceType: 'shelter' },
        );
        // A written guide section, for reviewing it.
        await saveGuideSection(f.db, {
          platformId: f.platforms.calais.id,
          language: 'fr',
          section: 'info',
          body: 'Bon à savoir',
          updatedAt: at,
          updatedBy: null,
        });
        const caller = await callerFor(f, actor);
        const outcome = await call(caller, path, rule.input(f)).then(
          () => 'ok' as const,
          (error: unknown) => error,
        );
        const refused =
          outcome instanceof TRPCError &&
          (outcome.code === 'UNAUTHORIZED' || outcome.code === 'FORBIDDEN');
        if (expected) {
          // Allowed calls may still fail for business reasons (e.g. already a member), never for rights.
          if (outcome !== 'ok') {
            expect(outcome).toBeInstanceOf(TRPCError);
            expect((outcome as TRPCError).code).not.toMatch(
              /UNAUTHORIZED|FORBIDDEN|BAD_REQUEST|INTERNAL/,
            );
          }
        } else {
          expect(refused, `${actor} on ${path} gave ${String(outcome)}`).toBe(true);
        }
      });
    }
  }
});
