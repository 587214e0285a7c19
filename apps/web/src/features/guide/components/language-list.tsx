import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { guideLanguageOf, type GuideLanguageCode } from '@opale/core';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { CheckboxField, SelectField } from '@/components/ui/field';
import { ErrorMessage, StatusMessage } from '@/components/ui/message';
import { Section } from '@/components/ui/page';
import { currentLocale } from '@/lib/i18n';
import { formatList } from '@/lib/format';
import { useDescribeError } from '@/lib/use-describe-error';
import type { GuideSettings } from '../api/use-guide-settings';
import { useLanguageNames } from '../api/use-language-names';
import { useSaveGuideLanguages } from '../api/use-save-guide-languages';
import {
  addableLanguages,
  addLanguage,
  checkLanguageList,
  moveLanguage,
  removeLanguage,
  sameLanguageList,
  setLanguageShown,
  type LanguageListDraft,
} from '../utils/language-list';
import { ReviewProgress } from './review-progress';

export interface LanguageListProps {
  platform: string;
  settings: GuideSettings;
  canEdit: boolean;
}

/** The language buttons of the public guide: their order, which show, which wait for review. */
export function LanguageList({ platform, settings, canEdit }: LanguageListProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const describeError = useDescribeError();
  const save = useSaveGuideLanguages();
  const saved: LanguageListDraft = { languages: settings.languages, hidden: settings.hidden };
  const [draft, setDraft] = useState<LanguageListDraft>(saved);
  const [adding, setAdding] = useState<GuideLanguageCode | ''>('');
  const [status, setStatus] = useState('');
  const [problemShown, setProblemShown] = useState(false);

  const addable = addableLanguages(draft);
  const changed = !sameLanguageList(draft, saved);
  const problem = checkLanguageList(draft);
  const { nameOf: name, labelOf } = useLanguageNames();

  function change(next: LanguageListDraft) {
    setStatus('');
    save.reset();
    setDraft(next);
  }

  function submit() {
    setProblemShown(true);
    if (problem) return;
    save.mutate(
      { platform, languages: draft.languages, hidden: draft.hidden },
      {
        onSuccess: (result) => {
          setDraft({ languages: result.languages, hidden: result.hidden });
          setProblemShown(false);
          setStatus(t('guide.languages.saved'));
        },
      },
    );
  }

  const hidden = draft.languages.filter((code) => draft.hidden.includes(code));

  return (
    <Section title={t('guide.languages.heading')} className="mb-8">
      <p className="mb-3 text-slate-700">{t('guide.languages.hint')}</p>
      <ol className="mb-3 divide-y divide-slate-200 rounded-xl border border-slate-300 bg-white">
        {draft.languages.map((code, index) => {
          const language = guideLanguageOf(code);
          const isHidden = draft.hidden.includes(code);
          return (
            <li key={code} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2">
              <span className="w-6 text-right text-slate-700">{index + 1}.</span>
              <div className="min-w-48 flex-1">
                <p className="font-semibold text-slate-950">
                  <span lang={code} dir={language?.dir}>
                    {language?.ownName}
                  </span>{' '}
                  {language?.ownName === name(code) ? null : (
                    <span className="font-normal text-slate-700">— {name(code)} </span>
                  )}
                  {isHidden ? (
                    <Badge tone="warning">{t('guide.languages.hiddenShort')}</Badge>
                  ) : (
                    <Badge tone="success">{t('guide.languages.shownShort')}</Badge>
                  )}
                </p>
                <ReviewProgress
                  progress={settings.progress[code]}
                  reference={code === settings.referenceLanguage}
                />
              </div>
              {canEdit ? (
                <div className="flex flex-wrap items-center gap-2">
                  <CheckboxField
                    label={t('guide.languages.showOnGuide')}
                    checked={!isHidden}
                    onChange={(e) => change(setLanguageShown(draft, code, e.target.checked))}
                  />
                  <Button
                    variant="secondary"
                    size="sm"
                    disabled={index === 0}
                    aria-label={t('guide.languages.moveUp', { language: name(code) })}
                    onClick={() => change(moveLanguage(draft, code, -1))}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="secondary"
                    size="sm"
                    disabled={index === draft.languages.length - 1}
                    aria-label={t('guide.languages.moveDown', { language: name(code) })}
                    onClick={() => change(moveLanguage(draft, code, 1))}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="dangerOutline"
                    size="sm"
                    aria-label={t('guide.languages.removeNamed', { language: name(code) })}
                    onClick={() => change(removeLanguage(draft, code))}
                  >
                    {t('guide.languages.remove')}
                  </Button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ol>

      <p className="mb-4 text-slate-800">
        {hidden.length === 0
          ? t('guide.languages.noneHidden')
          : t('guide.languages.hiddenList', { languages: formatList(hidden.map(name), locale) })}
      </p>

      {canEdit ? (
        <>
          {addable.length > 0 ? (
            <div className="mb-4 flex flex-wrap items-end gap-2">
              <SelectField
                label={t('guide.languages.add')}
                hint={t('guide.languages.addHint')}
                value={adding}
                onChange={(e) => setAdding(e.target.value as GuideLanguageCode | '')}
                className="min-w-56"
              >
                <option value="">{t('guide.languages.choose')}</option>
                {addable.map((code) => (
                  <option key={code} value={code}>
                    {labelOf(code)}
                  </option>
                ))}
              </SelectField>
              <Button
                variant="secondary"
                disabled={adding === ''}
                onClick={() => {
                  if (adding === '') return;
                  change(addLanguage(draft, adding));
                  setAdding('');
                }}
              >
                {t('guide.languages.addButton')}
              </Button>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button disabled={!changed || save.isPending} onClick={submit}>
              {save.isPending ? t('common.saving') : t('guide.languages.save')}
            </Button>
            <Button variant="secondary" disabled={!changed} onClick={() => change(saved)}>
              {t('guide.languages.undo')}
            </Button>
          </div>
          <ErrorMessage className="mt-3">
            {problemShown && problem
              ? t(`guide.languages.problems.${problem}`)
              : save.isError
                ? describeError(save.error)
                : null}
          </ErrorMessage>
          <StatusMessage className="mt-3">{status}</StatusMessage>
        </>
      ) : null}
    </Section>
  );
}
