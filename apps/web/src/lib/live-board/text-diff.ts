/**
 * The smallest edit that turns one text into another, as a textarea edit reads: one place where
 * some characters were removed and others inserted. Shared text is edited character by character,
 * so sending this edit (not the whole text) keeps what others type at the same time.
 */

export interface TextEdit {
  /** Where the edit starts, in UTF-16 code units (as JavaScript strings and Y.Text count). */
  index: number;
  /** How many code units are removed from there. */
  remove: number;
  /** What is inserted there. */
  insert: string;
}

function commonPrefix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let n = 0;
  while (n < most && a.charCodeAt(n) === b.charCodeAt(n)) n += 1;
  return n;
}

function commonSuffix(a: string, b: string): number {
  const most = Math.min(a.length, b.length);
  let n = 0;
  while (n < most && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n += 1;
  return n;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * The edit from `before` to `after`. When several minimal edits give the same text (typing "a"
 * into "aa"), `caret` — where the caret is in `after`, right behind what was typed — picks the
 * one the person made, so that the text they typed is what others see inserted. An emoji or any
 * other character outside the basic plane is never cut in half.
 */
export function diffText(before: string, after: string, caret?: number): TextEdit {
  const shorter = Math.min(before.length, after.length);
  const prefix = commonPrefix(before, after);
  const suffix = commonSuffix(before, after);
  // However the edit slides, it keeps this much of the text on either side.
  const kept = Math.min(shorter, prefix + suffix);
  const lowest = kept - Math.min(suffix, kept);
  const highest = Math.min(prefix, kept);
  const preferred = caret === undefined ? highest : kept - (after.length - caret);
  let start = Math.max(lowest, Math.min(highest, preferred));
  let end = kept - start;
  if (start > 0 && isHighSurrogate(after.charCodeAt(start - 1))) start -= 1;
  if (end > 0 && isLowSurrogate(after.charCodeAt(after.length - end))) end -= 1;
  return {
    index: start,
    remove: before.length - start - end,
    insert: after.slice(start, after.length - end),
  };
}

/** The text with the edit applied. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.index) + edit.insert + text.slice(edit.index + edit.remove);
}
