import { entryKey, mayWrite, organisationRoot } from '@opale/core';
import { useCallback } from 'react';
import { TodayScreen } from '@/features/today/components/today-screen';
import { registerScheduleTranslations } from '@/lib/i18n/schedule';
import { usePlatformContext } from '../../layouts/platform-layout';

registerScheduleTranslations();

export function Component() {
  const { me, membership } = usePlatformContext();
  const { role, organisationId } = membership;
  // Any status key stands for them all: the write rules go by the kind of key, not its id.
  const mayRecordFor = useCallback(
    (organisation: string) =>
      mayWrite(
        'schedule',
        { root: organisationRoot(organisation), key: entryKey('status', 'any') },
        { role, organisationId },
      ),
    [role, organisationId],
  );
  return (
    <TodayScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      organisation={{ id: organisationId, name: membership.organisationName }}
      viewerName={me.user.name}
      mayRecordFor={mayRecordFor}
      role={role}
    />
  );
}
