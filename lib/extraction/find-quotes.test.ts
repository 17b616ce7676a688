import { describe, expect, it } from 'vitest';
import { findQuotes } from './find-quotes';

const contents = (text: string) => findQuotes(text).map((q) => text.slice(q.innerStart, q.innerEnd));

describe('findQuotes', () => {
  it('finds straight, curly, single and guillemet quotes', () => {
    expect(contents('He said "yes" and “no”.')).toEqual(['yes', 'no']);
    expect(contents('‘These were not wealthy people,’ the judge said.')).toEqual(['These were not wealthy people,']);
    expect(contents("The mayor called it 'a fudge' today.")).toEqual(['a fudge']);
    expect(contents('« Tourism pays, » Imhof said. «Today we vote.»')).toEqual([' Tourism pays, ', 'Today we vote.']);
  });

  it('takes a doubled apostrophe as a closing quote', () => {
    expect(contents('"The trip follows diplomacy,\'\' the State Department said.')).toEqual(['The trip follows diplomacy,']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(contents("Russia’s troops and the allies’ position don't change")).toEqual([]);
  });

  it('keeps nested quotes inside the outer quotation', () => {
    expect(contents('‘He told her, “All is fine,” and left.’ Mr Adeyemi said.')).toEqual(['He told her, “All is fine,” and left.']);
  });

  it('reports a quotation left open at the end of the paragraph', () => {
    const spans = findQuotes('“Of course I will miss it. My hands know the river.');
    expect(spans).toHaveLength(1);
    expect(spans[0].closed).toBe(false);
  });

  it('keeps a single quote open into the next paragraph when that paragraph opens with one too (class I)', () => {
    const text = '‘It was the worst night of my life.\n‘We want answers,’ she said.';
    const first = findQuotes(text, 0, text.indexOf('\n'));
    expect(first).toHaveLength(1);
    expect(first[0].closed).toBe(false);
    const straight = "'It was the worst night.\n'We want answers,' she said.";
    expect(findQuotes(straight, 0, straight.indexOf('\n'))[0]?.closed).toBe(false);
    // Without a reopening mark the unmatched single quote is dropped, as an apostrophe would be.
    const alone = '‘It was the worst night.\nShe left.';
    expect(findQuotes(alone, 0, alone.indexOf('\n'))).toEqual([]);
  });
});
