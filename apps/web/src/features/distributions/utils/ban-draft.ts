/** The bans (prefectoral or municipal orders) a series, as drafted or as saved, falls inside. */
import { bansAffecting, type BanHit, type DistributionBan, type ScheduleSource } from '@opale/core';
import { checkDraft, newSeriesFields, type SeriesDraft } from './series-draft';

/**
 * From today on, with the series' changed dates as the board holds them (a date moved into the
 * area warns; a cancelled one does not). A draft that is not complete yet warns of nothing.
 */
export function bansOfDraft<B extends DistributionBan>(
  draft: SeriesDraft,
  seriesId: string,
  bans: readonly B[],
  source: Pick<ScheduleSource, 'exceptions'>,
  today: string,
): BanHit<B>[] {
  if (bans.length === 0 || Object.keys(checkDraft(draft)).length > 0) return [];
  return bansAffecting(
    {
      root: `org:${draft.organisationId}`,
      key: `series:${seriesId}`,
      id: seriesId,
      fields: newSeriesFields(draft),
    },
    bans,
    { from: today, exceptions: source.exceptions },
  );
}
