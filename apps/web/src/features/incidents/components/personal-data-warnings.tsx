/**
 * What in a text looks like personal data of the people being helped (core's heuristics: phone
 * numbers, emails, names after "Mme", GPS coordinates), listed under the field as it is typed.
 * Nothing is blocked: the heuristics warn, the person decides.
 */
import type { PersonalDataWarning } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { WarningIcon } from '@/components/ui/icons';

export function PersonalDataWarnings({
  id,
  warnings,
}: {
  /** For the field's aria-describedby. */
  id: string;
  warnings: readonly PersonalDataWarning[];
}) {
  const { t } = useTranslation('incidents');
  return (
    <div id={id} aria-live="polite">
      {warnings.length > 0 ? (
        <div className="mt-2 rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950">
          <p className="flex items-start gap-2 font-semibold">
            <WarningIcon className="mt-0.5 size-5 shrink-0" />
            {t('list.page.personalData.heading')}
          </p>
          <ul className="mt-1 list-disc pl-8">
            {warnings.map((warning) => (
              <li key={`${warning.start}-${warning.end}`}>
                {t('list.page.personalData.item', {
                  kind: t(`list.page.personalData.${warning.kind}`),
                  text: warning.text,
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
