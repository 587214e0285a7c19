import { describe, expect, it } from 'vitest';
import { applyEdit, diffText } from './text-diff';

/** A small seeded generator, so that a failing case can be replayed. */
function randomSource(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const alphabet = ['a', 'b', ' ', '\n', 'é', '😀', '😁'];

function randomText(random: () => number, most: number): string {
  const length = Math.floor(random() * most);
  return Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
}

function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);
}

describe('diffText', () => {
  it('finds a character typed in the middle as one insertion', () => {
    expect(diffText('Réunion lundi', 'Réunion le lundi', 11)).toEqual({
      index: 8,
      remove: 0,
      insert: 'le ',
    });
  });

  it('finds a backspace as one deletion', () => {
    expect(diffText('abc', 'ac', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('finds a pasted text over a selection as one replacement', () => {
    expect(diffText('Ordre du jour: à définir', 'Ordre du jour:\n1. Bilan\n2. Abris', 32)).toEqual({
      index: 14,
      remove: 10,
      insert: '\n1. Bilan\n2. Abris',
    });
  });

  it('places a repeated letter where the caret says it was typed', () => {
    expect(diffText('aa', 'aaa', 1)).toEqual({ index: 0, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
    expect(diffText('aa', 'aaa')).toEqual({ index: 2, remove: 0, insert: 'a' });
    expect(diffText('aaa', 'aa', 1)).toEqual({ index: 1, remove: 1, insert: '' });
  });

  it('ignores a caret that is not next to the change', () => {
    expect(diffText('abcdef', 'Xabcdef', 7)).toEqual({ index: 0, remove: 0, insert: 'X' });
  });

  it('never cuts an emoji in half', () => {
    expect(diffText('a😀b', 'a😁b')).toEqual({ index: 1, remove: 2, insert: '😁' });
  });

  it('gives the smallest edit that turns any text into any other', () => {
    const random = randomSource(7);
    for (let run = 0; run < 2000; run += 1) {
      const before = randomText(random, 12);
      const after = randomText(random, 12);
      const caret = Math.floor(random() * (after.length + 1));
      const edit = diffText(before, after, caret);
      expect(applyEdit(before, edit)).toBe(after);
      expect(hasLoneSurrogate(edit.insert)).toBe(false);
      // No edit keeps more of the text: it is as small as the common prefix and suffix allow.
      let prefix = 0;
      while (prefix < Math.min(before.length, after.length) && before[prefix] === after[prefix])
        prefix += 1;
      let suffix = 0;
      while (
        suffix < Math.min(before.length, after.length) - prefix &&
        before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
      )
        suffix += 1;
      // One code unit more at most, where an emoji straddles the edge.
      expect(edit.remove).toBeLessThanOrEqual(before.length - prefix - suffix + 2);
      expect(edit.remove).toBeGreaterThanOrEqual(before.length - prefix - suffix);
    }
  });
});
