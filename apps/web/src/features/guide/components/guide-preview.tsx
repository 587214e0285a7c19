import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideLanguageCode } from '@opale/core';
import { buttonClasses } from '@/components/ui/button';
import { SelectField } from '@/components/ui/field';
import { Section } from '@/components/ui/page';
import { useLanguageNames } from '../api/use-language-names';
import { publicGuidePath } from '../utils/language-list';

export interface GuidePreviewProps {
  slug: string;
  /** Every language the preview offers: the platform's first, in their order. */
  languages: readonly GuideLanguageCode[];
  hidden: readonly GuideLanguageCode[];
  /** Changes whenever what the page shows was saved, to load it again. */
  version: string;
}

/**
 * The public page itself, in a frame: not a copy of it, so what a coordinator sees here is what
 * a phone at the distribution sees, hidden languages and fallbacks included.
 */
export function GuidePreview({ slug, languages, hidden, version }: GuidePreviewProps) {
  const { t } = useTranslation();
  const { nameOf, labelOf } = useLanguageNames();
  const [language, setLanguage] = useState<GuideLanguageCode>(languages[0] ?? 'fr');
  const path = publicGuidePath(slug, language);
  const name = nameOf(language);

  return (
    <Section title={t('guide.preview.heading')} className="mb-8">
      <p className="mb-3 text-slate-700">{t('guide.preview.hint')}</p>
      <div className="mb-3 flex flex-wrap items-end gap-3">
        <SelectField
          label={t('guide.preview.language')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as GuideLanguageCode)}
          className="min-w-56"
        >
          {languages.map((code) => (
            <option key={code} value={code}>
              {labelOf(code)}
              {hidden.includes(code) ? ` (${t('guide.languages.hiddenShort')})` : ''}
            </option>
          ))}
        </SelectField>
        <a href={path} target="_blank" rel="noreferrer" className={buttonClasses('secondary')}>
          {t('guide.openNewTab')}
        </a>
      </div>
      {hidden.includes(language) ? (
        <p className="mb-3 text-amber-900">{t('guide.preview.hiddenNote', { language: name })}</p>
      ) : null}
      <iframe
        key={`${language}-${version}`}
        src={path}
        title={t('guide.preview.frameTitle', { language: name })}
        className="h-[36rem] w-full rounded-lg border border-slate-400 bg-white"
      />
    </Section>
  );
}
