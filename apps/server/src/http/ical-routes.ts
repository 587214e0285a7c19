/**
 * Calendar feeds (DESIGN.md §6): `GET /ical/<secret>.ics`, read by calendar apps that send no
 * cookie, so the URL's secret is the credential. One event per occurrence over a rolling window
 * (the past week and the next two months): exact with every exception and status, and in local
 * Paris time (TZID with its VTIMEZONE), so a 12:00 distribution stays at 12:00 across the clock
 * changes.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { hashToken, type ApiDeps } from '@opale/api';
import { feedWindow, localDateOf, platformTimeZone } from '@opale/core';
import {
  findFeedTokenByHash,
  findMembership,
  findOrganisationById,
  findPlatformById,
  findUserById,
  type Platform,
} from '@opale/db';
import { readDistributions, serviceTypeName, windowAround } from '../exports/distributions';

const notFound =
  'There is no calendar at this address: the link was revoked, or it is incomplete. Create a new calendar link in Opale.';

const parisTimezone = (() => {
  const component = getVtimezoneComponent(platformTimeZone);
  if (!component) throw new Error(`no VTIMEZONE is known for ${platformTimeZone}`);
  return component;
})();

const statusWords = {
  fr: { planned: 'prévue', done: 'faite', cancelled: 'annulée', disrupted: 'perturbée' },
  en: { planned: 'planned', done: 'done', cancelled: 'cancelled', disrupted: 'disrupted' },
} as const;

export async function icalRoutes(app: FastifyInstance, options: { deps: ApiDeps }): Promise<void> {
  const { deps } = options;

  app.get<{ Params: { file: string } }>('/ical/:file', async (request, reply) => {
    const secret = /^([A-Za-z0-9_-]{20,100})\.ics$/.exec(request.params.file)?.[1];
    const feed = secret ? await findFeedTokenByHash(deps.db, hashToken(secret)) : undefined;
    // A revoked link, and one whose owner left the platform, read nothing any more.
    const owner = feed && feed.revokedAt === null ? await findUserById(deps.db, feed.userId) : null;
    const membership =
      feed && owner ? await findMembership(deps.db, owner.id, feed.platformId) : undefined;
    const platform = membership ? await findPlatformById(deps.db, membership.platformId) : null;
    if (!feed || !owner || !membership || !platform) {
      return reply.code(404).send({ error: notFound });
    }

    const language = owner.locale === 'en' ? 'en' : 'fr';
    const calendar = await feedCalendar(deps, {
      platform,
      organisationId: feed.scope === 'organisation' ? feed.organisationId : null,
      language,
    });
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="opale-${platform.slug}.ics"`)
      .send(calendar);
  });
}

async function feedCalendar(
  deps: ApiDeps,
  feed: { platform: Platform; organisationId: string | null; language: 'fr' | 'en' },
): Promise<string> {
  const now = deps.now();
  const { from, to } = windowAround(now, feedWindow.pastDays, feedWindow.futureDays);
  const distributions = (await readDistributions(deps, feed.platform.slug, from, to)).filter(
    (d) => feed.organisationId === null || d.occurrence.organisationId === feed.organisationId,
  );
  const organisation =
    feed.organisationId === null ? null : await findOrganisationById(deps.db, feed.organisationId);

  const { language } = feed;
  const title = organisation ? `${organisation.name} · ${feed.platform.name}` : feed.platform.name;
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue('prodid', `-//Opale//Distributions//${language.toUpperCase()}`);
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', `Distributions — ${title}`);
  calendar.updatePropertyWithValue('x-wr-timezone', platformTimeZone);
  // Calendar apps that honour it refresh hourly.
  calendar.updatePropertyWithValue('x-published-ttl', 'PT1H');
  const timezone = new ICAL.Component(ICAL.parse(parisTimezone) as unknown[]);
  calendar.addSubcomponent(timezone);
  const zone = new ICAL.Timezone(timezone);
  const stamp = ICAL.Time.fromJSDate(now, true);

  const words = statusWords[language];
  for (const { occurrence, siteName, organisationName, status } of distributions) {
    const details = [
      `${language === 'fr' ? 'Statut' : 'Status'}: ${words[status]}`,
      occurrence.state?.servedCount != null
        ? `${language === 'fr' ? 'Servis' : 'Served'}: ${occurrence.state.servedCount}`
        : null,
      occurrence.expectedQuantity != null
        ? `${language === 'fr' ? 'Prévu' : 'Expected'}: ${occurrence.expectedQuantity}`
        : null,
      occurrence.change === 'moved'
        ? language === 'fr'
          ? 'Horaire ou lieu changé ce jour-là'
          : 'Time or place changed on this day'
        : null,
    ].filter((line): line is string => line !== null);

    const component = new ICAL.Component('vevent');
    const event = new ICAL.Event(component);
    // Stable per occurrence, so that a calendar updates an event rather than adding one.
    event.uid = `${occurrence.seriesId}.${occurrence.date}@opale`;
    component.addPropertyWithValue('dtstamp', stamp);
    // Wall-clock times with their zone: the calendar app resolves them through the VTIMEZONE.
    event.startDate = localTime(occurrence.date, occurrence.startTime, zone);
    event.endDate = localTime(localDateOf(new Date(occurrence.end)), occurrence.endTime, zone);
    event.summary = `${serviceTypeName(occurrence.serviceType, language)} — ${organisationName}`;
    event.location = siteName;
    event.description = details.join('\n');
    component.addPropertyWithValue('status', status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED');
    // A subscribed list of distributions must not make anyone look busy.
    component.addPropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(component);
  }
  // Every content line ends with CRLF, the last one included (RFC 5545 §3.1).
  return `${calendar.toString()}\r\n`;
}

function localTime(date: string, time: string, zone: ICAL.Timezone): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0 }, zone);
}
