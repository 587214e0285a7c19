import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GuideLanguageCode } from '@opale/core';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { ErrorMessage, LoadingState, StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { formatDateTime } from '@/lib/format';
import { currentLocale } from '@/lib/i18n';
import { useDescribeError } from '@/lib/use-describe-error';
import { useGuideStrings, type GuideStringView } from '../api/use-guide-strings';
import { useMarkGuideStringsReviewed } from '../api/use-mark-guide-strings-reviewed';
import { usePendingGuideReviews } from '../api/use-pending-guide-reviews';
import { useUnmarkGuideStringsReviewed } from '../api/use-unmark-guide-strings-reviewed';
import {
  keysToMark,
  readableKey,
  reviewFilters,
  shownEntries,
  type ReviewFilter,
} from '../utils/review-list';

export interface TranslationReviewProps {
  platform: string;
  language: GuideLanguageCode;
  languageName: string;
  canEdit: boolean;
}

/**
 * The guide's built-in words in one language beside the English: a coordinator who reads the
 * language checks each and ticks it. A tick holds for the words ticked; a new wording needs a new one.
 */
export function TranslationReview({
  platform,
  language,
  languageName,
  canEdit,
}: TranslationReviewProps) {
  const { t } = useTranslation();
  const describeError = useDescribeError();
  const strings = useGuideStrings(platform, language);
  const mark = useMarkGuideStringsReviewed();
  const unmark = useUnmarkGuideStringsReviewed();
  const [filter, setFilter] = useState<ReviewFilter>('toReview');
  const [search, setSearch] = useState('');
  const [status, setStatus] = useState('');

  const entries = strings.data?.entries;
  const shown = useMemo(
    () => shownEntries(entries ?? [], filter, search),
    [entries, filter, search],
  );
  const toMark = keysToMark(shown);
  const pending = usePendingGuideReviews(language);

  function setReviewed(entry: GuideStringView, reviewed: boolean) {
    setStatus('');
    mark.reset();
    unmark.reset();
    const input = { platform, language, keys: [entry.key] };
    if (reviewed) mark.mutate(input);
    else unmark.mutate(input);
  }

  function markAllShown() {
    setStatus('');
    unmark.reset();
    mark.mutate(
      { platform, language, keys: toMark },
      {
        onSuccess: ({ reviewed }) =>
          setStatus(t('guide.review.markedAll', { count: reviewed, language: languageName })),
      },
    );
  }

  if (strings.isPending) return <LoadingState label={t('common.loading')} />;
  if (strings.isError) return <ErrorMessage>{describeError(strings.error)}</ErrorMessage>;
  const { dir, reference } = strings.data;

  return (
    <Section title={t('guide.review.heading', { language: languageName })} className="mb-8">
      <p className="mb-3 text-slate-700">
        {reference ? t('guide.review.reference') : t('guide.review.hint')}
      </p>
      {reference ? null : (
        <>
          <div className="mb-3 grid gap-3 sm:grid-cols-2">
            <SelectField
              label={t('guide.review.filter')}
              value={filter}
              onChange={(e) => setFilter(e.target.value as ReviewFilter)}
            >
              {reviewFilters.map((f) => (
                <option key={f} value={f}>
                  {t(`guide.review.filters.${f}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              label={t('guide.review.search')}
              hint={t('guide.review.searchHint')}
              type="search"
              value={search}
              onChange={(e) => setSearch(e.target.value)}
            />
          </div>
          <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
            <p className="text-slate-800" aria-live="polite">
              {t('guide.review.shownCount', { count: shown.length })}
            </p>
            {canEdit ? (
              <Button disabled={toMark.length === 0 || mark.isPending} onClick={markAllShown}>
                {t('guide.review.markAllShown', { count: toMark.length })}
              </Button>
            ) : null}
          </div>
          <StatusMessage className="mb-3">{status}</StatusMessage>
          <ErrorMessage className="mb-3">
            {mark.isError
              ? describeError(mark.error)
              : unmark.isError
                ? describeError(unmark.error)
                : null}
          </ErrorMessage>
          {shown.length === 0 ? (
            <p className="text-slate-700">
              {filter === 'toReview' && search.trim() === ''
                ? t('guide.review.allReviewed', { language: languageName })
                : t('guide.review.noMatch')}
            </p>
          ) : (
            <ul className="divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
              {shown.map((entry) => (
                <ReviewRow
                  key={entry.key}
                  entry={entry}
                  language={language}
                  dir={dir}
                  canEdit={canEdit}
                  pending={pending.get(entry.key)}
                  onChange={(reviewed) => setReviewed(entry, reviewed)}
                />
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  );
}

function ReviewRow({
  entry,
  language,
  dir,
  canEdit,
  pending,
  onChange,
}: {
  entry: GuideStringView;
  language: GuideLanguageCode;
  dir: 'ltr' | 'rtl';
  canEdit: boolean;
  /** What a change on its way to the server will make it. */
  pending: boolean | undefined;
  onChange: (reviewed: boolean) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const id = useId();
  const checkboxId = `${id}-checkbox`;
  const reviewedLine =
    entry.reviewed && entry.reviewedAt
      ? entry.reviewedBy
        ? t('guide.review.reviewedBy', {
            name: entry.reviewedBy,
            date: formatDateTime(entry.reviewedAt, locale),
          })
        : t('guide.review.reviewedOn', { date: formatDateTime(entry.reviewedAt, locale) })
      : null;

  return (
    <li className="grid gap-2 px-3 py-3 md:grid-cols-[1fr_1fr_auto] md:items-start md:gap-4">
      <div>
        <p className="font-mono text-xs text-slate-700">
          {entry.kind === 'serviceType' ? `${t('guide.review.serviceType')} · ` : ''}
          {readableKey(entry.key)}
        </p>
        <p id={`${id}-english`} lang="en" className="text-slate-800">
          {entry.english}
        </p>
      </div>
      <p id={`${id}-text`} lang={language} dir={dir} className="text-lg text-slate-950">
        {entry.text}
      </p>
      <div className="flex flex-col gap-1 md:items-end">
        {canEdit ? (
          <div className="flex items-center gap-2">
            <input
              id={checkboxId}
              type="checkbox"
              className="size-6 accent-brand-700"
              // "Reviewed" alone is the same on every row: say which words it is about.
              aria-describedby={`${id}-english ${id}-text`}
              checked={pending ?? entry.reviewed}
              onChange={(e) => onChange(e.target.checked)}
            />
            <label htmlFor={checkboxId} className="font-medium text-slate-900">
              {t('guide.review.reviewed')}
            </label>
          </div>
        ) : entry.reviewed ? (
          <Badge tone="success">{t('guide.review.reviewed')}</Badge>
        ) : (
          <Badge>{t('guide.review.notReviewed')}</Badge>
        )}
        {entry.lapsed ? <Badge tone="warning">{t('guide.review.lapsed')}</Badge> : null}
        {reviewedLine ? <p className="text-sm text-slate-700">{reviewedLine}</p> : null}
      </div>
    </li>
  );
}
