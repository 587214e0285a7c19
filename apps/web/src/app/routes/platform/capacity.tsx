import { entryKey, mayWrite, organisationRoot } from '@opale/core';
import { useCallback } from 'react';
import { CapacityScreen } from '@/features/capacity/components/capacity-screen';
import { registerCapacityTranslations } from '@/lib/i18n/capacity';
import { usePlatformContext } from '../../layouts/platform-layout';

registerCapacityTranslations();

export function Component() {
  const { me, membership } = usePlatformContext();
  const { role, organisationId } = membership;
  // Any key of a kind stands for them all: the write rules go by the kind of key, not its id.
  const mayEditServicesOf = useCallback(
    (organisation: string) =>
      mayWrite(
        'capacity',
        { root: organisationRoot(organisation), key: entryKey('service', 'any') },
        { role, organisationId },
      ),
    [role, organisationId],
  );
  const mayRecordFor = useCallback(
    (organisation: string) =>
      mayWrite(
        'capacity',
        { root: organisationRoot(organisation), key: entryKey('reading', 'any') },
        { role, organisationId },
      ),
    [role, organisationId],
  );
  return (
    <CapacityScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      organisation={{ id: organisationId, name: membership.organisationName }}
      viewerName={me.user.name}
      mayEditServicesOf={mayEditServicesOf}
      mayRecordFor={mayRecordFor}
    />
  );
}
