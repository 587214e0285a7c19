/**
 * The platform's public Arrival Guide as coordinators look after it: its address, the page itself
 * in any language, which languages it offers, the sections the platform writes, and the review
 * of the built-in translations. Everyone reads; coordinators and admins change.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guideLanguages, type GuideLanguageCode } from '@opale/core';
import { SelectField } from '@/components/ui/field';
import { ErrorMessage, LoadingState } from '@/components/ui/message';
import { Page, Section } from '@/components/ui/page';
import { useDescribeError } from '@/lib/use-describe-error';
import { useGuideSettings, type GuideSettings } from '../api/use-guide-settings';
import { useLanguageNames } from '../api/use-language-names';
import { previewVersion, publicGuideUrl } from '../utils/language-list';
import { GuidePreview } from './guide-preview';
import { GuideSections } from './guide-sections';
import { LanguageList } from './language-list';
import { PublicLink } from './public-link';
import { ReviewProgress } from './review-progress';
import { TranslationReview } from './translation-review';

export interface GuideScreenProps {
  platform: string;
  platformName: string;
  /** Coordinators and admins. */
  canEdit: boolean;
}

export function GuideScreen({ platform, platformName, canEdit }: GuideScreenProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const settings = useGuideSettings(platform);

  return (
    <Page
      title={t('guide.title')}
      lead={
        <>
          <p>{t('guide.lead', { platform: platformName })}</p>
          {canEdit ? null : <p className="mt-2">{t('guide.readOnly')}</p>}
        </>
      }
    >
      {settings.isPending ? <LoadingState label={t('common.loading')} /> : null}
      {settings.isError ? <ErrorMessage>{describeError(settings.error)}</ErrorMessage> : null}
      {settings.data ? (
        <GuideSettingsView platform={platform} settings={settings.data} canEdit={canEdit} />
      ) : null}
    </Page>
  );
}

function GuideSettingsView({
  platform,
  settings,
  canEdit,
}: {
  platform: string;
  settings: GuideSettings;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const { nameOf, labelOf } = useLanguageNames();
  // The platform's languages in their order, then the others: any can be previewed or prepared.
  const allLanguages = useMemo<GuideLanguageCode[]>(
    () => [
      ...settings.languages,
      ...guideLanguages.map((l) => l.code).filter((code) => !settings.languages.includes(code)),
    ],
    [settings.languages],
  );
  const [language, setLanguage] = useState<GuideLanguageCode>(
    settings.languages.find((code) => code !== settings.referenceLanguage) ??
      settings.languages[0] ??
      'fr',
  );
  const name = nameOf(language);
  const version = useMemo(() => previewVersion(settings), [settings]);

  return (
    <>
      <PublicLink url={publicGuideUrl(window.location.origin, settings.slug)} />
      <GuidePreview
        slug={settings.slug}
        languages={allLanguages}
        hidden={settings.hidden}
        version={version}
      />
      <LanguageList platform={platform} settings={settings} canEdit={canEdit} />

      <Section title={t('guide.language.heading')} className="mb-4">
        <p className="mb-3 text-slate-700">{t('guide.language.hint')}</p>
        <SelectField
          label={t('guide.language.choose')}
          value={language}
          onChange={(e) => setLanguage(e.target.value as GuideLanguageCode)}
          className="mb-3 max-w-md"
        >
          {allLanguages.map((code) => (
            <option key={code} value={code}>
              {labelOf(code)}
              {settings.languages.includes(code) ? '' : ` (${t('guide.language.notOnList')})`}
            </option>
          ))}
        </SelectField>
        <ReviewProgress
          progress={settings.progress[language]}
          reference={language === settings.referenceLanguage}
          className="text-base"
        />
      </Section>
      <GuideSections
        platform={platform}
        language={language}
        sections={settings.sections.filter((s) => s.language === language)}
        canEdit={canEdit}
      />
      <TranslationReview
        platform={platform}
        language={language}
        languageName={name}
        canEdit={canEdit}
      />
    </>
  );
}
