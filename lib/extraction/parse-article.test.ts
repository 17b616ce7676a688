import { describe, expect, it } from 'vitest';
import { outletFromUrl, parseArticle, parseDateLine } from './parse-article';

describe('parseDateLine', () => {
  it.each([
    ['20220118', '2022-01-18'],
    ['2022-01-20', '2022-01-20'],
    ['2022-01-20T09:30:00Z', '2022-01-20'],
    ['Friday, February 4, 2011', '2011-02-04'],
    ['May 8, 2024', '2024-05-08'],
    ['14 November 2023', '2023-11-14'],
    ['Thursday 26 May 2022', '2022-05-26'],
    ['Sat 17 Jun 2023 09.15 BST', '2023-06-17'],
    ['Published: Jan. 5, 2021', '2021-01-05'],
  ])('reads %s', (line, iso) => {
    expect(parseDateLine(line)?.iso).toBe(iso);
  });

  it('keeps a date without a year as text only', () => {
    expect(parseDateLine('12 Jan')).toEqual({ iso: null, text: '12 Jan' });
  });

  it('rejects sentences and impossible dates', () => {
    expect(parseDateLine('Russia and NATO are meeting Wednesday in Brussels.')).toBeNull();
    expect(parseDateLine('20221345')).toBeNull();
  });
});

describe('outletFromUrl', () => {
  it('names known outlets and splits run-together domains', () => {
    expect(outletFromUrl('https://www.dw.com/en/some-story/a-1')).toBe('DW');
    expect(outletFromUrl('https://www.portburypost.com/news/x')).toBe('Portbury Post');
    expect(outletFromUrl('https://www.eastbrookchronicle.co.uk/sport')).toBe('Eastbrook Chronicle');
    expect(outletFromUrl(null)).toBeNull();
  });
});

describe('parseArticle', () => {
  it('reads headline, compact date and URL from the header', () => {
    const { meta, body } = parseArticle('Big headline here\n20220118\nhttps://www.dw.com/en/x/a-1\nFirst paragraph.\nSecond one.');
    expect(meta).toEqual({
      title: 'Big headline here', published: '2022-01-18', published_text: '20220118',
      url: 'https://www.dw.com/en/x/a-1', outlet: 'DW',
    });
    expect(body).toBe('First paragraph.\nSecond one.');
  });

  it('reads a leading " date YYYY-MM-DD" with body text on the same line and no headline', () => {
    const { meta, body } = parseArticle(' date 2022-01-20 The talks began on Monday.\nMore text.');
    expect(meta.title).toBeNull();
    expect(meta.published).toBe('2022-01-20');
    expect(body.startsWith('The talks began on Monday.')).toBe(true);
  });

  it('drops a repeated headline and a year-less date line', () => {
    const { meta, body } = parseArticle('Talks Focus on Border\n\n12 Jan\n\nTalks Focus on Border\n\nRussia and NATO met.');
    expect(meta.published).toBeNull();
    expect(meta.published_text).toBe('12 Jan');
    expect(body).toBe('Russia and NATO met.');
  });

  it('strips video notices, share lines, comment forms, link lists and site markers', () => {
    const raw = [
      'Headline', 'Share on Facebook', 'Share via Email', 'The council met on Tuesday.',
      'To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video',
      'Please use Chrome browser for a more accessible video player', 'Advertisement',
      'Related Articles', 'Another story headline', 'Yet another headline', '', 'The meeting ended late.',
      '.', 'source site-34', 'Leave a Reply', 'Your email address will not be published. Required fields are marked *',
      'Comment', 'Name *', '16 + twenty =',
    ].join('\n');
    const { body } = parseArticle(raw);
    expect(body).toBe('The council met on Tuesday.\nThe meeting ended late.');
  });

  it('never throws on odd input', () => {
    expect(parseArticle('').body).toBe('');
    expect(parseArticle('\u0000\u0001\uFEFF\r\n\r\n').meta.title).toBeNull();
  });
});
