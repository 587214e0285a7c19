import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  guideLanguageOf,
  guideSections,
  maxGuideSectionLength,
  type GuideLanguageCode,
  type GuideSection,
} from '@opale/core';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/field';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import type { GuideSectionView } from '../api/use-guide-settings';
import { useReviewGuideSection } from '../api/use-review-guide-section';
import { useSaveGuideSection } from '../api/use-save-guide-section';
import { sectionDraftState } from '../utils/section-draft';

export interface GuideSectionsProps {
  platform: string;
  language: GuideLanguageCode;
  /** The sections written in this language. */
  sections: readonly GuideSectionView[];
  canEdit: boolean;
}

/** The four texts the platform writes itself, per language: rights, safety, under 18, good to know. */
export function GuideSections({ platform, language, sections, canEdit }: GuideSectionsProps) {
  const { t } = useTranslation();
  return (
    <Section title={t('guide.sections.heading')} className="mb-8">
      <p className="mb-4 text-slate-700">{t('guide.sections.hint')}</p>
      <div className="grid gap-6">
        {guideSections.map((section) => {
          const saved = sections.find((s) => s.section === section);
          return canEdit ? (
            <SectionForm
              // Another language starts the form again from what is stored.
              key={`${language}/${section}`}
              platform={platform}
              language={language}
              section={section}
              saved={saved}
            />
          ) : (
            <SectionText key={section} language={language} section={section} saved={saved} />
          );
        })}
      </div>
    </Section>
  );
}

function ReviewState({ saved }: { saved: GuideSectionView | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (!saved || saved.body === '') return null;
  if (saved.reviewedAt === null) {
    return <Badge tone="warning">{t('guide.sections.notReviewed')}</Badge>;
  }
  const date = formatDateTime(saved.reviewedAt, locale);
  return (
    <Badge tone="success">
      {saved.reviewedBy
        ? t('guide.sections.reviewedBy', { name: saved.reviewedBy, date })
        : t('guide.sections.reviewedOn', { date })}
    </Badge>
  );
}

function SectionText({
  language,
  section,
  saved,
}: {
  language: GuideLanguageCode;
  section: GuideSection;
  saved: GuideSectionView | undefined;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <h3 className="mb-1 flex flex-wrap items-center gap-2 font-semibold text-slate-950">
        {t(`guide.sections.names.${section}`)} <ReviewState saved={saved} />
      </h3>
      {saved && saved.body !== '' ? (
        <div
          lang={language}
          dir={guideLanguageOf(language)?.dir}
          className="rounded-lg border border-slate-300 bg-white px-3 py-2 whitespace-pre-wrap"
        >
          {saved.body}
        </div>
      ) : (
        <p className="text-slate-700">{t('guide.sections.empty')}</p>
      )}
    </div>
  );
}

function SectionForm({
  platform,
  language,
  section,
  saved,
}: {
  platform: string;
  language: GuideLanguageCode;
  section: GuideSection;
  saved: GuideSectionView | undefined;
}) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const save = useSaveGuideSection();
  const review = useReviewGuideSection();
  const [body, setBody] = useState(saved?.body ?? '');
  const [status, setStatus] = useState('');
  const state = sectionDraftState(body, saved?.body ?? '', maxGuideSectionLength);
  const sectionName = t(`guide.sections.names.${section}`);

  function submit() {
    review.reset();
    setStatus('');
    save.mutate(
      { platform, language, section, body },
      {
        onSuccess: (result) => {
          // The server keeps the text trimmed: show what it keeps.
          setBody(result.section?.body ?? body);
          setStatus(
            result.reviewLapsed
              ? t('guide.sections.savedReviewLapsed', { section: sectionName })
              : t('guide.sections.saved', { section: sectionName }),
          );
        },
      },
    );
  }

  function markReviewed() {
    save.reset();
    setStatus('');
    review.mutate(
      { platform, language, section },
      { onSuccess: () => setStatus(t('guide.sections.reviewed', { section: sectionName })) },
    );
  }

  const failure = save.error ?? review.error;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <TextAreaField
        label={
          <span className="inline-flex flex-wrap items-center gap-2">
            {sectionName} <ReviewState saved={saved} />
          </span>
        }
        hint={
          <>
            {t(`guide.sections.hints.${section}`)}{' '}
            <span className={state.tooLong ? 'font-semibold text-red-800' : undefined}>
              {t('guide.sections.length', { used: state.length, max: maxGuideSectionLength })}
            </span>
          </>
        }
        error={
          state.tooLong ? t('guide.sections.tooLong', { max: maxGuideSectionLength }) : undefined
        }
        value={body}
        onChange={(e) => {
          setStatus('');
          setBody(e.target.value);
        }}
        rows={6}
        lang={language}
        dir={guideLanguageOf(language)?.dir}
      />
      <div className="mt-2 flex flex-wrap gap-2">
        <Button type="submit" disabled={!state.canSave || save.isPending}>
          {save.isPending ? t('common.saving') : t('guide.sections.save')}
        </Button>
        <Button
          variant="secondary"
          disabled={!state.canReview || saved?.reviewedAt != null || review.isPending}
          onClick={markReviewed}
        >
          {t('guide.sections.markReviewed')}
        </Button>
      </div>
      {state.changed && !state.tooLong ? (
        <p className="mt-1 text-sm text-slate-700">{t('guide.sections.saveBeforeReview')}</p>
      ) : null}
      <ErrorMessage className="mt-2">{failure ? describeError(failure) : null}</ErrorMessage>
      <StatusMessage className="mt-2">{status}</StatusMessage>
    </form>
  );
}
