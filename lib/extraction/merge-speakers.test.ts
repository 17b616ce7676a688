import { describe, expect, it } from 'vitest';
import { extractArticle, mergeSpeakersAcrossArticles } from './index';

describe('mergeSpeakersAcrossArticles', () => {
  it('gives a surname-only speaker the full name another article uses', () => {
    const first = extractArticle('One\n2022-01-18\nIn a call with US Secretary of State Antony Blinken, Lavrov spoke.', { fileName: 'a.txt' });
    const second = extractArticle('Two\n2022-01-20\nBlinken said the alliance was united.', { fileName: 'b.txt' });
    expect(second.statements[0].speaker).toBe('Blinken');
    const [, merged] = mergeSpeakersAcrossArticles([first, second]);
    expect(merged.statements[0].speaker).toBe('Antony Blinken');
    expect(merged.speakers['Antony Blinken'].aliases).toContain('Blinken');
    expect(second.statements[0].speaker).toBe('Blinken');
  });

  it('leaves an ambiguous surname alone', () => {
    const a = extractArticle('One\n2022-01-18\nJohn Smith and Jane Smith met.', { fileName: 'a.txt' });
    const b = extractArticle('Two\n2022-01-18\nSmith said the deal was done.', { fileName: 'b.txt' });
    expect(mergeSpeakersAcrossArticles([a, b])[1].statements[0].speaker).toBe('Smith');
  });
});
