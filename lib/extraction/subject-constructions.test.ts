import { describe, expect, it } from 'vitest';
import { extractArticle } from './index';

const extract = (...paragraphs: string[]) => extractArticle(['Headline', '2022-01-18', ...paragraphs].join('\n')).statements;
const rows = (...paragraphs: string[]) => extract(...paragraphs).map((s) => [s.speaker, s.mention, s.type, s.text]);

describe('a relative clause between the subject and the cue (class C)', () => {
  it('reads past "who ..." to the subject and takes a clause without "that" after an addressee verb', () => {
    expect(rows('City veteran Mia Torres, who scored twice in the final, warned the move was "reckless".')).toEqual([
      ['Mia Torres', 'City veteran Mia Torres, who scored twice in the final', 'partial', 'the move was reckless'],
    ]);
    expect(rows('Dev Patel, whose ward includes the docks, said the plan was flawed.')[0].slice(0, 2)).toEqual(['Dev Patel', 'Dev Patel, whose ward includes the docks']);
  });

  it('gives a joint subject with a relative clause one statement per speaker', () => {
    const s = extract('Councillors Dev Patel and Ruth Amos, who opposed the budget, said the cuts would hurt libraries.');
    expect(s.map((x) => x.speaker)).toEqual(['Dev Patel', 'Ruth Amos']);
    expect(new Set(s.map((x) => x.text))).toEqual(new Set(['the cuts would hurt libraries']));
  });

  it('joins a name to a described name with a relative clause ("X and her assistant, Y, who ..., said")', () => {
    expect(extract('City coach Ana Ruiz and her assistant, Tom Hill, who both watched from the stand, said the referee had made mistakes.').map((x) => x.speaker))
      .toEqual(['Ana Ruiz', 'Tom Hill']);
  });

  it('still reads "warned residents the river could rise" with an addressee', () => {
    expect(rows('Mia Torres warned residents the river could rise.')[0][3]).toBe('the river could rise');
    expect(rows('Maria Lopez told voters that taxes would fall.')[0][3]).toBe('taxes would fall');
    expect(rows('Maria Lopez assured voters that taxes would fall.')[0][3]).toBe('taxes would fall');
    expect(rows('Mia Torres told the court the money was hers.')[0][3]).toBe('the money was hers');
  });
});

describe('an age between the name and the cue (class B)', () => {
  it('reads "Name, 38, admitted he ..." and "Name, 71, says ..."', () => {
    expect(rows('Striker Daniel Okafor, 38, admitted he had thought about retiring.')).toEqual([
      ['Daniel Okafor', 'Striker Daniel Okafor, 38', 'indirect', 'he had thought about retiring'],
    ]);
    expect(rows('Former mayor Karl Lindqvist, 71, says the village has changed.')[0][0]).toBe('Karl Lindqvist');
  });

  it('gives joint subjects with ages one statement each', () => {
    expect(rows('Okafor, 38, and Mendes, 24, said they would stay.').map((r) => r[0])).toEqual(['Okafor', 'Mendes']);
  });

  it('resolves "the 54-year-old" to the person described with that age', () => {
    expect(rows('Minister Anna Berg, 54, resigned on Monday.', 'The 54-year-old said she had no regrets.')[0].slice(0, 2)).toEqual(['Anna Berg', 'The 54-year-old']);
  });
});

describe('a description with a name appositive as the subject (class G)', () => {
  it('takes the appositive name as the speaker, also after a prepositional phrase', () => {
    expect(rows("The victim's brother, Tomasz Nowak, said the family was 'heartbroken'.")[0][0]).toBe('Tomasz Nowak');
    expect(rows('Her former coach at the academy, Inés Duarte, says she is "the toughest player I have trained."')).toEqual([
      ['Inés Duarte', 'Her former coach at the academy, Inés Duarte', 'partial', 'she is the toughest player I have trained'],
    ]);
    expect(rows('The head of security at the club, Ivo Marsh, said the gate was locked.')[0][0]).toBe('Ivo Marsh');
  });
});

describe('a role description as the subject of a cue (class A)', () => {
  it('resolves an inverted "says the manager" to the person introduced with that role, the most recent first', () => {
    expect(rows('Rovers manager Jan Kowalczyk watched his side lose 3-0.', '"We were sloppy," says the manager.')).toEqual([
      ['Jan Kowalczyk', 'the manager', 'direct', 'We were sloppy'],
    ]);
    expect(rows('Rovers manager Jan Kowalczyk watched his side lose.', 'City manager Tom Reed was happier.', '"We were lucky," said the manager.')[0][0]).toBe('Tom Reed');
    expect(rows('Rovers manager Piotr Kowalczyk watched his side lose.', '"We were sloppy at the back," said the club\'s manager.')[0].slice(0, 2)).toEqual(['Piotr Kowalczyk', "the club's manager"]);
  });

  it('resolves "The governor added that" and "The chancellor told reporters"', () => {
    expect(rows('Governor Helena Marstrand signed the order.', 'The governor added that the state would pay for repairs.')[0].slice(0, 2)).toEqual(['Helena Marstrand', 'The governor']);
    expect(rows('Chancellor Petra Vogel met union leaders.', 'The chancellor told reporters the talks had been useful.')[0]).toEqual(['Petra Vogel', 'The chancellor', 'indirect', 'the talks had been useful']);
  });
});

describe('pronouns skip organisations (class E)', () => {
  it('does not take a company named like a person for "he"', () => {
    const s = extract('Tom Ridley runs the depot.', 'Harbor Freight Lines rejected the offer.', '"We will not move," he said.');
    expect(s.at(-1)!.speaker).toBe('Tom Ridley');
    expect(extract('Tom Ridley said the depot was busy.', 'Kessler Brothers rejected the offer.', '"We will not move," he said.').at(-1)!.speaker).toBe('Tom Ridley');
  });
});

describe('title gender (class H)', () => {
  it('uses Miss/Ms for "she" when the first name says nothing', () => {
    expect(extract('Miss Okonjo told the court she had been threatened.', 'She said she feared for her life.').map((s) => s.speaker)).toEqual(['Okonjo', 'Okonjo']);
    expect(extract('Robin Okafor gave evidence.', 'Lee Cho denied the claim.', 'Ms Okafor told the court it was a lie.', '"It was a lie," he said.').at(-1)!.speaker).toBe('Lee Cho');
  });

  it('tells apart two people who share a surname by their titles', () => {
    expect(extract('Daniel Moore and Helen Moore gave evidence.', 'Mrs Moore said the house was cold.', 'Mr Moore said it was warm.').map((s) => s.speaker)).toEqual(['Helen Moore', 'Daniel Moore']);
    expect(extract('Mr Moore and Mrs Moore gave evidence.', 'Mrs Moore said the house was cold.', 'Mr Moore said it was fine.', '"It was freezing," she said.').map((s) => s.speaker))
      .toEqual(['Mrs Moore', 'Mr Moore', 'Mrs Moore']);
  });
});

describe('"the <nationality>" and descriptive nouns as anaphors (class D)', () => {
  it('resolves "The Dane" and "the Brazilian" to the person described with that nationality', () => {
    expect(rows('Midfielder Lars Jensen, a Dane, joined the club in 2019.', 'The Dane, who joined in 2019, said the team was ready.')[0].slice(0, 2))
      .toEqual(['Lars Jensen', 'The Dane, who joined in 2019']);
    expect(rows('Brazilian forward Paulo Souza scored twice.', 'The Brazilian added that he was happy.')[0].slice(0, 2)).toEqual(['Paulo Souza', 'The Brazilian']);
    expect(rows('Danish midfielder Lars Jensen joined in 2019.', 'Swedish midfielder Erik Berg joined in 2020.', '"We are ready," said the Dane.')[0][0]).toBe('Lars Jensen');
  });

  it('never makes a speaker named after the nationality, and reads "the veteran" as a description', () => {
    expect(extract('Paulo Souza scored twice.', 'The Brazilian added that he was happy.').map((s) => s.speaker)).not.toContain('Brazilian');
    expect(rows('Veteran defender Mark Hill, 36, played the full game.', 'The veteran said he felt fine.')[0].slice(0, 2)).toEqual(['Mark Hill', 'The veteran']);
  });
});

describe('a British single-quoted quote continued into the next paragraph (class I)', () => {
  it('joins the paragraphs into one statement as with double quotes', () => {
    expect(rows('Jane Ellis spoke at the inquest.', '‘It was the worst night of my life. I will never forget it.', '‘We want answers,’ she said.')).toEqual([
      ['Jane Ellis', 'she', 'direct', 'It was the worst night of my life. I will never forget it We want answers'],
    ]);
  });
});

describe('participle cues (class F)', () => {
  it('reads "with X confirming ..." as X reporting', () => {
    expect(rows('Coach Ann Bell named her side on Friday, with Daniel Okafor confirming he will start on Saturday.')).toEqual([
      ['Daniel Okafor', 'Daniel Okafor', 'indirect', 'he will start on Saturday'],
    ]);
  });

  it('gives a participle after a cue set off by commas to the main clause subject', () => {
    expect(rows('Deputy Governor Ana Ruiz voted against, the bank said in a statement, arguing that wages were rising too fast.')).toEqual([
      ['Ana Ruiz', 'Deputy Governor Ana Ruiz', 'indirect', 'wages were rising too fast'],
    ]);
    // An aside between the subject and its verb still hands the participle to the aside's speaker.
    expect(rows('The council, Mayor Tom Hill said, had failed residents, adding that it must apologise.').map((r) => r[0])).toEqual(['Tom Hill', 'Tom Hill']);
  });

  it('reads a colon quote after "can be heard telling"', () => {
    expect(rows('Police released the recording.', 'Mr Lee can be heard telling the dispatcher: "Please send someone now."')).toEqual([
      ['Lee', 'Mr Lee', 'direct', 'Please send someone now'],
    ]);
  });
});

describe('clauses and objects after cues', () => {
  it('does not take a plea ("admitted criminal damage") for a statement', () => {
    expect(extract('Keith Brannigan, 54, admitted criminal damage at the crown court on Tuesday.')).toEqual([]);
    expect(rows('"It was wrong," Okafor admitted.')[0][3]).toBe('It was wrong');
  });

  it('reads "told the court he was \\"deeply ashamed\\"" as a partial quote', () => {
    expect(rows('Adaeze Okonjo told the court he was "deeply ashamed".')).toEqual([['Adaeze Okonjo', 'Adaeze Okonjo', 'partial', 'he was deeply ashamed']]);
  });

  it('reads a description with a place name before a name appositive', () => {
    expect(rows('The owner of the bakery on Market Street, Priya Kaur, says the charges will cost her customers.')[0][0]).toBe('Priya Kaur');
    expect(rows('Welsh flanker Rhodri Evans captained Kelston.', 'Evans and lock Sam Duffy, who both played the full 80 minutes, said the referee had been right.').map((r) => r[0])).toEqual(['Rhodri Evans', 'Sam Duffy']);
    expect(rows('Welsh flanker Rhodri Evans captained Kelston.', 'The Welshman added that his side would learn more.')[0][0]).toBe('Rhodri Evans');
  });
});

describe('more reporting verbs for indirect speech', () => {
  it('reads "pointed out", "made (it) clear", "hinted", "disclosed", "countered" and "went on to say"', () => {
    const texts = [
      'Maria Lopez pointed out that the budget was short.',
      'Maria Lopez made it clear that she would not resign.',
      'Maria Lopez hinted she might run again.',
      'Maria Lopez disclosed that the firm had lost money.',
      'Maria Lopez countered that the data was old.',
      'Maria Lopez went on to say that the plan was flawed.',
      'Maria Lopez was quoted as saying the plan was flawed.',
      'Maria Lopez indicated that talks would resume.',
      'Maria Lopez repeated that the plan was flawed.',
      'Maria Lopez noted the plan was costly.',
    ].map((s) => rows(s)[0]?.[3]);
    expect(texts).toEqual([
      'the budget was short', 'she would not resign', 'she might run again', 'the firm had lost money', 'the data was old',
      'the plan was flawed', 'the plan was flawed', 'talks would resume', 'the plan was flawed', 'the plan was costly',
    ]);
  });

  it('leaves their non-speech senses alone', () => {
    for (const s of ['The firm disclosed the sum in its filing.', 'Maria Lopez hinted at a deal.', 'Maria Lopez agreed to pay the fine.', 'Maria Lopez pointed to the data.', 'Maria Lopez indicated the exit.', 'Maria Lopez repeated the exercise.', 'The council maintains the road.']) {
      expect(extract(s)).toEqual([]);
    }
  });
});

describe('more subject shapes', () => {
  it('reads "The 38-year-old midfielder" as the person just spoken of', () => {
    expect(rows('Daniel Okafor, 38, started on the bench.', 'The 38-year-old midfielder said he was ready.')[0].slice(0, 2)).toEqual(['Daniel Okafor', 'The 38-year-old midfielder']);
  });

  it('reads past an aside between dashes to the subject', () => {
    expect(rows('Mia Torres — who scored twice — said she was tired.')).toEqual([['Mia Torres', 'Mia Torres', 'indirect', 'she was tired']]);
  });
});

describe('asides and addressees around the cue', () => {
  it('reads "X, speaking on Tuesday, said" and leaves "speaking on condition of anonymity" alone', () => {
    expect(rows('Maria Lopez, speaking on Tuesday, said the plan was flawed.').map((r) => [r[0], r[3]])).toEqual([['Maria Lopez', 'the plan was flawed']]);
    expect(extract('Speaking on condition of anonymity, an official said the plan was flawed.')).toEqual([]);
  });

  it('finds the clause after an addressee when a pronoun opens it, whatever the tense', () => {
    expect(rows('Maria Lopez later told the BBC she regretted the decision.')[0][3]).toBe('she regretted the decision');
  });
});

describe('promises with an infinitive', () => {
  it('reads "vowed to ...", "pledged to ...", "promised to ..." like "offered to ..."', () => {
    expect(rows('Maria Lopez vowed to fight on.')).toEqual([['Maria Lopez', 'Maria Lopez', 'indirect', 'to fight on']]);
    expect(rows('Maria Lopez pledged to cut taxes by 2027.')[0][3]).toBe('to cut taxes by 2027');
    expect(rows('Maria Lopez promised to cut taxes.')[0][3]).toBe('to cut taxes');
  });
});

describe('recall: ordinals, bracketed abbreviations, joint descriptions, echoed relatives', () => {
  it('reads an ordinal inside a court name before the cue and a short phrase before "that"', () => {
    expect(rows('In a 3-0 ruling, Judge Ines Talbot of the 9th Circuit Court wrote for the panel that the statute was vague.')).toEqual([
      ['Ines Talbot', 'Judge Ines Talbot of the 9th Circuit Court', 'indirect', 'the statute was vague'],
    ]);
  });

  it('reads "the Name (ABBR) said" and takes the abbreviation for the organisation later', () => {
    const s = rows('Ferry crossings will stay suspended until Monday, the Coastal Pilots Association (CPA) said on Friday.', 'Later the CPA said the storm had passed.');
    expect(s.map((r) => r[0])).toEqual(['Coastal Pilots Association', 'Coastal Pilots Association']);
    expect(s[0][3]).toBe('Ferry crossings will stay suspended until Monday');
  });

  it('gives "The union and management said" one statement per speaker', () => {
    const s = extract('The Ferry Workers Union is in dispute with Harbour Lines.', 'The union and management said they would resume talks on Friday.');
    expect(s.map((x) => x.mention)).toEqual(['The union', 'management']);
    expect(new Set(s.map((x) => x.text))).toEqual(new Set(['they would resume talks on Friday']));
  });

  it('keeps "which it described as «…»" inside the report it belongs to', () => {
    const s = rows('Staff at Kessing College walked out.', "The college's management said on Monday that it had offered a 3 percent rise, which it described as «the best it could do».");
    expect(s).toEqual([
      ['Kessing College', "The college's management", 'partial', 'it had offered a 3 percent rise, which it described as the best it could do'],
    ]);
  });
});

describe('recall: verbs that report speech only with a clause, quote or "as" complement', () => {
  it('does not take a sporting or judicial object for speech', () => {
    expect(rows('Harlow conceded three tries in the second half.')).toEqual([]);
    expect(rows('The case went back to the county court, where Judge Nina Park dismissed it in May.')).toEqual([]);
    expect(rows('Coach Ann Lee conceded the defence had been poor.')[0][3]).toBe('the defence had been poor');
    expect(rows('Mayor Tom Reed dismissed the report as “pure fantasy”.')[0][3]).toBe('the report as pure fantasy');
  });

  it('does not report the main predicate after a ", writing in X," aside', () => {
    expect(rows('Ruth Cole, writing in the Daily Post, was unconvinced, calling the film “a long shrug”.')).toEqual([
      ['Ruth Cole', 'Ruth Cole', 'partial', 'the film a long shrug'],
    ]);
  });
});

describe('recall: groups named by a plural common noun', () => {
  it('takes "Some tenants say", "Retired miners say" as group speakers written as the article writes them', () => {
    expect(rows('Some tenants say the landlord ignored the damp for years.')).toEqual([
      ['Some tenants', 'Some tenants', 'indirect', 'the landlord ignored the damp for years'],
    ]);
    expect(rows('Retired miners say the pension offer came too late.')[0].slice(0, 2)).toEqual(['Retired miners', 'Retired miners']);
    expect(rows('Some independent bakers say the new tax should have been phased in.')[0].slice(0, 2)).toEqual(['independent bakers', 'Some independent bakers']);
  });

  it('reads a group phrase before a time phrase and an object-frame demand, and the participle after it', () => {
    expect(rows('Coastal fishing nations on Friday demanded a ban on deep-sea trawling, saying the stocks were collapsing.')).toEqual([
      ['Coastal fishing nations', 'Coastal fishing nations', 'indirect', 'a ban on deep-sea trawling'],
      ['Coastal fishing nations', 'Coastal fishing nations', 'indirect', 'the stocks were collapsing'],
    ]);
  });

  it('reads "with A pressing for X and B insisting that Y" as two group statements', () => {
    expect(rows('The talks on the river treaty stalled on Monday, with upstream states pressing for new dams and downstream governments insisting that the old quotas were fair.')).toEqual([
      ['upstream states', 'upstream states', 'indirect', 'new dams'],
      ['downstream governments', 'downstream governments', 'indirect', 'the old quotas were fair'],
    ]);
  });

  it('leaves vague groups and narrated group actions out', () => {
    expect(rows('Officials said the bridge would stay shut.')).toEqual([]);
    expect(rows('Several speakers questioned the costs.')).toEqual([]);
    expect(rows('Some shoppers described waiting for hours at the tills.')).toEqual([]);
  });
});

describe('recall: pronoun subjects after fronted phrases, "as “…”" objects, rulings', () => {
  it('reads a quote after "In a 2004 television interview he said:"', () => {
    expect(rows('Tomas Berg built clocks.', 'In a 2004 television interview he said: “A clock is a promise. You keep it wound.”')).toEqual([
      ['Tomas Berg', 'he', 'direct', 'A clock is a promise. You keep it wound'],
    ]);
  });

  it('takes only the quote of "an award she described as “…”"', () => {
    expect(rows('Ada Lund won the medal in 1990, a prize she described as “lovely, but heavy”.')).toEqual([
      ['Ada Lund', 'she', 'direct', 'lovely, but heavy'],
    ]);
  });

  it('does not read an embedded question as a report', () => {
    expect(rows('Asked whether he would be writing to the board about it, Paul Dent shrugged.')).toEqual([]);
  });
});

describe('recall: "X, several of whom said ..., lined up at the microphone to warn that ..."', () => {
  it('gives the group both the relative-clause report and the purpose infinitive', () => {
    expect(rows('Parents, many of whom said they had left work early, gathered at the school gates to argue that the closure was rushed.')).toEqual([
      ['Parents', 'many of whom', 'indirect', 'they had left work early'],
      ['Parents', 'Parents', 'indirect', 'the closure was rushed'],
    ]);
  });

  it('does not take a plan or wish for speech', () => {
    expect(rows('Mayor Tom Reed plans to announce that he will run again.')).toEqual([]);
  });
});

describe('recall round 2: verb frames, compound roles and epithets', () => {
  const said = (...paragraphs: string[]) => extract(...paragraphs).map((s) => [s.speaker, s.text]);

  it('reads "<Nationality> <noun> <role> Name" after a dateline as the subject', () => {
    expect(said('OSLO (Reuters) — Norwegian ski jumper Eirik Vold told a disciplinary panel on Friday that the suit had been altered without his knowledge.')).toEqual([
      ['Eirik Vold', 'the suit had been altered without his knowledge'],
    ]);
  });

  it('reads "maintained <long subject> had been ..." as a clause, and "recalls the night she ..." as a memory told', () => {
    expect(said('Coach Tariq Bello maintained the choice to rest his captain for the derby had been the correct one.')).toEqual([
      ['Tariq Bello', 'the choice to rest his captain for the derby had been the correct one'],
    ]);
    expect(said('Lena Voss trained as a pastry cook.', 'She recalls the morning she quit: a burnt tray, a shouting manager and a bus home at noon.')).toContainEqual(
      ['Lena Voss', 'the morning she quit: a burnt tray, a shouting manager and a bus home at noon'],
    );
    for (const s of ['The dairy recalled the cartons that were sold in May.', 'The dairy is recalling the batch after a labelling error.']) expect(said(s)).toEqual([]);
  });

  it('reads "Her husband and business partner, the sommelier Name, says" as the named person', () => {
    expect(said('Her brother and business partner, the baker Omar Sleiman, says the shop only broke even in its second year, after they dropped deliveries.')).toEqual([
      ['Omar Sleiman', 'the shop only broke even in its second year, after they dropped deliveries'],
    ]);
  });

  it('finds the captain for "the skipper" and the last speaker for "the left-hander"', () => {
    expect(said('Kent captain Ollie Braid made 88 on the final day.', 'The skipper urged the selectors to watch the young seamer closely.', '"He bowls with real heart."')).toEqual([
      ['Ollie Braid', 'the selectors to watch the young seamer closely'],
      ['Ollie Braid', 'He bowls with real heart'],
    ]);
    expect(said('Visiting captain Ravi Menon said his bowlers had lost their discipline.', '"I won\'t blame the groundsman," the left-hander added.')).toContainEqual(
      ['Ravi Menon', "I won't blame the groundsman"],
    );
  });
});

describe('recall round 2: quantified groups and quotations in narration', () => {
  const said = (...paragraphs: string[]) => extract(...paragraphs).map((s) => [s.speaker, s.type, s.text]);

  it('reads "Several residents said" as the group "residents"', () => {
    expect(said('Several tenants said the landlord had ignored repeated complaints about damp.')).toEqual([
      ['tenants', 'indirect', 'the landlord had ignored repeated complaints about damp'],
    ]);
  });

  it('gives the quotation after "as she puts it" to her, and reads a participle after a fronted "Two years ago,"', () => {
    expect(said('Three summers ago, Mira Castell was stacking shelves in Leeds and telling her sister she was “finished with painting.”')).toEqual([
      ['Mira Castell', 'partial', 'she was finished with painting'],
    ]);
    expect(said('Mira Castell paints.', 'The gallery had closed, the grants had dried up and, as she puts it now, “nobody was returning my emails.”')).toContainEqual(
      ['Mira Castell', 'direct', 'nobody was returning my emails'],
    );
    expect(said('He left a workshop and, as Tobias Renn puts it, “a thousand unfinished chairs”.')).toEqual([
      ['Tobias Renn', 'direct', 'a thousand unfinished chairs'],
    ]);
    expect(said('As the mayor put it to the council, the budget is tight.')).toEqual([]);
  });
});

describe('passive speech verbs (third pass)', () => {
  it('does not read "is accused of" or "was warned" as the subject speaking', () => {
    const a = extractArticle('H\n2024-01-02\nLiam Roe, 40, is accused of stealing £9,000 from the club. He denies theft.\nDrivers were warned that the road would close.');
    expect(a.statements.map((s) => [s.speaker, s.text])).toEqual([['Liam Roe', 'theft']]);
  });
});

describe('unnamed quoted speakers after a colon (third pass)', () => {
  it('keeps a quotation from "one ... trader" with no speaker, and not one from a plain noun', () => {
    const a = extractArticle('H\n2024-01-02\nOne Oslo-based trader, who asked not to be named, put it bluntly: "It is a fire sale."\nThe message was clear: "Pay up."');
    expect(a.statements.map((s) => [s.speaker, s.text])).toEqual([[null, 'It is a fire sale']]);
  });
});

describe('recall round 3: subjects and cue words', () => {
  const said = (...paragraphs: string[]) => extract(...paragraphs).map((s) => [s.speaker, s.type, s.text]);

  it('reads "the Chilean military said" and "the army said" as organisations, not an -ly adverb before the verb', () => {
    expect(said('The Chilean military said its helicopters had reached the flooded valley by noon.')).toEqual([
      ['Chilean military', 'indirect', 'its helicopters had reached the flooded valley by noon'],
    ]);
  });

  it('keeps an Arabic article hyphened to a surname inside the name', () => {
    expect(said('“The border stays open,” interior ministry spokesman Tariq el-Haddad told reporters in Amman.')).toEqual([
      ['Tariq el-Haddad', 'direct', 'The border stays open'],
    ]);
  });

  it('reads "have long argued that" as a report, but "have long called X “Y”" as a nickname', () => {
    expect(said('Tenant unions have long argued that the deposit rules favour landlords.')).toEqual([
      ['Tenant unions', 'indirect', 'the deposit rules favour landlords'],
    ]);
    expect(said('Harbour fans have long called the goalkeeper "the Wall" because nothing gets past him.')).toEqual([]);
  });

  it('reads a present-tense form after a numeral, and a past form after a possessive, as nouns', () => {
    expect(said('Nora Blake noted that at least nine states had already capped rents.')).toEqual([
      ['Nora Blake', 'indirect', 'at least nine states had already capped rents'],
    ]);
    expect(said("According to Pereira's written submission, made public on Friday, the agency missed four deadlines.")).toEqual([
      ['Pereira', 'indirect', 'the agency missed four deadlines'],
    ]);
  });

  it('reads no cue in a passive ("which has been accused of ...", "were told to ...")', () => {
    expect(said('Amnesty said the unit, which has been accused of torture, should be disbanded.')).toEqual([
      ['Amnesty', 'indirect', 'the unit, which has been accused of torture, should be disbanded'],
    ]);
    expect(said('The Kessel port authority said in a statement that it had been informed of the spill but that the cleanup was the operator’s duty.')).toEqual([
      ['Kessel port authority', 'indirect', 'it had been informed of the spill but that the cleanup was the operator’s duty'],
    ]);
  });
});

describe('recall round 3: subjects after long openings and descriptions', () => {
  const said = (...paragraphs: string[]) => extract(...paragraphs).map((s) => [s.speaker, s.type, s.text]);

  it('reads an inverted cue after a long clause with a number and "Title Dr. Name"', () => {
    expect(said('From March, about 1,450 families in the county will lose their heating subsidy, Director Dr. Helen Osei announced at Monday’s council meeting.')).toEqual([
      ['Helen Osei', 'indirect', 'From March, about 1,450 families in the county will lose their heating subsidy'],
    ]);
  });

  it('reads "Another parent, Name, urged" and "A third resident, Name, said"', () => {
    expect(said('Another tenant, Rosa Klein, urged the council to freeze rents.')).toEqual([
      ['Rosa Klein', 'indirect', 'the council to freeze rents'],
    ]);
    expect(said('A second witness, Pavel Dorn, said the van had no lights on.')).toEqual([
      ['Pavel Dorn', 'indirect', 'the van had no lights on'],
    ]);
    // The description after a name is an appositive, not the subject.
    expect(said('Omar Reyes, a welder from Tulsa, Oklahoma, said the plant had cut shifts.')).toEqual([
      ['Omar Reyes', 'indirect', 'the plant had cut shifts'],
    ]);
  });

  it('gives "A study published on Monday by X, a Y, warned that" to X', () => {
    expect(said('A study published on Monday by the Centre for Coastal Research, a Bristol charity, warned that sea defences would fail by 2040.')).toEqual([
      ['Centre for Coastal Research', 'indirect', 'sea defences would fail by 2040'],
    ]);
  });
});

describe('recall round 3: possessor and adjective inside organisation subjects', () => {
  const said = (...paragraphs: string[]) => extract(...paragraphs).map((s) => [s.speaker, s.type, s.text]);

  it('reads "Name’s supervisory board said" and "Name’s coast guard said" as the named body', () => {
    expect(said('In a filing, Vantor’s audit committee said the accounts would be restated.')).toEqual([
      ['Vantor’s audit committee', 'indirect', 'the accounts would be restated'],
    ]);
    expect(said('Oslo protested, and Norway’s coast guard said it was tracking the trawler.')).toContainEqual(
      ['Norway’s coast guard', 'indirect', 'it was tracking the trawler'],
    );
  });

  it('reads "The ruling Name (ABBR) dismissed" with the adjective inside the subject', () => {
    expect(said('The governing National Renewal Alliance (NRA) dismissed the report as "fiction".')).toEqual([
      ['National Renewal Alliance', 'partial', 'the report as fiction'],
    ]);
  });
});

describe('groups that come from parties (third pass)', () => {
  it('gives "Mediators from Norway and Oman said" to each country', () => {
    const a = extractArticle('H\n2024-01-02\nMediators from Norway and Oman said on Monday that the talks would resume.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Norway', 'Oman']);
  });
});
