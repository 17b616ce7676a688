import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';
import { resolveSaidOn } from './said-on';

describe('resolveSaidOn', () => {
  it('takes a bare weekday as the latest such day on or before publication', () => {
    expect(resolveSaidOn('Baerbock said on Tuesday', '2022-01-18')).toBe('2022-01-18');
    expect(resolveSaidOn('On Monday, she warned', '2022-01-18')).toBe('2022-01-17');
    expect(resolveSaidOn('On Wednesday, Macron said', '2022-01-20')).toBe('2022-01-19');
  });

  it('reads yesterday, today and month-day dates', () => {
    expect(resolveSaidOn('the mayor said yesterday', '2023-03-12')).toBe('2023-03-11');
    expect(resolveSaidOn('she said today', '2023-03-12')).toBe('2023-03-12');
    expect(resolveSaidOn('he said on March 3', '2023-03-12')).toBe('2023-03-03');
    expect(resolveSaidOn('he said on December 30', '2023-01-05')).toBe('2022-12-30');
  });

  it('does not take a deadline or a forecast day for the day of speaking', () => {
    expect(resolveSaidOn('the port authority, which said it hoped to reopen the quay by Thursday morning', '2023-05-06')).toBeNull();
    expect(resolveSaidOn('the forecaster warned that frost would last into Sunday', '2023-05-06')).toBeNull();
    expect(resolveSaidOn('the union, which said until Monday it would strike, said on Friday', '2023-05-06')).toBe('2023-05-05');
  });

  it('gives nothing for vague times or an unknown publication date', () => {
    expect(resolveSaidOn('Blinken this week said', '2022-01-20')).toBeNull();
    expect(resolveSaidOn('he said last month', '2022-01-20')).toBeNull();
    expect(resolveSaidOn('Peskov said Tuesday', null)).toBeNull();
  });
});

describe('said_on in articles', () => {
  it('dates a statement from its cue, not from dates inside what was said', () => {
    const a = extractArticle([
      'Headline', '2022-01-18',
      'The State Department said on Tuesday that Blinken would fly to Kyiv on Wednesday.',
      'Jens Stoltenberg said talks would resume on Friday.',
    ].join('\n'));
    expect(a.statements.map((s) => s.said_on)).toEqual(['2022-01-18', null]);
  });

  it('carries a date to the quote in the next paragraph by the same speaker', () => {
    const a = extractArticle([
      'Headline', '2022-01-20',
      'On Wednesday, President Joe Biden suggested that a minor incursion would be treated differently.',
      '"Russia will be held accountable," Biden said.',
    ].join('\n'));
    expect(a.statements.map((s) => s.said_on)).toEqual(['2022-01-19', '2022-01-19']);
  });

  it('dates every answer of a transcript by the interview day its introduction gives', () => {
    const a = extractArticle([
      'Headline', '2023-05-06',
      'The painter Ola Strand opens her last show next month. Our critic Ben Moss met Strand at her studio on Wednesday.',
      'MOSS: Why stop now?',
      'STRAND: Because the brushes got heavy.',
      'MOSS: Any regrets?',
      'STRAND: Only the yellow period.',
    ].join('\n'));
    expect(a.statements.map((s) => [s.speaker, s.said_on])).toEqual([
      ['Ola Strand', '2023-05-03'],
      ['Ola Strand', '2023-05-03'],
    ]);
  });

  it("dates the reactions to the event the opening paragraphs date, but not other times or present-tense comment", () => {
    const a = extractArticle([
      'Headline', '2023-05-08',
      'Harrow Town came from behind to beat Elmfield 3-1 in the county cup final at Bell Park on Saturday afternoon.',
      '"We deserved it," said captain Joe Pratt.',
      'Manager Ann Cole said the squad had trained for this game since March.',
      'Cole said in April that she would leave at the end of the season.',
      'Elmfield fan Rob Shaw says the club needs a new striker.',
    ].join('\n'));
    expect(a.statements.map((s) => [s.speaker, s.said_on])).toEqual([
      ['Joe Pratt', '2023-05-06'],
      ['Ann Cole', '2023-05-06'],
      ['Ann Cole', null],
      ['Rob Shaw', null],
    ]);
  });

  it('gives no occasion date when the opening day is not an event people speak at', () => {
    const a = extractArticle([
      'Headline', '2023-05-08',
      'A landslide closed the coast road near Penmoor on Saturday, cutting off two villages for most of the weekend.',
      'Council engineer Priya Das said the road would reopen within a month.',
    ].join('\n'));
    expect(a.statements.map((s) => s.said_on)).toEqual([null]);
  });
});
