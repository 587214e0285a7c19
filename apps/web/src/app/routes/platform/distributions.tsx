import { entryKey, mayWrite, organisationRoot } from '@opale/core';
import { useCallback } from 'react';
import { DistributionsScreen } from '@/features/distributions/components/distributions-screen';
import { registerScheduleTranslations } from '@/lib/i18n/schedule';
import { usePlatformContext } from '../../layouts/platform-layout';

registerScheduleTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  const { role, organisationId } = membership;
  // Any key of a kind stands for them all: the write rules go by the kind of key, not its id.
  const mayEditSeriesOf = useCallback(
    (organisation: string) =>
      mayWrite(
        'schedule',
        { root: organisationRoot(organisation), key: entryKey('series', 'any') },
        { role, organisationId },
      ),
    [role, organisationId],
  );
  const mayEditDatesOf = useCallback(
    (organisation: string) =>
      mayWrite(
        'schedule',
        { root: organisationRoot(organisation), key: entryKey('exception', 'any') },
        { role, organisationId },
      ),
    [role, organisationId],
  );
  return (
    <DistributionsScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      organisation={{ id: organisationId, name: membership.organisationName }}
      mayEditSeriesOf={mayEditSeriesOf}
      mayEditDatesOf={mayEditDatesOf}
    />
  );
}
