/** Two buttons, each naming its language in that language, so anyone can find theirs. */
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, locales, type Locale } from '@/lib/i18n';
import { cn } from '@/lib/cn';

export interface LanguageSwitchProps {
  /** Called after the interface switched, e.g. to save the choice to the account. */
  onChange?: (locale: Locale) => void;
  tone?: 'light' | 'dark';
}

export function LanguageSwitch({ onChange, tone = 'light' }: LanguageSwitchProps) {
  const { t } = useTranslation();
  const active = currentLocale();
  return (
    <div role="group" aria-label={t('language.label')} className="flex gap-1">
      {locales.map((locale) => {
        const pressed = locale === active;
        return (
          <button
            key={locale}
            type="button"
            lang={locale}
            aria-pressed={pressed}
            onClick={() => {
              void changeLocale(locale).then(() => onChange?.(locale));
            }}
            className={cn(
              'min-h-11 rounded-lg px-3 text-sm font-semibold',
              tone === 'dark'
                ? pressed
                  ? 'bg-white text-brand-900'
                  : 'text-white hover:bg-brand-800'
                : pressed
                  ? 'bg-brand-700 text-white'
                  : 'text-brand-800 hover:bg-brand-50',
            )}
          >
            {t(`language.${locale}`)}
          </button>
        );
      })}
    </div>
  );
}
