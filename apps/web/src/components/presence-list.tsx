/** Who else is on a board right now: initials, name and organisation, once per person. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { initialsOf, type PresentPerson } from '@/lib/live-board/presence';

/** At most this many people are listed; the rest are counted. */
const shownAtMost = 5;

/** Dark enough for white initials (contrast ≥ 4.5:1); the name is always written beside. */
const avatarColours = [
  'bg-brand-700',
  'bg-sky-800',
  'bg-violet-700',
  'bg-rose-800',
  'bg-amber-800',
  'bg-emerald-800',
  'bg-slate-700',
];

function colourOf(key: string): string {
  let hash = 0;
  for (const char of key) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return avatarColours[hash % avatarColours.length] ?? 'bg-slate-700';
}

export function PresenceList({ people }: { people: readonly PresentPerson[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const listed = people.slice(0, shownAtMost);
  const more = people.length - listed.length;
  return (
    <section aria-labelledby={headingId} className="min-w-0">
      <h2 id={headingId} className="mb-1 text-sm font-semibold text-slate-700">
        {t('liveBoard.presenceHeading')}
      </h2>
      {people.length === 0 ? (
        <p className="text-sm text-slate-700">{t('liveBoard.nobodyElse')}</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-labelledby={headingId}>
          {listed.map((person) => (
            <li
              key={person.key}
              className="flex min-w-0 items-center gap-2 rounded-full border border-slate-300 bg-white py-1 pr-3 pl-1"
            >
              <span
                aria-hidden="true"
                className={`flex size-8 shrink-0 items-center justify-center rounded-full text-sm font-bold text-white ${colourOf(person.key)}`}
              >
                {initialsOf(person.name)}
              </span>
              <span className="min-w-0 text-sm leading-tight">
                <span className="block truncate font-semibold text-slate-950">{person.name}</span>
                <span className="block truncate text-slate-700">{person.organisationName}</span>
              </span>
            </li>
          ))}
          {more > 0 ? (
            <li className="self-center text-sm text-slate-700">
              {t('liveBoard.morePeople', { count: more })}
            </li>
          ) : null}
        </ul>
      )}
    </section>
  );
}
