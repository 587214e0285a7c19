import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import type { Group } from '../api/use-groups';
import type { GroupRoster, RosterEntry } from '../utils/group-view';

export interface GroupCardProps {
  group: Group;
  roster: GroupRoster;
  myOrganisationName: string;
  /** Admin actions; absent for everyone else. */
  manage?: {
    onAdd: () => void;
    onRemoveOrganisation: (organisation: RosterEntry, status: 'member' | 'invited') => void;
    onRemoveGroup: () => void;
  };
}

export function GroupCard({ group, roster, myOrganisationName, manage }: GroupCardProps) {
  const { t } = useTranslation();
  const nameOf = (o: RosterEntry) => o.name ?? t('groups.unknownOrganisation');

  const list = (entries: RosterEntry[], status: 'member' | 'invited') => (
    <ul className="divide-y divide-slate-200">
      {entries.map((o) => (
        <li key={o.organisationId} className="flex items-center justify-between gap-3 py-1.5">
          <span className={o.name === null ? 'text-slate-700 italic' : 'text-slate-900'}>
            {nameOf(o)}
            {o.shortName && o.shortName !== o.name ? (
              <span className="text-slate-700"> ({o.shortName})</span>
            ) : null}
          </span>
          {manage ? (
            <Button
              variant="dangerOutline"
              size="sm"
              className="shrink-0"
              onClick={() => manage.onRemoveOrganisation(o, status)}
            >
              {status === 'member' ? t('groups.removeOrganisation') : t('groups.withdraw')}
              <span className="sr-only">
                {' '}
                {status === 'member'
                  ? t('groups.removeOrganisationNamed', {
                      organisation: nameOf(o),
                      group: group.name,
                    })
                  : t('groups.withdrawNamed', { organisation: nameOf(o), group: group.name })}
              </span>
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );

  return (
    <li className="flex flex-col gap-3 rounded-xl border border-slate-300 bg-white p-4">
      <div>
        <h3 className="text-lg font-semibold text-slate-950">{group.name}</h3>
        <p className="text-slate-800">{t(`groups.kinds.${group.kind}`)}</p>
      </div>

      <p>
        {group.myOrganisationStatus === 'member' ? (
          <Badge tone="success">{t('groups.mine.member')}</Badge>
        ) : group.myOrganisationStatus === 'invited' ? (
          <Badge tone="warning">{t('groups.mine.invited')}</Badge>
        ) : (
          <span className="text-sm text-slate-700">{t('groups.mine.none')}</span>
        )}
        <span className="sr-only"> ({myOrganisationName})</span>
      </p>

      <div>
        <h4 className="font-semibold text-slate-900">{t('groups.members')}</h4>
        {roster.members.length === 0 ? (
          <p className="py-1.5 text-slate-700">{t('groups.noMembers')}</p>
        ) : (
          list(roster.members, 'member')
        )}
      </div>

      {roster.invited.length > 0 ? (
        <div>
          <h4 className="font-semibold text-slate-900">{t('groups.invited')}</h4>
          {list(roster.invited, 'invited')}
        </div>
      ) : null}

      {manage ? (
        <div className="mt-auto flex flex-wrap gap-2 pt-2">
          <Button variant="secondary" size="sm" onClick={manage.onAdd}>
            {t('groups.add')}
            <span className="sr-only"> {t('groups.addNamed', { group: group.name })}</span>
          </Button>
          <Button variant="dangerOutline" size="sm" onClick={manage.onRemoveGroup}>
            {t('groups.remove')}
            <span className="sr-only"> {group.name}</span>
          </Button>
        </div>
      ) : null}
    </li>
  );
}
