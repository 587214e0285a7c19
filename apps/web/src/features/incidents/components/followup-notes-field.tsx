import { maxFollowupNotesLength, type PersonalDataWarning } from '@opale/core';
import { useTranslation } from 'react-i18next';
import { TextAreaField } from '@/components/ui/field';
import { PersonalDataWarnings } from './personal-data-warnings';

/** A follow-up's notes with the live personal-data warnings; once retention blanked the report, a line instead. */
export function FollowupNotesField({
  redacted,
  notes,
  onChange,
  error,
  warnings,
  warningsId,
}: {
  redacted: boolean;
  notes: string;
  onChange: (notes: string) => void;
  error: string | undefined;
  warnings: PersonalDataWarning[];
  warningsId: string;
}) {
  const { t } = useTranslation('incidents');
  const { t: tc } = useTranslation();
  if (redacted) {
    return <p className="text-sm text-slate-700">{t('list.page.followups.notesRedacted')}</p>;
  }
  return (
    <>
      <TextAreaField
        label={t('list.page.followups.notes')}
        labelSuffix={`(${tc('common.optional')})`}
        hint={t('list.page.followups.notesHint')}
        value={notes}
        rows={3}
        maxLength={maxFollowupNotesLength}
        onChange={(event) => onChange(event.target.value)}
        error={error}
      />
      <PersonalDataWarnings id={warningsId} warnings={warnings} />
    </>
  );
}
