import { addDays, isLocalDate, localDateOf } from '../schedule/local-time';

/** Days a fine can be contested after its notice (avis de contravention) is sent. */
export const fineContestDays = 45;

/**
 * The last day to contest a fine: the notice date plus 45 days, as dates in Europe/Paris. Given an
 * instant, the notice date is the Paris date it falls on (a notice stamped 23:30 UTC on 31 March
 * is dated 1 April in Calais).
 */
export function fineContestDeadline(noticeDate: string | Date): string {
  const local = typeof noticeDate === 'string' ? noticeDate : localDateOf(noticeDate);
  if (!isLocalDate(local)) {
    throw new RangeError(`"${local}" is not a date; write the notice date as YYYY-MM-DD.`);
  }
  return addDays(local, fineContestDays);
}
