import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

/** A headline, a date and the given paragraphs, as people paste them. */
const article = (...paragraphs: string[]) => ['Headline for a test', '2022-01-18', ...paragraphs].join('\n');
const statements = (...paragraphs: string[]) =>
  extractArticle(article(...paragraphs)).statements.map((s) => ({ speaker: s.speaker, type: s.type, text: s.text }));

describe('direct quotes', () => {
  it.each([
    ['straight', '"We will win," Jane Doe said.'],
    ['curly', '“We will win,” Jane Doe said.'],
    ['single', '‘We will win,’ Jane Doe said.'],
    ['guillemets', '« We will win, » Jane Doe said.'],
  ])('reads %s quotes with the cue after them', (_style, text) => {
    expect(statements(text)).toEqual([{ speaker: 'Jane Doe', type: 'direct', text: 'We will win' }]);
  });

  it('joins a quote split by its cue into one statement', () => {
    expect(statements('"The risk is real," said Anna Berg, "and we must act."')).toEqual([
      { speaker: 'Anna Berg', type: 'direct', text: 'The risk is real and we must act' },
    ]);
  });

  it('keeps a multi-sentence quote and the quote sentences that follow its cue', () => {
    expect(statements('"The risk is real," Anna Berg said. "Allies call for calm. We stay ready."')).toEqual([
      { speaker: 'Anna Berg', type: 'direct', text: 'The risk is real Allies call for calm. We stay ready' },
    ]);
  });

  it('keeps a short paragraph ending in a straight single quote as prose, not a headline', () => {
    expect(statements("'The ferry will sail,' Ruth Amsel told the inquiry. 'It always has.'")).toEqual([
      { speaker: 'Ruth Amsel', type: 'direct', text: 'The ferry will sail It always has' },
    ]);
  });

  it('continues a quote into the next paragraph when the first is left open', () => {
    const got = statements('“People ask if I will miss it,” Walter Penhale says. “Of course I will.', '“But my shoulders say it is time.”');
    expect(got).toHaveLength(1);
    expect(got[0].text).toBe('People ask if I will miss it Of course I will But my shoulders say it is time');
  });

  it('reads colon-introduced quotes, with and without a speech verb', () => {
    expect(statements('Minister Tom Reyes said: "The plan is ready."')).toEqual([{ speaker: 'Tom Reyes', type: 'direct', text: 'The plan is ready' }]);
    expect(statements('Naomi Achterberg spoke at the council.', 'She put it bluntly: "That ends now."')).toEqual([
      { speaker: 'Naomi Achterberg', type: 'direct', text: 'That ends now' },
    ]);
  });

  it('reads inverted cues with a title and an appositive', () => {
    expect(statements('"We were extremely fast," said Marek Kowalczyk, the regional fire chief.')).toEqual([
      { speaker: 'Marek Kowalczyk', type: 'direct', text: 'We were extremely fast' },
    ]);
  });

  it('reads a quote after the cue and "told" with an addressee', () => {
    expect(statements('Victoria Nuland told reporters, "We have seen no de-escalation."')).toEqual([
      { speaker: 'Victoria Nuland', type: 'direct', text: 'We have seen no de-escalation' },
    ]);
  });
});

describe('interviews', () => {
  it('takes the answers of "Name: answer" lines and leaves out the questions', () => {
    const got = extractArticle([
      'Chef interview', '2023-10-17', 'Ines Varga runs a kitchen.',
      'Dara Quinn: Where did the idea come from?', 'Ines Varga: From being broke. I never unlearned it.',
      'Quinn: Do customers notice?', 'Varga: Some do, and they love it.', 'It is a lot of planning.',
      'Quinn: What next?', 'Varga: Start small.',
    ].join('\n')).statements;
    expect(got.map((s) => [s.speaker, s.text])).toEqual([
      ['Ines Varga', 'From being broke. I never unlearned it'],
      ['Ines Varga', 'Some do, and they love it. It is a lot of planning'],
      ['Ines Varga', 'Start small'],
    ]);
  });
});

describe('partial and indirect statements', () => {
  it('reads reported speech with an embedded quote as partial', () => {
    expect(statements('Annalena Baerbock said Berlin was prepared for a dialogue about "security for all in Europe."')).toEqual([
      { speaker: 'Annalena Baerbock', type: 'partial', text: 'Berlin was prepared for a dialogue about security for all in Europe' },
    ]);
  });

  it.each([
    ['said', 'Jens Stoltenberg said NATO allies were keen to talk.', 'NATO allies were keen to talk'],
    ['warned that', 'Jens Stoltenberg warned that talks could fail.', 'talks could fail'],
    ['told ... that', 'Jens Stoltenberg told reporters in Brussels that talks could fail.', 'talks could fail'],
    ['denied', 'Jens Stoltenberg denied the claims.', 'the claims'],
    ['urged', 'Jens Stoltenberg urged Russia to de-escalate.', 'Russia to de-escalate'],
    ['accused', 'Jens Stoltenberg accused Moscow of stalling.', 'Moscow of stalling'],
  ])('reads indirect speech with "%s"', (_verb, text, content) => {
    expect(statements(text)).toEqual([{ speaker: 'Jens Stoltenberg', type: 'indirect', text: content }]);
  });

  it('reads "according to" before and after the clause', () => {
    expect(statements('According to Jens Stoltenberg, Russia is reinforcing its troops.')).toEqual([
      { speaker: 'Jens Stoltenberg', type: 'indirect', text: 'Russia is reinforcing its troops' },
    ]);
    expect(statements('Russia is reinforcing its troops, according to the Kremlin.')).toEqual([
      { speaker: 'Kremlin', type: 'indirect', text: 'Russia is reinforcing its troops' },
    ]);
  });

  it('gives the inner cue the statement when "according to" names the source of the report', () => {
    const got = statements('Sergei Lavrov demanded "concrete answers" as soon as possible, according to the Foreign Ministry.');
    expect(got).toHaveLength(1);
    expect(got[0].speaker).toBe('Sergei Lavrov');
  });

  it('splits two coordinated speech verbs and a participle into separate statements', () => {
    expect(statements('Moscow denies any plans to attack and is demanding an agreement from NATO.')).toEqual([
      { speaker: 'Russia', type: 'indirect', text: 'any plans to attack' },
      { speaker: 'Russia', type: 'indirect', text: 'an agreement from NATO' },
    ]);
    expect(statements('Julianne Smith expressed solidarity with Ukraine, adding that allies were ready.')).toEqual([
      { speaker: 'Julianne Smith', type: 'indirect', text: 'solidarity with Ukraine' },
      { speaker: 'Julianne Smith', type: 'indirect', text: 'allies were ready' },
    ]);
  });

  it('reads a cue inserted in the middle of reported speech', () => {
    expect(statements('Muscles working after a meal, she explained, draw glucose out of the blood.', )).toEqual([]);
    expect(statements('Amara Osei spoke to reporters.', 'Muscles working after a meal, she explained, draw glucose out of the blood.')).toEqual([
      { speaker: 'Amara Osei', type: 'indirect', text: 'Muscles working after a meal draw glucose out of the blood' },
    ]);
  });
});

describe('joint speakers', () => {
  it('gives each joint speaker one statement', () => {
    expect(statements('Chancellor Olaf Scholz and NATO chief Jens Stoltenberg say Russia faces severe consequences.')).toEqual([
      { speaker: 'Olaf Scholz', type: 'indirect', text: 'Russia faces severe consequences' },
      { speaker: 'Jens Stoltenberg', type: 'indirect', text: 'Russia faces severe consequences' },
    ]);
  });
});

describe('what is not a statement', () => {
  it('ignores scare quotes, headlines, captions and speech verbs inside quotes', () => {
    expect(statements('The so-called "false flag" operations were discussed.')).toEqual([]);
    expect(statements('Ukraine’s reserve army “gears up” amid fears of attack')).toEqual([]);
    expect(statements('Diplomats fear Vladimir Putin may use talks as a pretext for war')).toEqual([]);
  });

  it('drops unnamed speakers of reported speech but keeps their quotes with no name', () => {
    expect(statements('A source said he expected a limited attack.')).toEqual([]);
    expect(statements('"We do not know the goal," said an Eastern European diplomat.')).toEqual([
      { speaker: null, type: 'direct', text: 'We do not know the goal' },
    ]);
  });

  it('ignores future, negated and passive uses of speech verbs', () => {
    expect(statements('Officials from both sides will speak about the crisis in Geneva.')).toEqual([]);
    expect(statements('Jens Stoltenberg did not say when talks would resume.')).toEqual([]);
    expect(statements('Russia demanded guarantees, rejected by the United States, that NATO halt expansion.')).toEqual([
      { speaker: 'Russia', type: 'indirect', text: 'guarantees, rejected by the United States, that NATO halt expansion' },
    ]);
  });
});

describe('offsets', () => {
  it('points at the statement in the body', () => {
    const a = extractArticle(article('"We will win," Jane Doe said.', 'Jane Doe said the team was ready.'));
    for (const s of a.statements) {
      const span = a.body.slice(s.start, s.end);
      expect(span.replace(/["“”]/g, '')).toContain(s.text.split(' ')[0]);
    }
    expect(a.body.slice(a.statements[1].start, a.statements[1].end)).toBe('the team was ready');
  });
});

describe('speech verbs in other senses', () => {
  it('does not read a noun or a plain object as reported speech', () => {
    expect(statements('Customers with questions can call the helpline.')).toEqual([]);
    expect(statements('The bakery is recalling 3,000 loaves after a labelling error.')).toEqual([]);
  });

  it('ends a report before "and <verb>" even when a prepositional phrase precedes it', () => {
    expect(statements('The Cyclists Alliance said the crash had shaken trust in the new lanes and urged the city to add barriers.').map((s) => s.text)).toEqual([
      'the crash had shaken trust in the new lanes',
      'the city to add barriers',
    ]);
  });

  it('splits "said ..., adding that ..." when the comma sits inside a closing quote', () => {
    expect(statements('Nils Aune said the cut had been "painful but fair," adding that staff would be moved.')).toEqual([
      { speaker: 'Nils Aune', type: 'partial', text: 'the cut had been painful but fair' },
      { speaker: 'Nils Aune', type: 'indirect', text: 'staff would be moved' },
    ]);
  });

  it("names an organisation without the possessive ending of its name (\"Brightwell Foods'\")", () => {
    expect(statements("Brightwell Foods' quarterly profit fell 9 percent, the company said.")).toEqual([
      { speaker: 'Brightwell Foods', type: 'indirect', text: "Brightwell Foods' quarterly profit fell 9 percent" },
    ]);
  });
});

describe('nested quotes and clauses around an inverted cue', () => {
  it('gives a quote inside a quote to the speaker its own cue names', () => {
    const got = statements(
      'Prosecutor Ben Oduya said Harold Finch had forged the forms.',
      '‘When the widow asked about the gap, he told her, “The office has changed its system, there is nothing to worry about,” and she believed him,’ Mr Oduya said.',
    );
    expect(got.map((s) => [s.speaker, s.text])).toContainEqual(['Harold Finch', 'The office has changed its system, there is nothing to worry about']);
    expect(got.find((s) => s.text.startsWith('When the widow'))?.speaker).toBe('Ben Oduya');
  });

  it('leaves the narrator\'s "as ..." clause after an inverted cue to its own speaker', () => {
    expect(statements('Glenmore Foods\' profit fell 7 percent, the company said, as the maker of Pennine butter warned that feed costs would rise.')).toEqual([
      { speaker: 'Glenmore Foods', type: 'indirect', text: "Glenmore Foods' profit fell 7 percent" },
      { speaker: 'Glenmore Foods', type: 'indirect', text: 'feed costs would rise' },
    ]);
  });
});


describe('cues inside the reported clause and coordinated verbs (recall round 2)', () => {
  it('joins the halves around a mid-sentence "she said" after a sentence opened by a dictionary word', () => {
    expect(statements(
      'Marta Gil said the herd had been "remarkably calm" during the drought.',
      'Milk yields dropped by a fifth over the summer, she said, compared with far deeper losses on farms upstream.',
    )).toContainEqual({ speaker: 'Marta Gil', type: 'indirect', text: 'Milk yields dropped by a fifth over the summer compared with far deeper losses on farms upstream' });
    expect(statements('Tomas Reid opened the bakery in 2015.', 'So why now?', 'Much of it, he says, was the rent, which doubled in a year.')).toContainEqual(
      { speaker: 'Tomas Reid', type: 'indirect', text: 'Much of it was the rent, which doubled in a year' },
    );
  });

  it('keeps a verb coordinated by "but" without a comma inside the report', () => {
    expect(statements('Ministry spokesman Karl Odum said the department backed the plan but would wait for the audit before releasing money.')).toEqual([
      { speaker: 'Karl Odum', type: 'indirect', text: 'the department backed the plan but would wait for the audit before releasing money' },
    ]);
  });

  it('reads "out of state" as a noun, not a second cue', () => {
    expect(statements("The Hartley County Sheriff's Office said they stopped a driver from out of state late Friday after he was seen leaving the depot.")).toEqual([
      { speaker: "Hartley County Sheriff's Office", type: 'indirect', text: 'they stopped a driver from out of state late Friday after he was seen leaving the depot' },
    ]);
  });
});

describe('recall round 3: where reported content ends', () => {
  it('reads a cue after a quote with a lower-case description, then gives the next quotation to the quotation, not the "adding" report', () => {
    expect(statements('“The talks are over,” union negotiator Clara Voss told reporters in Leeds, adding that a strike was now likely. “We gave them every chance.”')).toEqual([
      { speaker: 'Clara Voss', type: 'direct', text: 'The talks are over We gave them every chance' },
      { speaker: 'Clara Voss', type: 'indirect', text: 'a strike was now likely' },
    ]);
  });

  it('splits "X, the agency said, adding that Y" into two reports by the agency', () => {
    expect(statements('Officers searched four flats on Friday, the Leeds prosecutor’s office said, adding that it had seized two laptops.')).toEqual([
      { speaker: 'Leeds prosecutor’s office', type: 'indirect', text: 'Officers searched four flats on Friday' },
      { speaker: 'Leeds prosecutor’s office', type: 'indirect', text: 'it had seized two laptops' },
    ]);
  });

  it('makes the quotation after a colon a statement of its own, but not after a short adjunct', () => {
    expect(statements('Mara Olsen admitted that her team “never found its rhythm” in the second half: “We were chasing shadows.”')).toEqual([
      { speaker: 'Mara Olsen', type: 'partial', text: 'her team never found its rhythm in the second half' },
      { speaker: 'Mara Olsen', type: 'direct', text: 'We were chasing shadows' },
    ]);
    expect(statements('“The soup is fine,” Ida Berg told me, before adding, after a long sip: “Mine is better.”').map((s) => s.text)).not.toContain('after a long sip');
  });

  it('ends a report before a narrator’s participle comment, but keeps lists and "including"', () => {
    expect(statements('Fire chief Owen Hale said nobody had been inside the warehouse, contradicting neighbours who reported hearing screams.')).toEqual([
      { speaker: 'Owen Hale', type: 'indirect', text: 'nobody had been inside the warehouse' },
    ]);
    expect(statements('Owen Hale said the crews rescued nine people, including two children, from the roof.')[0].text).toBe('the crews rescued nine people, including two children, from the roof');
    expect(statements('Owen Hale said his job now is what it always was: checking hydrants, training recruits and fixing ladders.')[0].text)
      .toBe('his job now is what it always was: checking hydrants, training recruits and fixing ladders');
  });

  it('keeps "during ..." inside a request and a "because" clause after a parenthetical cue', () => {
    expect(statements('Mayor Ines Vidal urged residents to avoid the river paths during the storm, and to charge their phones.')[0].text)
      .toBe('residents to avoid the river paths during the storm, and to charge their phones');
    expect(statements('Ines Vidal spoke on Monday.', 'The closure was necessary, she argued, because the bridge could no longer carry buses.')).toContainEqual(
      { speaker: 'Ines Vidal', type: 'indirect', text: 'The closure was necessary because the bridge could no longer carry buses' },
    );
  });
});

describe('recall round 3: nicknames, inner quotations and "what X called"', () => {
  it('leaves a quoted nickname inside a name out of the name and out of the statements', () => {
    expect(statements('Her trainer, Joe “Iron” Malloy, who has coached four champions, said she had told him to stop shadow-boxing.')).toEqual([
      { speaker: 'Joe Malloy', type: 'indirect', text: 'she had told him to stop shadow-boxing' },
    ]);
  });

  it('gives an inner quotation after "Name told me on <time>:" to that name', () => {
    const got = statements('Colonel Petra Lang trained Ruth Aden in 1990.', '“Lang told me on the first morning: ‘Aden, never trust a quiet radio.’ I still say it,” Aden says.');
    expect(got).toContainEqual({ speaker: 'Petra Lang', type: 'direct', text: 'Aden, never trust a quiet radio' });
    expect(got.map((s) => s.speaker)).toContain('Ruth Aden');
  });

  it('reads "in what Name called “...”" in narration, but not inside another speaker’s report', () => {
    expect(statements('Troops closed the border crossing overnight in what Ankara called a “temporary security measure” for the region, hours after the blast.')).toEqual([
      { speaker: 'Turkey', type: 'partial', text: 'a temporary security measure for the region' },
    ]);
    expect(statements('Union leader Paul Morel said nurses wanted an end to what Health Minister Ana Ruiz called «flexible rotas».')).toEqual([
      { speaker: 'Paul Morel', type: 'partial', text: 'nurses wanted an end to what Health Minister Ana Ruiz called flexible rotas' },
    ]);
  });
});
