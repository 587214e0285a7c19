import { entryKey, mayWrite } from '@opale/core';
import { AgendaScreen } from '@/features/agenda/components/agenda-screen';
import { registerAgendaTranslations } from '@/lib/i18n/agenda';
import { usePlatformContext } from '../../layouts/platform-layout';

registerAgendaTranslations();

export function Component() {
  const { membership } = usePlatformContext();
  // Any item key stands for them all: the write rules go by the kind of key, not its id.
  const canEdit = mayWrite(
    'agenda',
    { root: 'items', key: entryKey('item', 'any') },
    { role: membership.role, organisationId: membership.organisationId },
  );
  return (
    <AgendaScreen
      platform={membership.platformSlug}
      platformName={membership.platformName}
      organisation={{ id: membership.organisationId, name: membership.organisationName }}
      canEdit={canEdit}
    />
  );
}
