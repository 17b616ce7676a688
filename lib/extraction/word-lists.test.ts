import { describe, expect, it } from 'vitest';
import { firstNameRecord, isEnglishWord } from './word-lists';

describe('word lists', () => {
  it('finds dictionary words and only them, at both ends of the list', () => {
    for (const w of ['a', 'turnout', 'company', 'born', 'zebra']) expect(isEnglishWord(w)).toBe(true);
    for (const w of ['', 'stoltenberg', 'nato', 'turnou', 'turnouts2', 'zzzzzz']) expect(isEnglishWord(w)).toBe(false);
  });

  it('gives the gender the name lists agree on, and "x" where they disagree', () => {
    expect(firstNameRecord('adaeze')).toMatchObject({ gender: 'f', english: true });
    expect(firstNameRecord('amadou')?.gender).toBe('m');
    expect(firstNameRecord('andrea')?.gender).toBe('x');
    expect(firstNameRecord('turnout')).toBeNull();
  });
});
