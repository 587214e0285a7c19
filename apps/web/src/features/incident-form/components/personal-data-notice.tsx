/**
 * Under a free-text field, while the person types: what looks like a phone number, a name or a
 * GPS position of the people being helped, quoted, with the rule. It warns; it never blocks.
 */
import { personalDataWarnings } from '@opale/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { WarningIcon } from '@/components/ui/icons';

export function PersonalDataNotice({ id, text }: { id: string; text: string }) {
  const { t } = useTranslation('incidents');
  const warnings = useMemo(() => personalDataWarnings(text), [text]);
  return (
    // Polite: announced when the person pauses, not on every key.
    <div id={id} aria-live="polite" className="empty:hidden">
      {warnings.length > 0 ? (
        <div className="mt-2 rounded-lg border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">
          <p className="flex items-center gap-2 font-semibold">
            <WarningIcon aria-hidden="true" />
            {t('form.warnings.title')}
          </p>
          <ul className="mt-1 list-disc space-y-0.5 pl-6">
            {warnings.map((warning) => (
              <li key={`${warning.start}-${warning.kind}`}>
                {t('form.warnings.item', {
                  kind: t(`form.warnings.${warning.kind}`),
                  text: warning.text,
                })}
              </li>
            ))}
          </ul>
          <p className="mt-1 font-medium">{t('form.warnings.advice')}</p>
        </div>
      ) : null}
    </div>
  );
}
