import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { bindText, mapPosition, type TextBinding, type TextControl } from './text-binding';

type Listener = () => void;

/**
 * A textarea as the binding sees it, behaving like the browser's: setting the value puts the
 * caret at the end; typing replaces the selection, moves the caret behind it and fires `input`.
 */
class FakeTextArea implements TextControl {
  private text = '';
  selectionStart = 0;
  selectionEnd = 0;
  selectionDirection: 'forward' | 'backward' | 'none' = 'none';
  scrollTop = 0;
  private readonly listeners = new Map<string, Set<Listener>>();
  readonly ownerDocument = { activeElement: this as unknown };

  get value() {
    return this.text;
  }
  set value(value: string) {
    this.text = value;
    this.selectionStart = this.selectionEnd = value.length;
  }
  setSelectionRange(start: number, end: number) {
    this.selectionStart = start;
    this.selectionEnd = end;
  }
  addEventListener(type: string, listener: Listener) {
    let set = this.listeners.get(type);
    if (!set) this.listeners.set(type, (set = new Set()));
    set.add(listener);
  }
  removeEventListener(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string) {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  blur() {
    this.ownerDocument.activeElement = null;
  }

  /** The person selects a range (or puts the caret somewhere). */
  select(start: number, end = start) {
    this.setSelectionRange(start, end);
  }
  /** The person types or pastes over the selection, as the browser applies it, then `input`. */
  type(inserted: string, { fire = true } = {}) {
    const { selectionStart: start, selectionEnd: end } = this;
    this.text = this.text.slice(0, start) + inserted + this.text.slice(end);
    this.selectionStart = this.selectionEnd = start + inserted.length;
    if (fire) this.fire('input');
  }
  /** Backspace with a collapsed caret. */
  backspace() {
    const at = this.selectionStart;
    this.text = this.text.slice(0, at - 1) + this.text.slice(at);
    this.selectionStart = this.selectionEnd = at - 1;
    this.fire('input');
  }
  get caret() {
    return [this.selectionStart, this.selectionEnd];
  }
}

/** Two people's copies of the notes, exchanging changes when told, as the sync server relays. */
function twoCopies(initial = '') {
  const mine = new Y.Doc();
  const theirs = new Y.Doc();
  theirs.getText('notes:m1').insert(0, initial);
  Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs), 'remote');
  const exchange = () => {
    const fromMine = Y.encodeStateAsUpdate(mine, Y.encodeStateVector(theirs));
    const fromTheirs = Y.encodeStateAsUpdate(theirs, Y.encodeStateVector(mine));
    Y.applyUpdate(theirs, fromMine, 'remote');
    Y.applyUpdate(mine, fromTheirs, 'remote');
  };
  return { mine: mine.getText('notes:m1'), theirs: theirs.getText('notes:m1'), exchange };
}

/** Every change made to a text, as its events describe them. */
function recordChanges(text: Y.Text) {
  const deltas: unknown[] = [];
  text.observe((event) => deltas.push(event.delta));
  return deltas;
}

let binding: TextBinding | null = null;
afterEach(() => {
  binding?.destroy();
  binding = null;
});

describe('bindText', () => {
  it('shows the shared text at once', () => {
    const { mine } = twoCopies('Ordre du jour');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    expect(area.value).toBe('Ordre du jour');
  });

  it('sends a typed character as one insertion, not a new copy of the text', () => {
    const { mine } = twoCopies('Bilan de la semaine. '.repeat(50));
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    const changes = recordChanges(mine);
    area.select(6);
    area.type('X');
    expect(changes).toEqual([[{ retain: 6 }, { insert: 'X' }]]);
  });

  it('sends a backspace as one deletion', () => {
    const { mine } = twoCopies('abc');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    const changes = recordChanges(mine);
    area.select(2);
    area.backspace();
    expect(changes).toEqual([[{ retain: 1 }, { delete: 1 }]]);
    expect(mine.toJSON()).toBe('ac');
  });

  it('sends a paste over a selection as one deletion and one insertion', () => {
    const { mine, theirs, exchange } = twoCopies('Points: à définir. Fin');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    const changes = recordChanges(mine);
    area.select(8, 17);
    area.type('\n1. Bilan des maraudes\n2. Plan grand froid');
    expect(changes).toEqual([
      [{ retain: 8 }, { delete: 9 }, { insert: '\n1. Bilan des maraudes\n2. Plan grand froid' }],
    ]);
    exchange();
    expect(theirs.toJSON()).toBe('Points: \n1. Bilan des maraudes\n2. Plan grand froid. Fin');
  });

  it('shows what someone else types, moving the caret when they type before it', () => {
    const { mine, theirs, exchange } = twoCopies('Bonjour à tous');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.select(8);
    theirs.insert(0, '>> ');
    exchange();
    expect(area.value).toBe('>> Bonjour à tous');
    expect(area.caret).toEqual([11, 11]);
  });

  it('keeps the caret in place when someone types after it, or right at it', () => {
    const { mine, theirs, exchange } = twoCopies('Bonjour à tous');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.select(7);
    theirs.insert(14, ' !');
    theirs.insert(7, ',');
    exchange();
    expect(area.value).toBe('Bonjour, à tous !');
    expect(area.caret).toEqual([7, 7]);
  });

  it('keeps a selection around the same words when someone deletes before it', () => {
    const { mine, theirs, exchange } = twoCopies('1. Accueil 2. Bilan 3. Divers');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.select(14, 19); // "Bilan"
    theirs.delete(0, 11);
    exchange();
    expect(area.value).toBe('2. Bilan 3. Divers');
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('Bilan');
  });

  it('puts the caret where the deleted text was when someone deletes around it', () => {
    const { mine, theirs, exchange } = twoCopies('garder supprimer garder');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.select(10);
    theirs.delete(7, 10);
    exchange();
    expect(area.value).toBe('garder garder');
    expect(area.caret).toEqual([7, 7]);
  });

  it('merges what two people type at once, offline from each other', () => {
    const { mine, theirs, exchange } = twoCopies('Décisions:\n');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.select(11);
    area.type('- tentes: 40');
    theirs.insert(0, 'Présents: 6\n');
    exchange();
    expect(theirs.toJSON()).toBe('Présents: 6\nDécisions:\n- tentes: 40');
    expect(area.value).toBe(theirs.toJSON());
    expect(area.caret).toEqual([35, 35]);
  });

  it('leaves the textarea alone while a word is composed, then places the word among the others’ changes', () => {
    const { mine, theirs, exchange } = twoCopies('Lieu: ');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.select(6);
    area.fire('compositionstart');
    area.type('ga');
    theirs.insert(0, 'Date: 12/03\n');
    exchange();
    // The composition goes on undisturbed.
    expect(area.value).toBe('Lieu: ga');
    area.type('re');
    area.fire('compositionend');
    expect(mine.toJSON()).toBe('Date: 12/03\nLieu: gare');
    expect(area.value).toBe('Date: 12/03\nLieu: gare');
    expect(area.caret).toEqual([22, 22]);
    exchange();
    expect(theirs.toJSON()).toBe('Date: 12/03\nLieu: gare');
  });

  it('sends a change the textarea had not reported yet before showing someone else’s', () => {
    const { mine, theirs, exchange } = twoCopies('abc');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.select(3);
    area.type('d', { fire: false });
    theirs.insert(0, 'X');
    exchange();
    expect(mine.toJSON()).toBe('Xabcd');
    expect(area.value).toBe('Xabcd');
    expect(area.caret).toEqual([5, 5]);
  });

  it('does not move the selection of a textarea that is not focused', () => {
    const { mine, theirs, exchange } = twoCopies('abc');
    const area = new FakeTextArea();
    binding = bindText(mine, area);
    area.blur();
    theirs.insert(0, 'X');
    exchange();
    expect(area.value).toBe('Xabc');
  });

  it('stops following both ways once destroyed', () => {
    const { mine, theirs, exchange } = twoCopies('abc');
    const area = new FakeTextArea();
    const bound = bindText(mine, area);
    bound.destroy();
    theirs.insert(0, 'X');
    exchange();
    expect(area.value).toBe('abc');
    area.select(3);
    area.type('d');
    expect(mine.toJSON()).toBe('Xabc');
  });
});

describe('mapPosition', () => {
  it('shifts a position by what was inserted before it', () => {
    expect(mapPosition(5, [{ retain: 2 }, { insert: 'abc' }])).toBe(8);
  });

  it('keeps a position before an insertion right at it, unless told to move', () => {
    expect(mapPosition(2, [{ retain: 2 }, { insert: 'abc' }])).toBe(2);
    expect(mapPosition(2, [{ retain: 2 }, { insert: 'abc' }], false)).toBe(5);
  });

  it('pulls a position back by what was deleted before it, and into a deleted range', () => {
    expect(mapPosition(9, [{ retain: 2 }, { delete: 3 }])).toBe(6);
    expect(mapPosition(3, [{ retain: 2 }, { delete: 3 }])).toBe(2);
    expect(mapPosition(1, [{ retain: 2 }, { delete: 3 }])).toBe(1);
  });
});
