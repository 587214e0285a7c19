import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import type { Group } from '../api/use-groups';

export interface GroupInvitationProps {
  group: Group;
  myOrganisationName: string;
  /** Only a rep (or coordinator, admin) of the invited organisation answers. */
  canAnswer: boolean;
  /** This invitation's answer is on its way. */
  answering: boolean;
  onAnswer: (accept: boolean) => void;
}

/** An open invitation of the viewer's organisation to a group, with why its consent is asked. */
export function GroupInvitation({
  group,
  myOrganisationName,
  canAnswer,
  answering,
  onAnswer,
}: GroupInvitationProps) {
  const { t } = useTranslation();
  const names = { group: group.name, organisation: myOrganisationName };
  return (
    <li className="rounded-xl border-2 border-amber-400 bg-amber-50 p-4 text-amber-950">
      <h3 className="text-lg font-semibold">{t('groups.invitation', names)}</h3>
      <p className="text-sm font-medium">{t(`groups.kinds.${group.kind}`)}</p>
      <p className="mt-2">{t('groups.whyConsent', names)}</p>
      {canAnswer ? (
        <div className="mt-3 flex flex-wrap gap-2">
          <Button disabled={answering} aria-busy={answering} onClick={() => onAnswer(true)}>
            {t('groups.join')}
            <span className="sr-only"> {group.name}</span>
          </Button>
          <Button variant="secondary" disabled={answering} onClick={() => onAnswer(false)}>
            {t('groups.decline')}
            <span className="sr-only"> {group.name}</span>
          </Button>
        </div>
      ) : (
        <p className="mt-2 font-medium">{t('groups.repAnswers', names)}</p>
      )}
    </li>
  );
}
