import { describe, expect, it } from 'vitest';
import { extractArticle, mergeSpeakersAcrossArticles } from './index';
import { segmentBody } from './segment-text';
import { canonicalOrgName, trimNameRun } from './resolve-speakers';

const speakersOf = (...paragraphs: string[]) =>
  extractArticle(['Headline', '2022-01-18', ...paragraphs].join('\n')).statements.map((s) => [s.speaker, s.mention]);
const extract = (...paragraphs: string[]) => extractArticle(['Headline', '2022-01-18', ...paragraphs].join('\n'));

describe('name boundaries (class 1)', () => {
  it('keeps a capitalised occupation before a name out of the canonical name', () => {
    expect(speakersOf('Fisherman Kai Berg has worked the river for years.', 'Berg said the salmon were back.')).toEqual([['Kai Berg', 'Berg']]);
    expect(speakersOf('Agronomist Joel Kerr said the harvest was poor.')).toEqual([['Joel Kerr', 'Agronomist Joel Kerr']]);
    expect(speakersOf('Environmental consultant Priya Nair, who surveyed the seabed, noted that the silt was clean.')[0][0]).toBe('Priya Nair');
  });

  it('reads a plain noun before a role word and a name as part of the speaker phrase', () => {
    expect(speakersOf('According to festival director Ulla Brandt, ticket sales doubled.')).toEqual([['Ulla Brandt', 'festival director Ulla Brandt']]);
    expect(speakersOf('"The queue was huge," said ferry terminal manager Rob Tennant.')).toEqual([['Rob Tennant', 'ferry terminal manager Rob Tennant']]);
    expect(speakersOf('Elmfield fan Rob Shaw says the club needs a new striker.')).toEqual([['Rob Shaw', 'Elmfield fan Rob Shaw']]);
    expect(speakersOf('According to marine biologist Ines Kvale, the seals returned in May.')).toEqual([['Ines Kvale', 'marine biologist Ines Kvale']]);
  });

  it('reads "the <possessor>\'s <role>, <Name>," as the subject of the verb after it', () => {
    expect(speakersOf("The club's head groundsman, Ivo Marsh, said the pitch had frozen overnight.")).toEqual([['Ivo Marsh', "The club's head groundsman, Ivo Marsh"]]);
  });

  it('reads a month written as a first name', () => {
    expect(speakersOf('April Nakamura said the bridge would reopen.')).toEqual([['April Nakamura', 'April Nakamura']]);
    expect(speakersOf('According to engineer Jun Okada, the cables held.')).toEqual([['Jun Okada', 'engineer Jun Okada']]);
  });

  it('splits plural titles before joint names', () => {
    expect(speakersOf('Councilmembers Ana Ruiz and Tom Hale said they would vote no.').map(([s]) => s)).toEqual(['Ana Ruiz', 'Tom Hale']);
  });

  it('does not take sentence-initial adverbs for names', () => {
    expect(speakersOf('Today Acme Seed Company said it would close two warehouses.')).toEqual([['Acme Seed Company', 'Acme Seed Company']]);
    expect(speakersOf('Laura Brandt runs the firm.', 'Later Brandt conceded that the company had been slow.')).toEqual([['Laura Brandt', 'Brandt']]);
    expect(speakersOf('Margaret Ellison gave evidence.', 'Instead Ellison insisted the transfers were refunds.')).toEqual([['Margaret Ellison', 'Ellison']]);
    expect(speakersOf('Meanwhile Kestrel Airlines said it would cancel flights.')[0][0]).toBe('Kestrel Airlines');
  });

  it('drops post-nominal honorifics and keeps particles', () => {
    expect(speakersOf('Prosecuting, Daniel Frost KC said the accounts showed 212 transfers.')[0][0]).toBe('Daniel Frost');
    expect(speakersOf('Her barrister, Helen Achebe QC, questioned the reliability of the software.')[0][0]).toBe('Helen Achebe');
    expect(speakersOf('Last month the club chairman, Graham Tull Jr., told reporters that the club had nearly folded.')[0][0]).toBe('Graham Tull');
    expect(speakersOf('Mr. Alan Brooks Sr. said he was relieved.')[0][0]).toBe('Alan Brooks');
    expect(speakersOf('Lars Nyberg MP, who chairs the committee, claimed that the operator knew.')[0][0]).toBe('Lars Nyberg');
    expect(speakersOf('The study was led by Dr Sofia Lindqvist PhD.', 'Lindqvist said the fish were back.')[0][0]).toBe('Sofia Lindqvist');
    expect(speakersOf('"It works," Dutch minister Pieter van der Linde said.')[0][0]).toBe('Pieter van der Linde');
  });

  it('trimNameRun strips a leading descriptor only when two name words remain', () => {
    const tokens = segmentBody('Fisherman Kai Berg spoke.')[0].sentences[0].tokens;
    expect(trimNameRun(tokens, 0, 2)).toEqual([1, 2]);
    const two = segmentBody('Fisherman Berg spoke.')[0].sentences[0].tokens;
    expect(trimNameRun(two, 0, 1)).toEqual([0, 1]);
  });
});

describe('interview transcripts with upper-case labels (class 2)', () => {
  it('resolves an upper-case surname label to the full name and skips Q lines', () => {
    const a = extract(
      'Harriet Castell left banking to plant vines. She spoke to our correspondent.',
      'Q: Why leave banking?',
      'CASTELL: Because I was bored.',
      'Q: Why Sussex?',
      'CASTELL: Partly the chalk.',
      'Q: What next?',
      'CASTELL: A still red.',
    );
    expect(a.statements.map((s) => [s.speaker, s.mention, s.text])).toEqual([
      ['Harriet Castell', 'CASTELL', 'Because I was bored'],
      ['Harriet Castell', 'CASTELL', 'Partly the chalk'],
      ['Harriet Castell', 'CASTELL', 'A still red'],
    ]);
  });
});

describe('first-name references (class 3)', () => {
  it('resolves a first name to the relative it names', () => {
    expect(speakersOf(
      'Sisters Rosa Okonkwo and Eli Okonkwo ran the last legs. Their brother, Tom Okonkwo, watched.',
      '"I could hear Tom shouting," Rosa said.',
      'Eli said the win made up for a difficult year.',
      'Tom said he had never been so nervous.',
    )).toEqual([
      ['Rosa Okonkwo', 'Rosa'],
      ['Eli Okonkwo', 'Eli'],
      ['Tom Okonkwo', 'Tom'],
    ]);
  });
});

describe('pronoun gender (class 4)', () => {
  it('skips candidates of the other gender, known from first names and honorifics', () => {
    expect(speakersOf('Margaret Ellison gave evidence.', 'Daniel Frost said the transfers were a pattern.', 'She conceded that she had kept no receipts.')).toEqual([
      ['Daniel Frost', 'Daniel Frost'],
      ['Margaret Ellison', 'She'],
    ]);
    expect(speakersOf('Councilwoman Ruth Cole opened the session. Detective Alan Moss gave evidence.', '"We acted quickly," he said.', '"It was a hard year," she said.')).toEqual([
      ['Alan Moss', 'he'],
      ['Ruth Cole', 'she'],
    ]);
  });

  it('learns the gender of an unlisted first name from the pronoun opening its report', () => {
    expect(speakersOf('Robin Alder said she was ready.', 'Sam Ortiz said he was not.', '"No," she said.').at(-1)).toEqual(['Robin Alder', 'she']);
  });

  it('learns the gender of unlisted names from kinship nouns and the pronouns the article uses of them', () => {
    const paragraphs = [
      'Sunniva Hale has run the ferry kiosk since 1998. She opens at six.',
      'Her nephew, Tay Hale, 19, says he will take over next year.',
      '"I am not ready to stop," she says.',
    ];
    expect(speakersOf(...paragraphs).at(-1)).toEqual(['Sunniva Hale', 'she']);
    expect(speakersOf(...paragraphs, 'Hale said she would stay open all winter.').at(-1)).toEqual(['Sunniva Hale', 'Hale']);
  });

  it('reads a participle before an occupation and a name as part of the subject, not a fronted clause', () => {
    expect(speakersOf('Ines Moll chaired the meeting.', 'Retired nurse Osric Penhallow, 81, brought a petition. He said the clinic had saved his life.').at(-1)).toEqual(['Osric Penhallow', 'He']);
  });

  it('keeps "Ms Rowe" apart from a male relative with the same surname', () => {
    const a = extract('Ms Rowe, the head teacher, said pupils were safe.', 'Harold Rowe, her husband, said the school was closed.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Rowe', 'Harold Rowe']);
  });
});

describe('more indirect speech (class 5)', () => {
  it('attributes concrete plural groups, not vague ones', () => {
    expect(speakersOf('Residents urged the council to protect weekend opening hours.')).toEqual([['Residents', 'Residents']]);
    expect(speakersOf('Pharmacists said deliveries had been delayed.')).toEqual([['Pharmacists', 'Pharmacists']]);
    expect(speakersOf('Officials said the road would reopen.')).toEqual([]);
    expect(speakersOf('Replays suggested the contact began outside the area.')).toEqual([]);
  });

  it('reads countries and new verbs: offered to, forecast, told X without "that"', () => {
    const a = extract(
      'Sweden offered to pay a third of the cost.',
      'Finance director Peter Vance spoke. He forecast a return to growth in 2025.',
      'Priya Nair spoke. The 44-year-old told the meeting the spoil could be used.',
      'Dahl asked the council to delay the vote. Dahl asked why.',
    );
    expect(a.statements.map((s) => [s.speaker, s.text])).toEqual([
      ['Sweden', 'to pay a third of the cost'],
      ['Peter Vance', 'a return to growth in 2025'],
      ['Priya Nair', 'the spoil could be used'],
      ['Dahl', 'the council to delay the vote'],
    ]);
  });

  it('does not read "who advises growers" as a request', () => {
    expect(speakersOf('Joel Kerr, who advises growers in the region, said the problems were shared.').length).toBe(1);
  });
});

describe('relative clauses', () => {
  it('gives "who" to the named person, not to the place ending the description before it', () => {
    expect(speakersOf('First to speak was Hedda Lind, a bus driver at the Northgate Depot, who said the route saved her an hour.')).toEqual([['Hedda Lind', 'who']]);
  });

  it('does not take a name inside a relative clause for the speaker it describes', () => {
    expect(speakersOf('Portugal, where the vaccine is sold under the name Imuvac, said it had paused deliveries.')).toEqual([
      ['Portugal', 'Portugal, where the vaccine is sold under the name Imuvac'],
    ]);
  });

  it('keeps a plural possessive that opens an organisation name ("Children\'s", "Workers\'")', () => {
    expect(speakersOf("The Children's Rights Network said the law came too late.")).toEqual([["Children's Rights Network", "The Children's Rights Network"]]);
    expect(speakersOf("The Dock Workers' Federation said its members would walk out.")[0][0]).toBe("Dock Workers' Federation");
  });

  it('names a body by its description: "the cantonal government", "the museum\'s board"', () => {
    expect(speakersOf('Ticino Air said it would appeal.', 'The cantonal government said it would publish guidance.').at(-1)).toEqual(['cantonal government', 'The cantonal government']);
    expect(speakersOf('Ola Berg has run the Fjordside Maritime Museum since 2011.', "The museum's board said it would name a successor in May.")).toEqual([
      ['Fjordside Maritime Museum board', "The museum's board"],
    ]);
  });

  it('finds "the centre" among the organisations named before', () => {
    expect(speakersOf('The Fjord Rescue Centre said it had taken 400 calls.', 'The centre urged drivers to stay off the coast road.').map(([s]) => s)).toEqual([
      'Fjord Rescue Centre',
      'Fjord Rescue Centre',
    ]);
  });

  it('ends what a relative clause reports where the main clause resumes', () => {
    const a = extract('Ole Brun, who had denied the theft, showed no emotion in the dock.');
    expect(a.statements.map((s) => s.text)).toEqual(['the theft']);
  });
});

describe('group subjects with prepositional phrases', () => {
  it('finds the group before the phrases that end right before the verb', () => {
    expect(speakersOf('Nurses at the Ashby maternity hospital warned that shifts were going unfilled.')).toEqual([['Nurses', 'Nurses']]);
    expect(speakersOf('Parents of pupils at the village school said the bus route was unsafe.')).toEqual([['Parents', 'Parents']]);
  });
});

describe('joint subjects (class 6)', () => {
  it('gives each speaker the statement, also after an adverb and with a role compound', () => {
    expect(speakersOf('Port chairman Alistair Gunn spoke.', 'Later Gunn and harbour master Fiona Lyle said they would publish a timetable.')).toEqual([
      ['Alistair Gunn', 'Gunn'],
      ['Fiona Lyle', 'harbour master Fiona Lyle'],
    ]);
  });

  it('gives "the two leaders" the pair that spoke jointly before', () => {
    expect(speakersOf('Mayors Ruth Lind and Ivo Strand said they had signed the transit pact.', 'Speaking at the ferry terminal on Monday, the two leaders insisted fares would not rise.').slice(2)).toEqual([
      ['Ruth Lind', 'the two leaders'],
      ['Ivo Strand', 'the two leaders'],
    ]);
  });
});

describe('quotes attributed across sentences and paragraphs (class 7)', () => {
  it('gives a cue-less quote to the speaker of the next sentence', () => {
    const a = extract('Sprinter Eli Okonkwo, 31, ran the third leg. "I have waited ten years for a medal." The 31-year-old added that she would decide after the summer.');
    expect(a.statements.map((s) => [s.speaker, s.type, s.text])).toEqual([
      ['Eli Okonkwo', 'direct', 'I have waited ten years for a medal'],
      ['Eli Okonkwo', 'indirect', 'she would decide after the summer'],
    ]);
  });

  it('gives a quote-only paragraph to an "added" cue opening the next paragraph', () => {
    const a = extract('Sprinter Eli Okonkwo, 31, ran the third leg.', '"I have waited ten years for a medal."', 'The 31-year-old added that she would decide after the summer.');
    expect(a.statements.map((s) => [s.speaker, s.type])).toEqual([
      ['Eli Okonkwo', 'direct'],
      ['Eli Okonkwo', 'indirect'],
    ]);
  });

  it('joins a quote left open at the end of a paragraph with its continuation', () => {
    const a = extract('"Every delay is a patient waiting," said Ingrid Sand. "We cannot keep apologising.', '"Some customers now travel to the mainland."');
    expect(a.statements.map((s) => [s.speaker, s.text])).toEqual([
      ['Ingrid Sand', 'Every delay is a patient waiting We cannot keep apologising Some customers now travel to the mainland'],
    ]);
  });
});

describe('organisations introduced by a description', () => {
  it('registers a name described by an organisation noun and resolves "the firm" / "the company" to it', () => {
    expect(speakersOf('Grid operator Voltena said that 9,000 homes were without power.', 'According to the company, 40 lines were down.')).toEqual([
      ['Voltena', 'Grid operator Voltena'],
      ['Voltena', 'the company'],
    ]);
    expect(speakersOf('Sales of heat pumps grew 12 percent, according to Brightmere Analytics, a market research firm.', 'The firm said growth would slow.').at(-1)).toEqual(['Brightmere Analytics', 'The firm']);
    expect(speakersOf('The town joined the Open Orchard Commons, a regional network of fruit growers, in May.', 'The network said it was "delighted."')).toEqual([['Open Orchard Commons', 'The network']]);
  });
});

describe('documents as speakers', () => {
  it('gives "the letter said" to whoever wrote the letter, and "the statement" to its issuer', () => {
    expect(speakersOf('In a letter to the board, chairwoman Edda Voss wrote that she would step down.', '"I have given this club twenty years," the letter said.').map(([s]) => s)).toEqual([
      'Edda Voss',
      'Edda Voss',
    ]);
    expect(speakersOf('Harlow Water said in a statement that supplies were safe.', 'Mayor Tim Rudd said he was relieved.', 'The statement added that testing would continue.').map(([s]) => s)).toEqual([
      'Harlow Water',
      'Tim Rudd',
      'Harlow Water',
    ]);
  });

  it('learns a role given after a leading adverb ("Ann Roe, currently the minister for sport,")', () => {
    expect(speakersOf('Premier Lars Holm named Ann Roe, currently the minister for sport, as his deputy.', '"I am honoured," the minister said.').at(-1)).toEqual(['Ann Roe', 'the minister']);
  });
});

describe('government bodies named by country', () => {
  it('writes "<Country>\'s ministry" and "the <demonym> ministry" as "<Demonym> Ministry"', () => {
    expect(canonicalOrgName("Denmark's foreign ministry")).toBe('Danish Foreign Ministry');
    expect(canonicalOrgName('the Polish defence ministry')).toBe('Polish Defence Ministry');
    expect(canonicalOrgName("Greece's Ministry of Finance")).toBe('Greek Ministry of Finance');
    expect(canonicalOrgName("Greece's largest bank")).toBe("Greece's largest bank");
    expect(canonicalOrgName('Harbourside Council')).toBe('Harbourside Council');
  });

  it('names the speaker that way in an article, also when referred to as "the ministry"', () => {
    expect(speakersOf("Austria's interior ministry said it had sent two helicopters.", 'The ministry later said they had landed.').map(([s]) => s)).toEqual([
      'Austrian Interior Ministry',
      'Austrian Interior Ministry',
    ]);
  });
});

describe('merging across articles', () => {
  it('prefers the full name in the article itself', () => {
    const a = extractArticle('One\n2022-01-18\nOmar Lindqvist said profits fell.', { fileName: 'a.txt' });
    const b = extractArticle('Two\n2022-01-18\nThe study was led by Sofia Lindqvist.\nLindqvist said the fish were back.', { fileName: 'b.txt' });
    expect(mergeSpeakersAcrossArticles([a, b])[1].statements[0].speaker).toBe('Sofia Lindqvist');
  });
});

describe('datelines, sentence-initial words and name shapes (third pass)', () => {
  it('keeps a wire dateline out of the speaker and the reported clause', () => {
    const a = extract('OSLO, Norway (Nordic Wire) - Fjell Bank will close 40 branches, the lender said on Tuesday.');
    expect(a.statements.map((s) => [s.speaker, s.text])).toEqual([['Fjell Bank', 'Fjell Bank will close 40 branches']]);
    const b = extract('PERTH (AAP) – Harbourline Ferries said fares would rise in July.');
    expect(b.statements.map((s) => [s.speaker, s.text])).toEqual([['Harbourline Ferries', 'fares would rise in July']]);
    const c = extract('NEW DELHI: Tata Motors said it would build a plant in Pune.');
    expect(c.statements[0].speaker).toBe('Tata Motors');
  });

  it('keeps a transcript label that repeats down the page', () => {
    const a = extract('Nadia Foss is a glaciologist.', 'FOSS: The ice is thinning faster than we thought.', 'Q: Why?', 'FOSS: Warmer water.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Nadia Foss', 'Nadia Foss']);
  });

  it('does not take a dictionary word opening a sentence for a person', () => {
    const a = extract(
      'Attendance was up by a third, festival director Mirela Cosma told reporters on Sunday, and she said it was "a record for the valley."',
    );
    expect(a.statements.map((s) => s.speaker)).toEqual(['Mirela Cosma', 'Mirela Cosma']);
    const b = extract('Raised on a sheep farm, Okonjo trained as a vet. His brother, Emeka Okonjo, runs the farm. He says he learned "patience from the ewes."');
    expect(b.statements.map((s) => s.speaker)).toEqual(['Emeka Okonjo']);
  });

  it('still reads a lone surname that speaks as a name', () => {
    expect(speakersOf('Baker said the bakery would reopen.')).toEqual([['Baker', 'Baker']]);
  });

  it('drops titles such as Council Member and Mayor-elect from the name', () => {
    expect(speakersOf('Council Member Dana Whitlock said the budget was unfair.')[0][0]).toBe('Dana Whitlock');
    expect(speakersOf('Mayor-elect Tobias Renn said his first act would be a housing audit.')[0][0]).toBe('Tobias Renn');
  });

  it('reads a name ending in a plural noun, or written after "the", as a team or firm', () => {
    const a = extract('The Harlow Kestrels lost again.', 'Their coach, Ines Marlow, said the side had been "careless at the breakdown."');
    expect(a.speakers['Harlow Kestrels']?.kind).not.toBe('person');
    expect(a.statements[0].speaker).toBe('Ines Marlow');
    const b = extract('Norrland Kitchen Appliances is recalling 9,000 kettles, the company said on Monday.', 'The Umeå-based company said customers should stop using them.');
    expect(b.statements.map((s) => s.speaker)).toEqual(['Norrland Kitchen Appliances', 'Norrland Kitchen Appliances']);
  });

  it('names a family as a group and a nationality anaphor without a stated nationality as the man just quoted', () => {
    expect(speakersOf('The Lindqvist family said in a statement that he died at home.')[0][0]).toBe('Lindqvist family');
    const a = extract('The fly-half, Owen Pritchard, kicked four penalties. "It was ugly," the Welshman said.');
    expect(a.statements[0].speaker).toBe('Owen Pritchard');
  });
});

describe('anaphors and short forms (third pass, continued)', () => {
  it('gives a sentence-opening pronoun to the one person the sentence before introduced', () => {
    const a = extract('Kurt Lange spoke first.', 'Among the callers was Mirjam Olsen, who runs the bakery. She said the detour had halved her trade.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Mirjam Olsen']);
  });

  it('keeps the pronoun with the previous sentence\'s speaker when that sentence names someone else too', () => {
    const a = extract('Anna Berg said nobody knew whether President Victor Hale would sign. She added that the vote was close.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('finds "the Swedish researcher" among people described by their country', () => {
    const a = extract('Lena Holm, a virologist at Sweden\'s Lund University, said the data was thin.', '"It is early," the Swedish researcher said.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Lena Holm', 'Lena Holm']);
  });

  it('gives "Police said" to the police force the article named', () => {
    const a = extract('Officer Ray Dunn of the Maple Falls Police Department said the road was closed.', 'Police said two people were hurt.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Ray Dunn', 'Maple Falls Police Department']);
  });

  it('expands an acronym to the name the article spells out', () => {
    const a = extract('The case was brought by the Cycling Anti-Doping Foundation, which tests riders.', 'The CADF said in a statement that the sample was valid.');
    expect(a.statements[0].speaker).toBe('Cycling Anti-Doping Foundation');
  });

  it('drops a quantifier from a named group', () => {
    expect(speakersOf('Drivers complained, and several Ferry Road residents said the noise was constant.')[0][0]).toBe('Ferry Road residents');
  });

  it('reads a bare surname shared by relatives as the one introduced first', () => {
    const a = extract('Rania Khoury opened the bakery in 2019.', 'Her sister, Dalia Khoury, keeps the books.', 'Khoury says the ovens run all night.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Rania Khoury']);
  });
});

describe('descriptions learned from relative clauses and kinds of body', () => {
  it('reads "the chair of ..." as the person who chairs it, even when named after', () => {
    const a = extract('Ferries must run on time, the chair of a county panel said on Monday.', 'Ruth Okoro, who chairs the county transport panel, spoke after the hearing.');
    expect(a.statements[0].speaker).toBe('Ruth Okoro');
  });

  it('finds "the union" among bodies named as an alliance or federation', () => {
    const a = extract('The Harbour Pilots Federation, which represents 300 pilots, called the strike.', 'Brenner Shipping said it would not negotiate.', 'The union said on Friday that most members had walked out.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Brenner Shipping', 'Harbour Pilots Federation']);
  });

  it('names nobody with a phrase cut at a "-based" adjective', () => {
    const a = extract('One Oslo-based trader, who asked not to be named, put it bluntly: "It is a fire sale."');
    expect(a.statements.filter((s) => s.speaker === 'One Oslo-based')).toEqual([]);
  });
});

describe('salience and ranks (third pass)', () => {
  it('hands the pronouns after "For <Name>," to that person', () => {
    const a = extract('Mia Kort beat Ana Vidal in the final. Vidal and Lina Berg said on Sunday they would rest.', 'For Kort, the win means a seeding. "I will enjoy this one," she said.');
    expect(a.statements.at(-1)?.speaker).toBe('Mia Kort');
  });

  it('reads "the governor" as the governor rather than a deputy governor named since', () => {
    const a = extract('Governor Elin Sand said rates would stay high.', 'Deputy Governor Karl Moe voted against, the bank said.', 'The governor added that inflation was falling.');
    expect(a.statements.at(-1)?.speaker).toBe('Elin Sand');
  });

  it('gives a relative clause cue to both joint antecedents', () => {
    const a = extract('Council members Jo Pike and Ravi Mehta, who voted against the plan, said the district had not studied alternatives.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Jo Pike', 'Ravi Mehta']);
  });

  it('trusts an honorific over pronouns the article uses near the name', () => {
    const a = extract('Ottoline Gray QC said Mr Shaw had spent his savings.', '‘It was planned,’ Miss Gray told the jury.', 'She said the defendant had lied.');
    expect(a.statements.at(-1)?.speaker).toBe('Ottoline Gray');
  });

  it('does not take a club named with "Atlético" or "Sporting" for a person', () => {
    const a = extract('Coach Jan Vos admitted he had feared the deal was dead when Sporting Maravilha turned down a bid.', '"I went home and told my wife we had lost him," he said.');
    expect(a.statements.at(-1)?.speaker).toBe('Jan Vos');
  });
});

describe('organisations named short and people named rarely (third pass)', () => {
  it('reads "the Commission" as the full name the article gave, and "the company" as the business', () => {
    const a = extract('The European Commission on Monday fined Tallvik Software for abusing its position.', 'The company said the Commission had ignored the facts.', 'The Commission said Tallvik must comply within 60 days.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Tallvik Software', 'European Commission']);
  });

  it('keeps a place word that is a surname after a first name', () => {
    expect(speakersOf('Officer Yesenia Park said the road was closed.')[0][0]).toBe('Yesenia Park');
    const a = extract('Residents of Hadley Avenue spoke first. Among them was Marisol Ortega, who has lived there for 31 years. She said trucks now pass at night.');
    expect(a.statements.at(-1)?.speaker).toBe('Marisol Ortega');
  });

  it('knows the gender of first names outside the curated lists when the name lists agree', () => {
    const a = extract('Adaeze Nwosu chairs the trust. Her deputy, Tomasz Wrona, disagreed.', '"We will appeal," she said.');
    expect(a.statements[0].speaker).toBe('Adaeze Nwosu');
  });

  it('leaves names the lists disagree on ("Andrea") to the article\'s own pronouns', () => {
    const a = extract('Andrea Colli, the club president, met the players. His deputy, Marta Sala, was there.', '"It was fair," he said.');
    expect(a.statements[0].speaker).toBe('Andrea Colli');
  });
});

describe('documents owned by an organisation (recall round 2)', () => {
  it('gives "According to the company\'s annual report filed with ..., ..." and a later "The filing said" to the company', () => {
    const got = speakersOf(
      'Halvard Shipping ASA posted a loss on Thursday.',
      "According to the company's annual report filed with the Oslo exchange on Thursday, freight volumes fell 4% in the year.",
      'The filing also said the company was in talks with two lenders about its debt.',
    );
    expect(got).toEqual([['Halvard Shipping ASA', "the company's"], ['Halvard Shipping ASA', 'The filing']]);
    expect(extract("According to Brenner Group's quarterly report, orders rose 9%.").statements.map((s) => [s.speaker, s.text])).toEqual([
      ['Brenner Group', 'orders rose 9%'],
    ]);
  });
});

describe('speakers named together and referred back to (recall round 2)', () => {
  it('gives "the companies" the two organisations the sentence or an earlier one names together', () => {
    expect(speakersOf(
      'Dutch insurer Larkfield Assurance NV and Lisbon-based Brenmoor Group SA will merge in a cash deal, the companies announced on Friday.',
      'The companies said they expected regulators to approve the deal by June.',
    )).toEqual([
      ['Larkfield Assurance NV', 'the companies'], ['Brenmoor Group SA', 'the companies'],
      ['Larkfield Assurance NV', 'The companies'], ['Brenmoor Group SA', 'The companies'],
    ]);
  });

  it('gives "Both" the two people the sentence before names', () => {
    expect(speakersOf(
      'The inquiry heard from Petra Lindahl, head of the Safe Roads charity, and Dr Omar Haddad, a road safety researcher.',
      'Both told the inquiry that the junction had been "an accident waiting to happen".',
    )).toEqual([['Petra Lindahl', 'Both'], ['Omar Haddad', 'Both']]);
  });

  it('leaves a single "the companies" without a pair unresolved, and "both" inside a clause alone', () => {
    expect(speakersOf('The companies said prices would rise.')).toEqual([]);
    expect(speakersOf('Mira Holt said both options were costly.')).toEqual([['Mira Holt', 'Mira Holt']]);
  });
});

describe('reports, agents and bodies named with a nationality (third pass)', () => {
  it('gives a report to the body that published it', () => {
    expect(speakersOf('A study by the Centre for Rail Safety warned that the signals were outdated.')).toEqual([['Centre for Rail Safety', 'A study']]);
  });

  it('reads "the Italian coast guard" as a body of its own, and "the German carmaker" as the company named before', () => {
    expect(speakersOf('The Italian coast guard said it had been told of the boat.')[0][0]).toBe('Italian coast guard');
    const a = extract('Hessler Motoren AG recalled 9,000 vans.', 'The German carmaker said the brakes could fail.');
    expect(a.statements.at(-1)?.speaker).toBe('Hessler Motoren AG');
  });

  it('reads an agent before a name and a relative clause before the cue', () => {
    expect(speakersOf('Estate agent Nora Kent, who has sold homes for 20 years, described the market as "frantic."')[0][0]).toBe('Nora Kent');
  });

  it('finds the organisation a name ends, and the person of a "whose" clause', () => {
    expect(speakersOf('The Oslo-based watchdog Nordic Consumer Forum called the fine "overdue."')[0][0]).toBe('Nordic Consumer Forum');
    expect(speakersOf('The complaint came from Lark Audio, whose founder Tove Lind told reporters on Monday that sales had halved.')[0][0]).toBe('Tove Lind');
  });

  it('starts a new report at "He said a ..." after a quote', () => {
    const a = extract('Agent Tom Roth described the week as "the busiest I have known." He said a flat he listed drew 40 bids.');
    expect(a.statements.map((s) => s.text)).toEqual(['the week as the busiest I have known', 'a flat he listed drew 40 bids']);
  });
});

describe('spellings, employers and titles with periods (third pass)', () => {
  it('reads a surname written without its umlaut, or with a letter dropped, as the same person', () => {
    const a = extract('Observer Katrin Möller said the count was slow.', 'Moeller said the commission must publish results.', 'Colonel Jan Wendt retired in 2019. Wend said the army was too small.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Katrin Möller', 'Katrin Möller', 'Jan Wendt']);
  });

  it('learns the employer named before a title and finds it as "the German carmaker"', () => {
    const a = extract('Brenntal Fahrzeugbau Chief Executive Uwe Hahn resigned on Tuesday, days after the German carmaker admitted that tests had been rigged.');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Brenntal Fahrzeugbau']);
  });

  it('drops a country\'s possessive before a proper name, and keeps "Dr." inside the phrase', () => {
    expect(speakersOf("Norway's Coastal Weather Service said winds would reach 90 km/h.")[0][0]).toBe('Coastal Weather Service');
    expect(speakersOf('Admissions rose by a fifth, according to Dr. Ines Varga, who runs the ward.')[0][0]).toBe('Ines Varga');
  });
});

describe('bodies named after a description (third pass)', () => {
  it('takes the acronym in an appositive as the body, and drops "-based NGO" from a name', () => {
    expect(speakersOf('The UN food agency, WFP, says stocks will run out in May.')[0][0]).toBe('WFP');
    const a = extract('The ship is run by Hamburg-based NGO Sea Lantern.', 'Sea Lantern called the delay "deliberate."');
    expect(a.statements[0].speaker).toBe('Sea Lantern');
  });

  it('reads a place word after a first name that is also a dictionary word as a surname', () => {
    expect(speakersOf('Board member Felicia Hall, who voted no, said the cut was "short-sighted."')[0][0]).toBe('Felicia Hall');
  });
});

describe('organisations with "of" and descriptions naming an employer (third pass)', () => {
  it('registers "X Museum of Y Art" as one organisation and finds it as "the museum"', () => {
    const a = extract('The show fills the basement of the Varde Museum of Modern Art.', 'The Varde Artists Guild said rents had doubled.', 'The museum announced that it would open two studios.');
    expect(a.statements.at(-1)?.speaker).toBe('Varde Museum of Modern Art');
  });

  it('matches "the <Company> executive" to the person whose role names the company', () => {
    const a = extract('Ruth Abara, chief executive of the charity Safe Play, gave evidence.', 'Tom Vik, head of safety at Chirpy, said the app checked ages.', '"We can do better," the Chirpy executive conceded.');
    expect(a.statements.at(-1)?.speaker).toBe('Tom Vik');
  });
});

describe('single names and possessive openers before a colon (third pass)', () => {
  it('reads a dictionary word with a description in apposition as a name', () => {
    expect(speakersOf('Amadou, a 19-year-old from Guinea, told reporters that the boat had left at night.')[0][0]).toBe('Amadou');
  });

  it('gives "Its chair, <Name>, put it bluntly:" to the named person', () => {
    const a = extract('The Varde Museum of Modern Art reopened.', 'Its chair, Ruth Pell, put it bluntly: "Half of us thought he was mad."');
    expect(a.statements.map((s) => s.speaker)).toEqual(['Ruth Pell']);
  });
});

describe('places after a description (third pass)', () => {
  it('does not take "a diplomat in Lusaka" for a person named Lusaka', () => {
    const a = extract('"Nobody wants a repeat," a Western diplomat in Harare said.');
    expect(a.statements.map((s) => [s.speaker, s.text])).toEqual([[null, 'Nobody wants a repeat']]);
  });
});

describe('American bylines of office (third pass)', () => {
  it('reads "State Sen. <Name>, D-Town, whose ..., said" as the senator, and strips an occupation before a listed first name', () => {
    expect(speakersOf('State Sen. Ruth Calder, D-Fresno, whose district includes the valley, said she would file a bill.')[0][0]).toBe('Ruth Calder');
    expect(speakersOf('The locker room was quiet. Linebacker Tyler Odom called the loss "embarrassing."')[0][0]).toBe('Tyler Odom');
  });
});

describe('states and capitals in names (third pass)', () => {
  it('reads a group named after a state as an organisation, and a capital after a first name as a surname', () => {
    expect(speakersOf('Clean Water Oregon called the permit "a disgrace."')[0][0]).toBe('Clean Water Oregon');
    expect(speakersOf('Senator Mark Washington said the bill would fail.')[0][0]).toBe('Mark Washington');
  });
});

describe('who clauses after a role and news agencies (third pass)', () => {
  it('gives "<Name>, chief executive of <Org>, who said" to the person', () => {
    expect(speakersOf('Next came Ola Berg, chief executive of the startup Lumo, who said sales had halved.')[0][0]).toBe('Ola Berg');
  });

  it('never reads "the team" as the news agency the article quotes from', () => {
    const a = extract('The Harlow Kestrels declined to comment.', 'Their agent, Ben Oduya, told The Associated Press that talks had stalled.', 'The team has said it will enforce the fines.');
    expect(a.statements.at(-1)?.speaker).toBe('Harlow Kestrels');
  });
});
