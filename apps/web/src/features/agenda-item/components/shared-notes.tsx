/**
 * The shared notes of one date of a meeting, typed together live by everyone who may edit them:
 * the textarea is bound to the board's text (see lib/live-board/text-binding), so each keystroke
 * is saved, also offline, and others' typing appears without moving the caret.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { useTextBinding } from '../hooks/use-text-binding';

export interface SharedNotesProps {
  text: Y.Text;
  editable: boolean;
}

export function SharedNotes({ text, editable }: SharedNotesProps) {
  const { t } = useTranslation('agenda');
  const id = useId();
  const bind = useTextBinding(text);
  const hints = `${id}-privacy ${id}-how`;

  return (
    // Not a named region: the textarea alone carries the name "Shared notes", so that it is found
    // by its label.
    <section className="space-y-2">
      <h2 className="text-lg font-bold text-slate-950">
        <label htmlFor={id}>{t('item.notes.heading')}</label>
      </h2>
      <textarea
        id={id}
        ref={bind}
        rows={12}
        disabled={!editable}
        aria-describedby={hints}
        spellCheck
        className="block min-h-48 w-full resize-y rounded-lg border border-slate-500 bg-white px-3 py-2 text-base leading-relaxed text-slate-900 disabled:border-slate-300 disabled:bg-slate-100 disabled:text-slate-900"
      />
      <p id={`${id}-privacy`} className="text-sm font-semibold text-slate-900">
        {t('item.notes.noPersonalData')}
      </p>
      <p id={`${id}-how`} className="text-sm text-slate-700">
        {editable
          ? t('item.notes.together')
          : `${text.length === 0 ? `${t('item.notes.empty')} ` : ''}${t('item.notes.readOnly')}`}
      </p>
    </section>
  );
}
