/**
 * Binds a textarea to a Y.Text, so that several people edit one text together: what the person
 * types becomes the smallest delete and insert on the shared text, and what others type appears
 * in the textarea with the person's caret and selection kept where they were in the text.
 *
 * While the keyboard composes a word (accents, Asian input methods, and every word on most
 * Android keyboards), the textarea is left alone: writing into it would break the composition.
 * What others type meanwhile waits, and the composed word is placed among it when it ends.
 *
 * Framework-free: it needs only the few members of a textarea listed in `TextControl`.
 */
import type * as Y from 'yjs';
import { diffText, type TextEdit } from './text-diff';

/** What the binding uses of a textarea (an `HTMLTextAreaElement` has all of it). */
export interface TextControl {
  value: string;
  selectionStart: number | null;
  selectionEnd: number | null;
  selectionDirection?: 'forward' | 'backward' | 'none' | null;
  scrollTop?: number;
  readonly ownerDocument?: { readonly activeElement: unknown } | null;
  setSelectionRange(start: number, end: number, direction?: 'forward' | 'backward' | 'none'): void;
  addEventListener(
    type: 'input' | 'compositionstart' | 'compositionend',
    listener: () => void,
  ): void;
  removeEventListener(
    type: 'input' | 'compositionstart' | 'compositionend',
    listener: () => void,
  ): void;
}

/** A Y.Text change as its event describes it. */
export type TextDelta = readonly { insert?: unknown; delete?: number; retain?: number }[];

/**
 * Where a position of the text before a change is after it. `stay` says what happens to a
 * position exactly where something was inserted: it stays before the insertion (a caret does
 * not jump over what someone else typed right at it) or moves after it.
 */
export function mapPosition(position: number, delta: TextDelta, stay = true): number {
  // Walks the change along the text as it was before it.
  let old = 0;
  let mapped = position;
  for (const op of delta) {
    if (old > position) break;
    if (op.retain !== undefined) {
      old += op.retain;
    } else if (op.insert !== undefined) {
      const length = typeof op.insert === 'string' ? op.insert.length : 1;
      if (old < position || !stay) mapped += length;
    } else if (op.delete !== undefined) {
      mapped -= Math.max(0, Math.min(op.delete, position - old));
      old += op.delete;
    }
  }
  return mapped;
}

export interface TextBindingOptions {
  /** Called after a change from someone else reached the textarea (e.g. to resize it). */
  onRemoteChange?: () => void;
}

export interface TextBinding {
  /** Stops following both ways. */
  destroy(): void;
}

function isFocused(control: TextControl): boolean {
  return control.ownerDocument?.activeElement === control;
}

export function bindText(
  text: Y.Text,
  control: TextControl,
  options: TextBindingOptions = {},
): TextBinding {
  /** This binding's own transactions: their changes are already in the textarea. */
  const origin = { binding: 'textarea' };
  /** The text as the textarea showed it after the last exchange with the Y.Text. */
  let shown = text.toJSON();
  let composing = false;
  /** Changes from others that arrived while the textarea was not to be touched, in order. */
  let waiting: TextDelta[] = [];

  control.value = shown;

  function transact(edit: TextEdit) {
    const doc = text.doc;
    const apply = () => {
      if (edit.remove > 0) text.delete(edit.index, edit.remove);
      if (edit.insert !== '') text.insert(edit.index, edit.insert);
    };
    if (doc) doc.transact(apply, origin);
    else apply();
  }

  /** Writes the shared text into the textarea, with its selection at the positions given. */
  function show(value: string, start: number, end: number) {
    const focused = isFocused(control);
    const direction = control.selectionDirection ?? undefined;
    const scrollTop = control.scrollTop;
    control.value = value;
    shown = value;
    if (focused) control.setSelectionRange(start, end, direction);
    if (scrollTop !== undefined) control.scrollTop = scrollTop;
    options.onRemoteChange?.();
  }

  /** Sends what the person changed since the last exchange; places it among others' changes. */
  function sendLocal() {
    const value = control.value;
    const selectionStart = control.selectionStart ?? value.length;
    const selectionEnd = control.selectionEnd ?? value.length;
    const remote = waiting;
    waiting = [];
    if (value === shown && remote.length === 0) return;
    const edit = diffText(shown, value, selectionEnd);
    if (remote.length === 0) {
      if (edit.remove > 0 || edit.insert !== '') transact(edit);
      shown = value;
      return;
    }
    // Others changed the text since the textarea last showed it: carry the edit over their
    // changes. Text someone inserted right where the person's edit starts or ends is kept;
    // text inserted inside what the person replaced goes with it (a rare race of one word).
    const through = (position: number, stay: boolean) =>
      remote.reduce((p, delta) => mapPosition(p, delta, stay), position);
    const start = through(edit.index, edit.remove === 0);
    const end = Math.max(start, through(edit.index + edit.remove, true));
    transact({ index: start, remove: end - start, insert: edit.insert });
    const typedEnd = edit.index + edit.insert.length;
    const place = (position: number) => {
      if (position <= edit.index) return through(position, true);
      if (position <= typedEnd) return start + (position - edit.index);
      const after = through(position - edit.insert.length + edit.remove, true);
      return after - (end - start) + edit.insert.length;
    };
    show(text.toJSON(), place(selectionStart), place(selectionEnd));
  }

  const onInput = () => {
    if (!composing) sendLocal();
  };
  const onCompositionStart = () => {
    composing = true;
  };
  const onCompositionEnd = () => {
    composing = false;
    sendLocal();
  };

  const onChange = (event: Y.YTextEvent, transaction: Y.Transaction) => {
    if (transaction.origin === origin) return;
    const delta = event.delta as TextDelta;
    if (composing || control.value !== shown) {
      waiting.push(delta);
      // Not composing: an edit the textarea has not reported yet; send it, placed among these.
      if (!composing) sendLocal();
      return;
    }
    const start = control.selectionStart ?? 0;
    const end = control.selectionEnd ?? start;
    show(text.toJSON(), mapPosition(start, delta), mapPosition(end, delta));
  };

  control.addEventListener('input', onInput);
  control.addEventListener('compositionstart', onCompositionStart);
  control.addEventListener('compositionend', onCompositionEnd);
  text.observe(onChange);

  return {
    destroy() {
      control.removeEventListener('input', onInput);
      control.removeEventListener('compositionstart', onCompositionStart);
      control.removeEventListener('compositionend', onCompositionEnd);
      text.unobserve(onChange);
    },
  };
}
