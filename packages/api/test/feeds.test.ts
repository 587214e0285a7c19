import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFeedTokenByHash } from '@opale/db';
import { maxFeedsPerMember } from '../src/routers/feed';
import { hashToken } from '../src/services/tokens';
import { createFixture, type Fixture } from './fixture';
import { refusal } from './refusal';

describe('calendar feed links', () => {
  let f: Fixture;
  beforeEach(async () => {
    f = await createFixture();
  });
  afterEach(() => f.close());

  it('shows the secret URL once and keeps only its hash', async () => {
    const observer = (await f.signInAs(f.calais.observer.userId)).caller;
    const created = await observer.feed.create({ platform: 'calais', scope: 'organisation' });
    expect(created.url).toMatch(/^https:\/\/opale\.test\/ical\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(created.organisationId).toBe(f.organisations.utopia);
    const secret = /\/ical\/(.+)\.ics$/.exec(created.url)![1]!;
    const stored = await findFeedTokenByHash(f.db, hashToken(secret));
    expect(stored).toMatchObject({ id: created.id, scope: 'organisation', revokedAt: null });
    expect(JSON.stringify(await f.db.selectFrom('feedTokens').selectAll().execute())).not.toContain(
      secret,
    );

    const listed = await observer.feed.list({ platform: 'calais' });
    expect(listed).toEqual([
      {
        id: created.id,
        calendar: 'distributions',
        scope: 'organisation',
        organisationId: f.organisations.utopia,
        organisationName: 'utopia',
        createdAt: created.createdAt,
      },
    ]);
  });

  it('makes an agenda link when asked, and says which calendar each link shows', async () => {
    const field = (await f.signInAs(f.calais.field.userId)).caller;
    const agenda = await field.feed.create({
      platform: 'calais',
      calendar: 'agenda',
      scope: 'platform',
    });
    expect(agenda).toMatchObject({ calendar: 'agenda', scope: 'platform', organisationId: null });
    const secret = /\/ical\/(.+)\.ics$/.exec(agenda.url)![1]!;
    expect(await findFeedTokenByHash(f.db, hashToken(secret))).toMatchObject({
      calendar: 'agenda',
    });
    await field.feed.create({ platform: 'calais', scope: 'platform' });
    expect(
      (await field.feed.list({ platform: 'calais' })).map((feed) => feed.calendar).sort(),
    ).toEqual(['agenda', 'distributions']);
    const error = await refusal(
      field.feed.create({
        platform: 'calais',
        calendar: 'incidents' as 'agenda',
        scope: 'platform',
      }),
    );
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toMatch(/the distributions or the agenda/);
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { events } = await admin.audit.list({ platform: 'calais' });
    expect(events.filter((e) => e.action === 'feed.created').map((e) => e.detail.calendar)).toEqual(
      ['distributions', 'agenda'],
    );
  });

  it('lets each member see and revoke only their own links', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    const field = (await f.signInAs(f.calais.field.userId)).caller;
    const repFeed = await rep.feed.create({ platform: 'calais', scope: 'platform' });
    expect(await field.feed.list({ platform: 'calais' })).toEqual([]);
    const error = await refusal(field.feed.revoke({ platform: 'calais', feedId: repFeed.id }));
    expect(error.code).toBe('NOT_FOUND');
    expect((await rep.feed.list({ platform: 'calais' })).map((feed) => feed.id)).toEqual([
      repFeed.id,
    ]);

    await rep.feed.revoke({ platform: 'calais', feedId: repFeed.id });
    expect(await rep.feed.list({ platform: 'calais' })).toEqual([]);
    expect((await refusal(rep.feed.revoke({ platform: 'calais', feedId: repFeed.id }))).code).toBe(
      'NOT_FOUND',
    );
    const admin = (await f.signInAs(f.calais.admin.userId)).caller;
    const { events } = await admin.audit.list({ platform: 'calais' });
    expect(events.map((e) => e.action).filter((a) => a.startsWith('feed.'))).toEqual([
      'feed.revoked',
      'feed.created',
    ]);
  });

  it('keeps the number of live links of one member bounded', async () => {
    const rep = (await f.signInAs(f.calais.rep.userId)).caller;
    for (let i = 0; i < maxFeedsPerMember; i++) {
      await rep.feed.create({ platform: 'calais', scope: 'platform' });
    }
    const error = await refusal(rep.feed.create({ platform: 'calais', scope: 'platform' }));
    expect(error.code).toBe('PRECONDITION_FAILED');
    expect(error.message).toMatch(/Revoke one you no longer use/);
  });
});
