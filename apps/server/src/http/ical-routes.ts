/**
 * Calendar feeds (DESIGN.md §6): `GET /ical/<secret>.ics`, read by calendar apps that send no
 * cookie, so the URL's secret is the credential. A distributions link has one event per
 * occurrence over a rolling window (the past week and the next two months): exact with every
 * exception and status, and in local Paris time (TZID with its VTIMEZONE), so a 12:00
 * distribution stays at 12:00 across the clock changes. An agenda link has the agenda its
 * owner's organisation may read at the moment it is fetched (`agendaCalendar`).
 */
import type { FastifyInstance } from 'fastify';
import ICAL from 'ical.js';
import { hashToken, type ApiDeps } from '@opale/api';
import { feedWindow, localDateOf } from '@opale/core';
import {
  findFeedTokenByHash,
  findMembership,
  findOrganisationById,
  findPlatformById,
  findUserById,
  type Platform,
} from '@opale/db';
import { agendaCalendar } from '../exports/agenda-calendar';
import { readDistributions, serviceTypeName, windowAround } from '../exports/distributions';
import { calendarText, localTime, newCalendar } from '../exports/icalendar';

const notFound =
  'There is no calendar at this address: the link was revoked, or it is incomplete. Create a new calendar link in Opale.';

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
    let calendar: string;
    let file: string;
    if (feed.calendar === 'agenda') {
      // What the owner's organisation may read now, not when the link was made: one that has
      // left a group no longer sees the group's items.
      ({ text: calendar } = await agendaCalendar(deps, {
        platform,
        organisationId: membership.organisationId,
        onlyConcerning: feed.scope === 'organisation',
        language,
      }));
      file = `opale-${platform.slug}-agenda.ics`;
    } else {
      calendar = await feedCalendar(deps, {
        platform,
        organisationId: feed.scope === 'organisation' ? feed.organisationId : null,
        language,
      });
      file = `opale-${platform.slug}.ics`;
    }
    return reply
      .header('content-type', 'text/calendar; charset=utf-8')
      .header('content-disposition', `inline; filename="${file}"`)
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
  const draft = newCalendar({
    product: 'Distributions',
    language,
    name: `Distributions — ${title}`,
    now,
  });
  const { calendar, zone, stamp } = draft;

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
  return calendarText(draft);
}
