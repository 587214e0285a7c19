/** Adding an action item to a meeting: what, which organisation owes it, and by when. */
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/field';
import { PlusIcon } from '@/components/ui/icons';
import {
  actionLimits,
  checkActionDraft,
  type ActionDraft,
  type ActionDraftCheck,
} from '../utils/action-draft';

export interface ActionFormProps {
  /** The organisations an action may be given to, in the order to offer them. */
  owners: readonly { id: string; name: string }[];
  defaultOwner: string;
  onAdd: (checked: Extract<ActionDraftCheck, { ok: true }>) => void;
}

export function ActionForm({ owners, defaultOwner, onAdd }: ActionFormProps) {
  const { t } = useTranslation('agenda');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState<ActionDraft>({ text: '', owner: defaultOwner, due: '' });
  const [problems, setProblems] = useState<Extract<ActionDraftCheck, { ok: false }>['problems']>(
    {},
  );
  const headingId = useId();
  const textId = useId();
  // The field lives inside TextField: reach it by its id to put the caret back in it.
  const focusText = () => document.getElementById(textId)?.focus();

  function change(patch: Partial<ActionDraft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setProblems((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as (keyof ActionDraft)[]) delete next[key];
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = checkActionDraft(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      if (checked.problems.text) focusText();
      return;
    }
    onAdd(checked);
    // The owner often stays the same for the next one.
    setDraft((current) => ({ ...current, text: '', due: '' }));
    setProblems({});
    focusText();
  }

  const problemText = (key: keyof ActionDraft) => {
    const problem = problems[key];
    return problem ? t(`item.actions.${problem}`, { count: actionLimits.text }) : undefined;
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      className="space-y-3 rounded-xl border border-slate-300 bg-slate-50 p-3"
    >
      <h3 id={headingId} className="font-bold text-slate-950">
        {t('item.actions.addHeading')}
      </h3>
      <TextField
        id={textId}
        label={t('item.actions.textLabel')}
        hint={t('item.actions.textHint')}
        autoComplete="off"
        maxLength={actionLimits.text}
        value={draft.text}
        error={problemText('text')}
        onChange={(event) => change({ text: event.target.value })}
      />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label={t('item.actions.ownerLabel')}
          value={draft.owner}
          error={problemText('owner')}
          onChange={(event) => change({ owner: event.target.value })}
        >
          {owners.map((owner) => (
            <option key={owner.id} value={owner.id}>
              {owner.name}
            </option>
          ))}
        </SelectField>
        <TextField
          type="date"
          label={t('item.actions.dueLabel')}
          labelSuffix={`(${tc('common.optional')})`}
          value={draft.due}
          error={problemText('due')}
          onChange={(event) => change({ due: event.target.value })}
        />
      </div>
      <Button type="submit">
        <PlusIcon className="size-5" />
        {t('item.actions.add')}
      </Button>
    </form>
  );
}
