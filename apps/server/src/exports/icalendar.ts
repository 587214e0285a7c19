/**
 * What every calendar Opale writes shares (feeds and the agenda export): the VCALENDAR with Paris
 * as its zone (TZID with its VTIMEZONE), so that wall-clock times stay put across the clock
 * changes, written with ical.js.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ICAL from 'ical.js';
import { platformTimeZone } from '@opale/core';

const parisTimezone = (() => {
  const component = getVtimezoneComponent(platformTimeZone);
  if (!component) throw new Error(`no VTIMEZONE is known for ${platformTimeZone}`);
  return component;
})();

export interface CalendarDraft {
  calendar: ICAL.Component;
  /** Europe/Paris, as the calendar's own VTIMEZONE defines it. */
  zone: ICAL.Timezone;
  /** DTSTAMP of every event: when the calendar was written. */
  stamp: ICAL.Time;
}

export function newCalendar(options: {
  /** Names the generator in PRODID, e.g. `Distributions`. */
  product: string;
  language: 'fr' | 'en';
  name: string;
  now: Date;
}): CalendarDraft {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.updatePropertyWithValue(
    'prodid',
    `-//Opale//${options.product}//${options.language.toUpperCase()}`,
  );
  calendar.updatePropertyWithValue('version', '2.0');
  calendar.updatePropertyWithValue('calscale', 'GREGORIAN');
  calendar.updatePropertyWithValue('method', 'PUBLISH');
  calendar.updatePropertyWithValue('x-wr-calname', options.name);
  calendar.updatePropertyWithValue('x-wr-timezone', platformTimeZone);
  // Calendar apps that honour it refresh hourly.
  calendar.updatePropertyWithValue('x-published-ttl', 'PT1H');
  const timezone = new ICAL.Component(ICAL.parse(parisTimezone) as unknown[]);
  calendar.addSubcomponent(timezone);
  return {
    calendar,
    zone: new ICAL.Timezone(timezone),
    stamp: ICAL.Time.fromJSDate(options.now, true),
  };
}

/** A wall-clock time on a Paris date, written with its TZID. */
export function localTime(date: string, time: string, zone: ICAL.Timezone): ICAL.Time {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return ICAL.Time.fromData({ year, month, day, hour, minute, second: 0 }, zone);
}

/** The calendar as text; every content line ends with CRLF, the last one included (RFC 5545 §3.1). */
export function calendarText(draft: CalendarDraft): string {
  return `${draft.calendar.toString()}\r\n`;
}
