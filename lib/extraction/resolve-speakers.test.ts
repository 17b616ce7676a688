import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { editDistance, similarSurnames } from './resolve-speakers';

const speakersOf = (...paragraphs: string[]) =>
  extractArticle(['Headline', '2022-01-18', ...paragraphs].join('\n')).statements.map((s) => [s.speaker, s.mention]);

describe('speaker resolution', () => {
  it('resolves pronouns to the last person named, respecting gender once known', () => {
    expect(speakersOf('Sandra Keane said her side was flat.', '"We were poor," she said.')).toEqual([
      ['Sandra Keane', 'Sandra Keane'],
      ['Sandra Keane', 'she'],
    ]);
    expect(speakersOf('Sandra Keane said she was unhappy.', 'Gary Fenwick said he thought the goal was offside.', 'She said the players would rest.')).toEqual([
      ['Sandra Keane', 'Sandra Keane'],
      ['Gary Fenwick', 'Gary Fenwick'],
      ['Sandra Keane', 'She'],
    ]);
  });

  it('resolves surnames and titled surnames to the fullest name in the article', () => {
    expect(speakersOf('NATO Secretary General Jens Stoltenberg arrived in Berlin.', 'Stoltenberg said the risk was real.')).toEqual([
      ['Jens Stoltenberg', 'Stoltenberg'],
    ]);
    expect(speakersOf('Prosecutor Simon Adeyemi opened the case.', 'Mr Adeyemi said the money was gone.')).toEqual([
      ['Simon Adeyemi', 'Mr Adeyemi'],
    ]);
  });

  it('resolves descriptions through the roles the article gives', () => {
    expect(speakersOf(
      'Chancellor Olaf Scholz met NATO chief Jens Stoltenberg and German Foreign Minister Annalena Baerbock.',
      'The German chancellor said Russia must de-escalate.',
      'The head of NATO said allies were united.',
    )).toEqual([
      ['Olaf Scholz', 'The German chancellor'],
      ['Jens Stoltenberg', 'The head of NATO'],
    ]);
  });

  it('resolves organisations, countries, capitals and groups', () => {
    expect(speakersOf(
      'The US State Department said Blinken would travel.',
      'Moscow says the exercise is routine.',
      'Western allies fear that Russia will invade.',
      'Police in Duisburg said the collision happened at night.',
    )).toEqual([
      ['US State Department', 'The US State Department'],
      ['Russia', 'Moscow'],
      ['Western allies', 'Western allies'],
      ['Duisburg police', 'Police in Duisburg'],
    ]);
  });

  it('merges a misspelt surname into the common spelling and keeps the mention as written', () => {
    const a = extractArticle(['Headline', '2022-01-18',
      'NATO Secretary General Jens Stoltenberg spoke in Berlin.', 'Stoltenberg said talks were possible.',
      'Stoletenberg said that NATO had "new information."'].join('\n'));
    expect(a.statements.map((s) => [s.speaker, s.mention])).toEqual([
      ['Jens Stoltenberg', 'Stoltenberg'],
      ['Jens Stoltenberg', 'Stoletenberg'],
    ]);
    expect(a.speakers['Jens Stoltenberg'].aliases).toEqual(expect.arrayContaining(['Stoltenberg', 'Stoletenberg']));
    expect(a.speakers['Jens Stoltenberg'].role).toBe('NATO Secretary General');
  });
});

describe('editDistance', () => {
  it('counts transpositions as one edit and matches near surnames only', () => {
    expect(editDistance('kowalczyk', 'kowalcyzk')).toBe(1);
    expect(similarSurnames('stoltenberg', 'stoletenberg')).toBe(true);
    expect(similarSurnames('smith', 'smyth')).toBe(true);
    expect(similarSurnames('smith', 'jones')).toBe(false);
  });
});
