/** Who else has this date of the meeting open right now, once per person. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { initialsOf, type PresentPerson } from '@/lib/live-board/presence';

export function ItemPresence({ people }: { people: readonly PresentPerson[] }) {
  const { t } = useTranslation('agenda');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="min-w-0">
      <h2 id={headingId} className="mb-1 text-sm font-semibold text-slate-700">
        {t('item.presence.heading')}
      </h2>
      {people.length === 0 ? (
        <p className="text-sm text-slate-700">{t('item.presence.nobody')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-labelledby={headingId}>
          {people.map((person) => (
            <li
              key={person.key}
              className="flex min-w-0 items-center gap-2 rounded-full border border-slate-300 bg-white py-1 pr-3 pl-1"
            >
              <span
                aria-hidden="true"
                className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white"
              >
                {initialsOf(person.name)}
              </span>
              <span className="min-w-0 text-sm leading-tight">
                <span className="block truncate font-semibold text-slate-950">{person.name}</span>
                <span className="block truncate text-slate-700">{person.organisationName}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
