/**
 * The joint agenda as an iCalendar, for the agenda export and agenda feed links: what one
 * organisation's members may read (`readAgendaFor`: the platform's agenda and the agendas of the
 * groups it has joined), over the feeds' window (the past week and the next two months).
 *
 * A recurring item is one series (RRULE, UNTIL, EXDATE for skipped dates) in Paris wall-clock
 * time, so that a 14:00 meeting stays at 14:00 across the clock changes; each of its dates that
 * has answers or open action items also gets its own event (RECURRENCE-ID) listing them, since
 * organisations answer date by date. A one-off item is one event. Every event of an item has the
 * UID `<itemId>@opale`, so that a calendar updates it rather than adding another.
 */
import ICAL from 'ical.js';
import {
  actionsOf,
  readAgendaFor,
  readSchedule,
  type AgendaBoardView,
  type AgendaGroupTag,
  type ApiDeps,
} from '@opale/api';
import {
  addDays,
  answers as answerKinds,
  calendarSeriesOf,
  expandAgenda,
  feedWindow,
  idList,
  minutesOf,
  occurrenceKey,
  onlinePlaceProblem,
  type ActionItem,
  type AgendaAnswer,
  type AgendaItem,
  type AgendaKind,
  type Answer,
  type Entry,
} from '@opale/core';
import { findOrganisationById, findOrganisationsByIds, type Platform } from '@opale/db';
import { windowAround } from './distributions';
import { calendarText, localTime, newCalendar, type CalendarDraft } from './icalendar';

type Language = 'fr' | 'en';

const kindWords: Record<Language, Record<AgendaKind, string>> = {
  fr: {
    platform_meeting: 'Réunion de plateforme',
    authorities_meeting: 'Réunion avec les autorités',
    coalition_meeting: 'Réunion de coalition',
    training: 'Formation',
    joint_activity: 'Activité commune',
    advocacy_action: 'Action de plaidoyer',
    other: 'Autre',
  },
  en: {
    platform_meeting: 'Platform meeting',
    authorities_meeting: 'Meeting with the authorities',
    coalition_meeting: 'Coalition meeting',
    training: 'Training',
    joint_activity: 'Joint activity',
    advocacy_action: 'Advocacy action',
    other: 'Other',
  },
};

const answerWords: Record<Language, Record<Answer | 'none', string>> = {
  fr: {
    going: 'participe',
    maybe: 'peut-être',
    not_going: 'ne participe pas',
    none: 'pas encore de réponse',
  },
  en: { going: 'going', maybe: 'maybe', not_going: 'not going', none: 'no answer yet' },
};

const labels = {
  fr: {
    colon: ' : ',
    group: 'Groupe',
    organisers: 'Organisé par',
    invited: 'Invités',
    perDate: 'Chaque date a ses propres réponses.',
    answers: 'Réponses',
    actions: 'Actions à faire',
    due: 'pour le',
  },
  en: {
    colon: ': ',
    group: 'Group',
    organisers: 'Organised by',
    invited: 'Invited',
    perDate: 'Each date has its own answers.',
    answers: 'Answers',
    actions: 'Open action items',
    due: 'due',
  },
} as const;

export interface AgendaCalendar {
  text: string;
  /** How many agenda items it holds (a series counts once). */
  items: number;
}

/** One agenda item with everything its events say, before it is written. */
interface ShownItem {
  id: string;
  item: AgendaItem;
  board: AgendaBoardView;
  /** The dates it falls on within the window. */
  dates: string[];
}

export async function agendaCalendar(
  deps: Pick<ApiDeps, 'db' | 'boards' | 'now'>,
  options: {
    platform: Platform;
    /** Whose members read it: decides which groups' items appear. */
    organisationId: string;
    /** Only the items that organisation organises or is invited to. */
    onlyConcerning: boolean;
    language: Language;
  },
): Promise<AgendaCalendar> {
  const { platform, organisationId, language } = options;
  const now = deps.now();
  const { from, to } = windowAround(now, feedWindow.pastDays, feedWindow.futureDays);
  const view = await readAgendaFor(deps, { platform, organisationId });

  const shown: ShownItem[] = [];
  for (const board of view.boards) {
    const datesOf = new Map<string, string[]>();
    for (const occurrence of expandAgenda(board.items, from, to)) {
      datesOf.set(occurrence.itemId, [...(datesOf.get(occurrence.itemId) ?? []), occurrence.date]);
    }
    for (const entry of board.items) {
      const dates = datesOf.get(entry.id);
      if (!dates) continue;
      const concerned = [...idList(entry.fields.organisers), ...idList(entry.fields.invited)];
      if (options.onlyConcerning && !concerned.includes(organisationId)) continue;
      shown.push({ id: entry.id, item: entry.fields, board, dates });
    }
  }

  const names = await organisationNames(deps, shown);
  const siteNames = shown.some(({ item }) => item.placeKind === 'site')
    ? (await readSchedule(deps.boards, platform.slug)).siteNames
    : new Map<string, string>();
  const reader = options.onlyConcerning
    ? await findOrganisationById(deps.db, organisationId)
    : undefined;
  const draft = newCalendar({
    product: 'Agenda',
    language,
    name: `Agenda — ${reader ? `${reader.name} · ` : ''}${platform.name}`,
    now,
  });
  const writer = new EventWriter(draft, language, names, siteNames);
  for (const item of shown) writer.write(item);
  return { text: calendarText(draft), items: shown.length };
}

/** The names of every organisation the items mention, by id (an id stays when one is gone). */
async function organisationNames(
  deps: Pick<ApiDeps, 'db'>,
  shown: ShownItem[],
): Promise<(id: string) => string> {
  const ids = new Set<string>();
  for (const { id, item, board } of shown) {
    for (const organisation of [...idList(item.organisers), ...idList(item.invited)]) {
      ids.add(organisation);
    }
    for (const [key, byOrganisation] of board.answers) {
      if (key !== id && !key.startsWith(`${id}:`)) continue;
      for (const organisation of byOrganisation.keys()) ids.add(organisation);
    }
    for (const action of board.actions) {
      if (action.fields.itemId === id) ids.add(action.fields.owner);
    }
  }
  const found = new Map(
    (await findOrganisationsByIds(deps.db, [...ids])).map((o) => [o.id, o.name]),
  );
  return (id) => found.get(id) ?? id;
}

class EventWriter {
  constructor(
    private readonly draft: CalendarDraft,
    private readonly language: Language,
    private readonly nameOf: (organisationId: string) => string,
    private readonly siteNames: ReadonlyMap<string, string>,
  ) {}

  write({ id, item, board, dates }: ShownItem) {
    const series = calendarSeriesOf(item);
    if (series === null) {
      const event = this.event(id, item, board.group, item.date);
      event.description = this.description(item, board.group, {
        answers: board.answers.get(occurrenceKey(id, null)) ?? new Map(),
        actions: actionsOf(board, id, null),
      });
      return;
    }

    const master = this.event(id, item, board.group, series.firstDate);
    master.component.addPropertyWithValue(
      'rrule',
      ICAL.Recur.fromString(
        series.until === null ? series.rule : `${series.rule};UNTIL=${series.until}`,
      ),
    );
    for (const date of series.exceptDates) {
      const exdate = new ICAL.Property('exdate');
      exdate.setParameter('tzid', this.draft.zone.tzid);
      exdate.setValue(localTime(date, item.startTime, this.draft.zone));
      master.component.addProperty(exdate);
    }
    master.description = this.description(item, board.group, {
      answers: null,
      actions: actionsOf(board, id, null),
    });

    // The dates that have something of their own to say, each as an override of the series.
    const skipped = new Set(series.exceptDates);
    for (const date of dates) {
      if (skipped.has(date)) continue;
      const answers = board.answers.get(occurrenceKey(id, date)) ?? new Map<string, AgendaAnswer>();
      const actions = actionsOf(board, id, date);
      if (answers.size === 0 && !actions.some((action) => !action.fields.done)) continue;
      const override = this.event(id, item, board.group, date);
      override.recurrenceId = localTime(date, item.startTime, this.draft.zone);
      override.description = this.description(item, board.group, { answers, actions });
    }
  }

  /** A VEVENT of an item on one date, with all but its description. */
  private event(id: string, item: AgendaItem, group: AgendaGroupTag, date: string): ICAL.Event {
    const { zone, stamp, calendar } = this.draft;
    const component = new ICAL.Component('vevent');
    const event = new ICAL.Event(component);
    event.uid = `${id}@opale`;
    component.addPropertyWithValue('dtstamp', stamp);
    event.startDate = localTime(date, item.startTime, zone);
    // An end at or before the start is on the next day.
    const endDate = minutesOf(item.endTime) <= minutesOf(item.startTime) ? addDays(date, 1) : date;
    event.endDate = localTime(endDate, item.endTime, zone);
    event.summary = item.title;
    const categories = new ICAL.Property('categories');
    categories.setValues(
      [kindWords[this.language][item.kind], group?.name].filter(
        (word): word is string => word !== undefined,
      ),
    );
    component.addProperty(categories);
    const place = item.place?.trim() ?? '';
    if (item.placeKind !== null && place !== '') {
      event.location = item.placeKind === 'site' ? (this.siteNames.get(place) ?? place) : place;
      // Only a link the agenda itself would accept becomes one a calendar app opens.
      if (item.placeKind === 'online' && onlinePlaceProblem(place) === null) {
        component.addPropertyWithValue('url', place);
      }
    }
    component.addPropertyWithValue('status', item.cancelled ? 'CANCELLED' : 'CONFIRMED');
    // A shared agenda must not make everyone who subscribes to it look busy.
    component.addPropertyWithValue('transp', 'TRANSPARENT');
    calendar.addSubcomponent(component);
    return event;
  }

  /**
   * Who organises, who is invited and what each answered, and what is still to do. `answers` is
   * null for a whole series, whose answers are given date by date.
   */
  private description(
    item: AgendaItem,
    group: AgendaGroupTag,
    of: { answers: ReadonlyMap<string, AgendaAnswer> | null; actions: Entry<ActionItem>[] },
  ): string {
    const words = labels[this.language];
    // French puts a space before the colon.
    const line = (label: string, value: string) => `${label}${words.colon}${value}`;
    const heading = (label: string) => `${label}${words.colon.trimEnd()}`;
    const lines: string[] = [];
    if (group) lines.push(line(words.group, group.name));
    const organisers = idList(item.organisers);
    if (organisers.length > 0) {
      lines.push(line(words.organisers, organisers.map(this.nameOf).join(', ')));
    }
    const invited = idList(item.invited);
    if (of.answers === null) {
      if (invited.length > 0) {
        lines.push(line(words.invited, invited.map(this.nameOf).join(', ')), words.perDate);
      }
    } else {
      // The invited first, in the order they were asked; then anyone else who answered.
      const answers = of.answers;
      const answering = [...invited, ...[...answers.keys()].filter((id) => !invited.includes(id))];
      if (answering.length > 0) {
        lines.push(heading(words.answers));
        for (const id of answering) {
          lines.push(`- ${line(this.nameOf(id), this.answerText(answers.get(id)))}`);
        }
      }
    }
    const open = of.actions.filter((action) => !action.fields.done);
    if (open.length > 0) {
      lines.push(heading(words.actions));
      for (const { fields } of open) {
        const due = fields.due ? `, ${words.due} ${fields.due}` : '';
        lines.push(`- ${fields.text} (${this.nameOf(fields.owner)}${due})`);
      }
    }
    return lines.join('\n');
  }

  private answerText(answer: AgendaAnswer | undefined): string {
    const words = answerWords[this.language];
    if (!answer || !(answerKinds as readonly string[]).includes(answer.answer)) return words.none;
    const attendees = answer.attendees?.trim();
    return attendees ? `${words[answer.answer]} (${attendees})` : words[answer.answer];
  }
}
