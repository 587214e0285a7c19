import { describe, expect, it } from 'vitest';
import { answerLocale, frenchMessages, messageTranslator, translateMessage } from '../src';

describe('translating the server’s messages', () => {
  const translate = messageTranslator({
    'Row {}: {}': 'Ligne {1} : {2}',
    'Give the commune.': 'Indiquez la commune.',
    'The last day ({}) comes before the first ({}); swap them.':
      'Le dernier jour ({2}) précède le premier ({1}) : inversez-les.',
    'Opale keeps {} as evidence{}.': 'Opale garde {1} comme preuves{2}.',
    ", not '{}'": ', pas « {1} »',
    'There is no such board.': 'Ce tableau n’existe pas.',
    'There is no such {}.': 'Pas de {1} de ce nom.',
  });

  it('gives a known sentence, and an unknown one as it is', () => {
    expect(translate('Give the commune.')).toBe('Indiquez la commune.');
    expect(translate('A sentence nobody translated.')).toBe('A sentence nobody translated.');
  });

  it('puts the values where the French wants them', () => {
    expect(
      translate('The last day (2026-11-01) comes before the first (2026-11-30); swap them.'),
    ).toBe('Le dernier jour (2026-11-30) précède le premier (2026-11-01) : inversez-les.');
  });

  it('translates a value that is a sentence of its own', () => {
    expect(translate('Row 3: Give the commune.')).toBe('Ligne 3 : Indiquez la commune.');
    expect(translate("Opale keeps photos as evidence, not 'image/heic'.")).toBe(
      'Opale garde photos comme preuves, pas « image/heic ».',
    );
  });

  it('lets a value be empty', () => {
    expect(translate('Opale keeps photos as evidence.')).toBe('Opale garde photos comme preuves.');
  });

  it('prefers the exact sentence to a pattern that would also match', () => {
    expect(translate('There is no such board.')).toBe('Ce tableau n’existe pas.');
    expect(translate('There is no such group.')).toBe('Pas de group de ce nom.');
  });

  it('leaves English as it is', () => {
    const english = 'You can read this board but not change it.';
    expect(english in frenchMessages).toBe(true);
    expect(translateMessage(english, 'en')).toBe(english);
    expect(translateMessage(english, 'fr')).toBe(frenchMessages[english]);
  });
});

describe('the language of an answer', () => {
  it('follows what the screen says it shows, then the account, then English', () => {
    expect(answerLocale('fr', 'en')).toBe('fr');
    expect(answerLocale('en-GB,en;q=0.9', 'fr')).toBe('en');
    expect(answerLocale('fr-FR,fr;q=0.9,en;q=0.8', null)).toBe('fr');
    expect(answerLocale('de-DE,de;q=0.9', 'fr')).toBe('fr');
    expect(answerLocale('*', 'en')).toBe('en');
    expect(answerLocale(undefined, 'fr')).toBe('fr');
    expect(answerLocale(null, null)).toBe('en');
  });
});
