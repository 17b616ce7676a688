import { firstNameRecord, isEnglishWord } from './word-lists';
// Small general word lists the rules rely on. Nothing here names a particular person or article.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** How a speech verb takes its content. */
export type CueFrame =
  | 'clause' //  said (that) X / "X," she said
  | 'object' //  denied X, rejected X, expressed X
  | 'control' // urged X to Y, called on X to Y, asked X to Y
  | 'belief'; // believe/fear/think/hope: only with an explicit "that"

export interface CueLemma {
  lemma: string;
  frame: CueFrame;
  /** a particle the verb needs to count as speech ("call for", "speak about"); any of these */
  particles?: string[];
  /** the verb takes an addressee before its content ("told reporters that ...") */
  addressee?: boolean;
}

const CUE_LEMMAS: CueLemma[] = [
  ...[
    'say', 'add', 'state', 'claim', 'insist', 'argue', 'assert', 'note', 'explain', 'announce', 'declare',
    'confirm', 'admit', 'acknowledge', 'suggest', 'stress', 'emphasize', 'emphasise', 'reiterate', 'maintain',
    'predict', 'pledge', 'vow', 'write', 'reply', 'respond', 'answer', 'recall', 'reveal', 'concede',
    'allege', 'complain', 'boast', 'tweet', 'continue', 'conclude', 'observe', 'remark', 'caution', 'testify',
    'estimate', 'shout', 'mention', 'joke', 'recount', 'whisper', 'disclose', 'hint', 'counter', 'point', 'make', 'repeat',
  ].map((lemma): CueLemma => ({ lemma, frame: 'clause' })),
  ...['tell', 'assure', 'promise', 'remind', 'inform', 'warn', 'notify'].map(
    (lemma): CueLemma => ({ lemma, frame: 'clause', addressee: true }),
  ),
  ...['deny', 'reject', 'demand', 'express', 'voice', 'accuse', 'dismiss', 'describe', 'call', 'speak', 'rule', 'blame', 'question', 'praise', 'criticise', 'criticize', 'condemn']
    .map((lemma): CueLemma => ({ lemma, frame: 'object' })),
  ...['urge', 'encourage', 'invite', 'press', 'advise', 'ask'].map((lemma): CueLemma => ({ lemma, frame: 'control' })),
  // "Sweden offered to pay ...", "He forecast a return to growth": the content is the verb's object.
  ...['offer', 'forecast'].map((lemma): CueLemma => ({ lemma, frame: 'object' })),
  // "indicated that", "agreed that", "signalled that": with a plain object these mean something else.
  ...['believe', 'fear', 'think', 'hope', 'feel', 'maintain', 'contend', 'indicate', 'signal', 'agree'].map((lemma): CueLemma => ({ lemma, frame: 'belief' })),
];

/** Verbs that count as speech only with one of these particles right after them. */
const REQUIRED_PARTICLES: Record<string, string[]> = {
  speak: ['about', 'of', 'on'],
  rule: ['out'],
  press: ['for'],
  point: ['out'],
  make: ['clear'],
};

const IRREGULAR: Record<string, string[]> = {
  say: ['said', 'says', 'saying', 'say'],
  tell: ['told', 'tells', 'telling', 'tell'],
  write: ['wrote', 'writes', 'writing', 'write', 'written'],
  speak: ['spoke', 'speaks', 'speaking', 'speak', 'spoken'],
  think: ['thought', 'thinks', 'thinking', 'think'],
  feel: ['felt', 'feels', 'feel'],
  forecast: ['forecast', 'forecasts', 'forecasting', 'forecasted'],
  // Stressed on the last syllable, so the consonant doubles: "admitted", not "admited".
  admit: ['admitted', 'admits', 'admitting', 'admit'],
  make: ['made', 'makes', 'making', 'make'],
  signal: ['signalled', 'signaled', 'signals', 'signalling', 'signaling', 'signal'],
};

/** Control verbs that report speech only with a "to"-infinitive ("asked the council to ...", not "asked why"). */
export const NEEDS_INFINITIVE = new Set(['encourage', 'invite', 'advise', 'ask', 'offer']);

/** Verbs that count as speech only when quoted words follow ("called the trial “well designed”"). */
export const NEEDS_QUOTE = new Set(['call', 'praise', 'criticise', 'criticize', 'condemn']);

export type VerbForm = 'past' | 'present' | 'base' | 'ing';

function regularForms(lemma: string): Array<[string, VerbForm]> {
  const stem = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const consonantY = /[^aeiou]y$/.test(lemma);
  const doubled = /^(?:[^aeiou]*[aeiou][bdgmnprt])$/.test(lemma) && !/w$/.test(lemma) ? lemma + lemma.at(-1) : null;
  const past = consonantY ? lemma.slice(0, -1) + 'ied' : doubled ? doubled + 'ed' : stem + 'ed';
  const present = consonantY
    ? lemma.slice(0, -1) + 'ies'
    : /(s|sh|ch|x|z)$/.test(lemma)
      ? lemma + 'es'
      : lemma + 's';
  const ing = doubled ? doubled + 'ing' : lemma.endsWith('ee') ? lemma + 'ing' : stem + 'ing';
  return [
    [past, 'past'],
    [present, 'present'],
    [lemma, 'base'],
    [ing, 'ing'],
  ];
}

function formOf(word: string, lemma: string): VerbForm {
  if (word.endsWith('ing')) return 'ing';
  if (word === lemma) return 'base';
  if (word.endsWith('s') && !word.endsWith('ss')) return 'present';
  return 'past';
}

export interface CueWord extends CueLemma {
  form: VerbForm;
  particles: string[];
}

export const CUE_WORDS = new Map<string, CueWord>();
for (const entry of CUE_LEMMAS) {
  const particles = REQUIRED_PARTICLES[entry.lemma] ?? [];
  const forms: Array<[string, VerbForm]> = IRREGULAR[entry.lemma]
    ? IRREGULAR[entry.lemma].map((w) => [w, formOf(w, entry.lemma)])
    : regularForms(entry.lemma);
  for (const [word, rawForm] of forms) {
    // "He forecast a return to growth": a past tense written like the base form.
    const form = entry.lemma === 'forecast' && word === 'forecast' ? 'past' : rawForm;
    if (!CUE_WORDS.has(word)) CUE_WORDS.set(word, { ...entry, particles, form });
  }
}

/** Verbs glued to the next word in scraped text ("saidhe"): split them off. */
export const GLUE_VERBS = ['said', 'says', 'told', 'added'];
export const GLUE_TAILS = words('he she it they the that we there its his her this');

export const PRONOUNS = words('he she they it');
export const POSSESSIVE_PRONOUNS = words('his her its their');
export const RELATIVE_PRONOUNS = words('who which');

export const DETERMINERS = words('the a an this these those one another other some several many two three both');
export const INDEFINITE = words('a an one another some several many two three');

/** Function words that may be capitalised at a sentence start but never begin a name. */
export const STOP_CAPS = words(`
the a an and but or so yet however meanwhile also then still now this that these those it its there here
in on at by for from with without after before during while when where what which who whom whose why how
as if though although because since until unless once amid among between into over under about against
he she they we i you his her their our my your not no yes nor either neither both all each several many some most few one
`);

/** Words allowed right before a subject: the start of a clause. */
export const CLAUSE_OPENERS = words(`
and but or so yet then that which who whom whose as while when whereas although though because since if once
after before until where why how also however meanwhile instead still now later earlier indeed
`);

/** Subordinators whose clause ends at the next comma. */
export const SUBORDINATORS = words('as while although though because since if when whereas once after before until');

export const AUXILIARIES = words(`
has have had is are was were been be being did does do would 'd has've
`);
export const MODALS = words('will could may might shall should can must');
export const NEGATIONS = words("not never n't");

/** Adverbs and time words that can stand between a subject and its speech verb. */
/** Nouns of time after "last"/"this"/"next" in a fronted time phrase ("Last month the chairman said"). */
export const TIME_NOUNS = words('morning afternoon evening night week weekend month year summer winter spring autumn fall season term');

export const ADVERBS = words(`
also later previously repeatedly again then still already further openly once now reportedly publicly recently
subsequently initially originally separately earlier yesterday today tonight unanimously both all himself herself
itself themselves only just even first last bluntly simply quickly privately jointly formally immediately
morning afternoon evening night week month year weekend this next ago often long
`);

export const WEEKDAYS = words('monday tuesday wednesday thursday friday saturday sunday');
export const MONTHS = words(`
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
`);

export const PREPOSITIONS = words(`
at in on during after before with from to for via outside inside near ahead following through over under
about across behind beyond into onto upon within without amid among by
`);

/** Verbs after which "to" does not mean future intent ("appeared to suggest"). */
export const RAISING_VERBS = words('appeared appears seemed seems continued continues went proceeded hastened');

/** Lowercase words that can sit inside a speaker phrase: titles, roles, modifiers. */
export const ROLE_WORDS = words(`
president vice prime minister secretary general chancellor ambassador chief spokesman spokeswoman spokesperson
director governor senator judge coach manager captain mayor sheriff officer inspector sergeant detective
constable professor doctor dr chairman chairwoman chair ceo executive head leader commander lieutenant colonel
admiral attorney justice councillor councilman councilwoman representative premier deputy foreign defense defence
interior finance press senior former acting interim managing general assistant associate lead principal
undersecretary secretary-general editor founder owner analyst economist researcher scientist expert author
lawyer barrister solicitor prosecutor official diplomat negotiator adviser advisor aide envoy commissioner
minister-president striker winger midfielder defender goalkeeper player boss organiser organizer campaigner
activist resident neighbour neighbor teacher nurse student chef worker engineer engineering spokesman
health housing transport education opposition union party state regional local national federal military
top unnamed anonymous other prosecutor senior junior military fire police rail water environment environmental emergency
group company family mother father daughter son wife husband sister brother deputy-mayor mp lawmaker
veteran skipper fly-half scrum-half full-back flanker forward lock prop hooker centre
legislator congressman congresswoman whip treasurer clerk chairperson superintendent commissioner
king queen prince princess pope bishop archbishop rabbi imam cardinal
`);

/** Capitalised title words that precede a name but are not part of it. */
export const TITLE_WORDS = words(`
president vice prime minister secretary general chancellor ambassador chief spokesman spokeswoman director
governor senator sen judge coach manager captain mayor mayors sheriff officer inspector sergeant sgt detective
constable professor prof dr mr mrs ms miss sir dame lord lady chairman chairwoman chair ceo executive head
leader commander lieutenant lt colonel col general gen admiral attorney justice councillor councilman
representative rep premier deputy foreign defense defence interior finance federal state senior former acting
interim undersecretary opposition health housing transport education environment king queen prince princess
pope bishop archbishop cardinal rabbi imam father sister brother reverend rev gov supt superintendent
commissioner minister-president secretary-general first lady mp mep congressman congresswoman
striker winger midfielder defender goalkeeper player
member councilmember councilwoman councilor alderman alderwoman assemblyman assemblywoman assemblymember trustee
`);

/** Epithets that only ever refer back to someone already named ("the left-hander added"). */
export const EPITHETS = words('left-hander right-hander all-rounder front-runner');

/** Heads of person descriptions ("the German chancellor", "the 26-year-old", "the winger"), epithets included. */
export const PERSON_HEADS = words(`
agent broker realtor
president chancellor minister secretary ambassador chief spokesman spokeswoman spokesperson director governor
senator judge coach manager captain mayor sheriff officer inspector sergeant detective constable professor
doctor chairman chairwoman chair ceo executive head leader commander admiral attorney justice councillor
representative premier deputy undersecretary editor founder owner analyst economist researcher scientist
expert author lawyer barrister solicitor prosecutor official diplomat negotiator adviser advisor aide envoy
commissioner striker winger midfielder defender goalkeeper player boss organiser organizer campaigner
activist resident neighbour neighbor teacher nurse student chef worker engineer man woman person source
witness victim mother father daughter son wife husband pilot driver passenger customer fan supporter
superintendent treasurer clerk mp lawmaker legislator whip veteran skipper fly-half scrum-half full-back flanker
`);
for (const epithet of EPITHETS) PERSON_HEADS.add(epithet);

/** Synonyms between role heads, so "the head of NATO" finds "NATO chief". */
export const ROLE_SYNONYMS: string[][] = [
  ['head', 'chief', 'leader', 'boss', 'chair', 'chairman', 'chairwoman', 'secretary', 'general', 'director', 'president'],
  ['coach', 'manager', 'boss'],
  ['captain', 'skipper'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['premier', 'prime'],
  ['ceo', 'executive', 'chief'],
  ['minister', 'secretary'],
];

/** Plural heads that name a group of speakers ("Western diplomats", "NATO allies"). */
export const GROUP_HEADS = words(`
family officials diplomats ministers allies members leaders nations countries analysts experts residents fans players
lawyers prosecutors investigators protesters critics authorities sources scientists researchers economists
doctors nurses teachers workers unions parties governments states lawmakers legislators senators mayors
governors forecasters firefighters police officers campaigners activists groups companies banks regulators
observers inspectors negotiators representatives councillors voters families parents students executives
organisers organizers supporters opponents environmentalists airlines carriers shareholders investors
`);

/** Words that make a capitalised phrase an organisation. */
export const ORG_WORDS = words(`
department ministry office council committee commission agency house kremlin pentagon union bank court police
party government administration inc corp corporation company co ltd llc plc ag gmbh group association federation
league club fc university college school hospital institute foundation trust society service services authority
board bureau network airline airlines airways rail railway railways foods energy motors media news systems
technologies labs logistics logistik securities capital holdings partners alliance organisation organization
assembly parliament congress senate chamber cabinet coalition army navy force forces guard command centre center
commission tribunal council's fund programme program forum movement front watch
atlético atletico sporting dynamo dinamo athletic olympique
appliances industries pharmaceuticals dynamics solutions brands resources enterprises ventures studios electronics
communications properties
orchestra symphony philharmonic choir opera ballet theatre theater museum gallery library festival church cathedral
freight lines shipping haulage ferries cargo couriers construction industries pharmaceuticals pharma solutions brewery
brewing farms studios insurance telecom mining petroleum hotels resorts properties ventures enterprises manufacturing
chemicals electric electronics software entertainment healthcare dairy brothers
`);

/** Heads of organisation descriptions ("the company said", "the agency said"). */
export const ORG_HEADS = words(`
guard coastguard report filing submission study survey carmaker automaker chipmaker drugmaker planemaker steelmaker shipbuilder
company firm group maker manufacturer retailer bank lender club team council ministry department agency government
authority operator airline insurer carrier union party police court university hospital charity organisation
organization body regulator watchdog board commission committee service network chain brand supplier producer
developer startup business society association federation league alliance institute school trust foundation
office administration kremlin letter statement filing platform website district tracker centre center management
orchestra choir theatre theater museum gallery library festival church
military army navy embassy
`);

/** Documents that "say" what their author wrote ("the letter said", "the statement added"). */
export const DOCUMENT_NOUNS = words('letter statement report notice memo email post release filing submission note declaration message study survey testimony affidavit');

/** Regions and blocs spoken of as one speaker. */
export const COLLECTIVE_NAMES = words('west east europe');

export const COUNTRIES = new Set(
  `afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi
cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana
greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel
italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia
libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius
mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands
nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland portugal
qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan
suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan
tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe britain england
scotland wales`.split(/\s+/),
);

/** Multi-word and abbreviated country names, lowercased, to their canonical form. */
export const COUNTRY_ALIASES: Record<string, string> = {
  'us': 'United States', 'u.s.': 'United States', 'usa': 'United States', 'u.s.a.': 'United States',
  'united states': 'United States', 'united states of america': 'United States', 'america': 'United States',
  'uk': 'United Kingdom', 'u.k.': 'United Kingdom', 'united kingdom': 'United Kingdom',
  'south korea': 'South Korea', 'north korea': 'North Korea', 'south africa': 'South Africa',
  'new zealand': 'New Zealand', 'saudi arabia': 'Saudi Arabia', 'united arab emirates': 'United Arab Emirates',
  'czech republic': 'Czech Republic', 'sri lanka': 'Sri Lanka', 'costa rica': 'Costa Rica', 'el salvador': 'El Salvador',
};

/** Capitals used for their government ("Moscow says"). */
export const CAPITALS: Record<string, string> = {
  moscow: 'Russia', washington: 'United States', kyiv: 'Ukraine', kiev: 'Ukraine', beijing: 'China',
  tehran: 'Iran', pyongyang: 'North Korea', seoul: 'South Korea', tokyo: 'Japan', ankara: 'Turkey',
  warsaw: 'Poland', minsk: 'Belarus', paris: 'France', berlin: 'Germany', london: 'United Kingdom',
  rome: 'Italy', madrid: 'Spain', ottawa: 'Canada', canberra: 'Australia', 'new delhi': 'India',
  islamabad: 'Pakistan', damascus: 'Syria', baghdad: 'Iraq', riyadh: 'Saudi Arabia', cairo: 'Egypt',
  taipei: 'Taiwan', caracas: 'Venezuela', havana: 'Cuba', budapest: 'Hungary', vienna: 'Austria',
};

/** Adjectives of countries, for matching "the German chancellor" with a role or name. */
export const DEMONYMS: Record<string, string> = {
  german: 'germany', russian: 'russia', french: 'france', british: 'united kingdom', american: 'united states',
  ukrainian: 'ukraine', chinese: 'china', italian: 'italy', spanish: 'spain', polish: 'poland', dutch: 'netherlands',
  swedish: 'sweden', finnish: 'finland', turkish: 'turkey', japanese: 'japan', canadian: 'canada',
  australian: 'australia', indian: 'india', iranian: 'iran', israeli: 'israel', irish: 'ireland', swiss: 'switzerland',
  norwegian: 'norway', danish: 'denmark', icelandic: 'iceland', belgian: 'belgium', austrian: 'austria',
  portuguese: 'portugal', greek: 'greece', hungarian: 'hungary', czech: 'czechia', slovak: 'slovakia',
  romanian: 'romania', bulgarian: 'bulgaria', serbian: 'serbia', croatian: 'croatia', slovenian: 'slovenia',
  estonian: 'estonia', latvian: 'latvia', lithuanian: 'lithuania', belarusian: 'belarus', georgian: 'georgia',
  mexican: 'mexico', brazilian: 'brazil', argentine: 'argentina', chilean: 'chile', colombian: 'colombia',
  egyptian: 'egypt', nigerian: 'nigeria', kenyan: 'kenya', pakistani: 'pakistan', afghan: 'afghanistan',
  iraqi: 'iraq', syrian: 'syria', lebanese: 'lebanon', jordanian: 'jordan', saudi: 'saudi arabia',
  indonesian: 'indonesia', vietnamese: 'vietnam', thai: 'thailand', filipino: 'philippines',
};

/** Government bodies that news names by country ("Norway's interior ministry" = "Norwegian Interior Ministry"). */
/** Adjectives of nationality and their country, with the nations of the United Kingdom. */
export const NATIONALITY_ADJECTIVES: Record<string, string> = { ...DEMONYMS, welsh: 'wales', scottish: 'scotland', scots: 'scotland', english: 'england' };

/** Nouns for a person of a nationality ("the Dane", "the Brazilian") and their country. */
export const NATIONALITY_NOUNS: Record<string, string> = {
  dane: 'denmark', swede: 'sweden', finn: 'finland', pole: 'poland', scot: 'scotland', spaniard: 'spain', brit: 'united kingdom',
  frenchman: 'france', frenchwoman: 'france', dutchman: 'netherlands', dutchwoman: 'netherlands', englishman: 'england',
  englishwoman: 'england', welshman: 'wales', welshwoman: 'wales', irishman: 'ireland', irishwoman: 'ireland', turk: 'turkey',
  scotsman: 'scotland', scotswoman: 'scotland', kiwi: 'new zealand', aussie: 'australia', icelander: 'iceland',
  ...Object.fromEntries(Object.entries(DEMONYMS).filter(([adj]) => /(?:an|ese|i|ek|ech)$/.test(adj))),
};

export const GOVERNMENT_BODIES = words('ministry department government embassy parliament cabinet army navy office');

export const ABBREVIATIONS = words(`
mr mrs ms dr st jr sr gen lt col sgt capt gov sen rep rev prof inc corp ltd co no vs jan feb mar apr jun jul aug
sep sept oct nov dec u.s u.k u.n e.u a.m p.m etc approx est fig vol dept univ ave mt ft
`);

/** Adjectives of regions and politics that are capitalised but never a name ("Eastern European diplomat"). */
export const REGION_ADJECTIVES = words(`
european western eastern northern southern central african asian arab latin nordic baltic balkan pacific atlantic
soviet democratic republican conservative liberal socialist communist labour green greens christian muslim jewish
catholic protestant sunni shia kurdish palestinian
`);

/** Particles inside personal names ("Pieter van der Linde"). */
export const NAME_PARTICLES = words('van der de den von da di la le du bin al el ben ter');

/** Event, place and document words: a capitalised phrase ending in one is not a person. */
/** The American states, which end the names of many groups ("Reproductive Freedom Nevada", "Habitat for Humanity Ohio"). */
export const US_STATES = words(`
alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana
iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania rhode tennessee texas utah
vermont virginia washington wisconsin wyoming
`);

export const NON_PERSON_WORDS = words(`
act war peninsula sea ocean river lake mountain mountains street road avenue square bridge station airport
park hall stadium centre center day week year cup championship league games olympics treaty accord plan
summit conference talks pipeline stream island islands valley basin region province state county city town
village estate district crossing ferry award prize test festival row lane hotel restaurant church
`);

/** Letters written after a name that are not part of it ("Daniel Frost KC", "Graham Tull Jr."). */
export const POST_NOMINALS = words(`
kc qc jr sr phd md mp mep msp ms mla mbe obe cbe dbe kbe frs esq ii iii iv dphil mba
`);
/** A post-nominal token: "KC", "Jr.", "PhD" (but "Ms" only when written in capitals, "MS"). */
export function isPostNominal(text: string): boolean {
  const l = text.toLowerCase().replace(/\.$/, '');
  if (!POST_NOMINALS.has(l)) return false;
  if (l === 'ms' || l === 'ii' || l === 'iii' || l === 'iv') return text === text.toUpperCase() && text.length > 1;
  return true;
}

/** Vague plural heads: "officials said" is left unattributed; "Residents said" is a group speaker. */
export const VAGUE_GROUPS = words(`
officials sources experts analysts observers critics people others insiders authorities witnesses diplomats aides
some many several few most reports studies
`);

/** Common given names by gender, for "he"/"she" agreement. Names used for both (Alex, Jordan, Kim, Sam, Andrea) are left out. */
export const MALE_NAMES = words(`
aaron adam adrian ahmed alan alistair alasdair albert  alexander alfred ali amir andrew andy angus anthony antony arthur ben
benjamin bernard bill bob boris brian bruce callum calvin carl carlos charles charlie  christian christopher
colin connor craig dan daniel darren david dean dennis derek dev diego dmitri dominic donald douglas duncan
eddie edward emmanuel eric erik ethan evan felix fernando finn frank fred frederick gareth gary gavin geoff
geoffrey george gerald gordon graham grant greg gregory gustav hamish hans harold harry hassan hector henry
hugh hugo ian igor isaac ivan jack jacob jake james   jason javier jeff jeremy jim joe joel johan john
jonas jonathan  jorge jose joseph josh joshua juan julian justin kai karl keith kenneth kevin kieran
klaus kurt lars  leo leon liam louis luca lucas luis luke magnus malcolm marc marco marcus mario mark martin
matt matthew max michael miguel mike mohamed mohammed muhammad nathan neil nicholas nick nigel noah oliver
olaf omar oscar owen pablo patrick paul pedro peter philip phil pierre rafael ralph  raymond richard rick
rob robert roger roland ronald rory ross roy rupert russell ryan  samuel scott sean sebastian sergei simon
stefan stephen steve steven stuart ted terry theo thomas tim timothy tobias tom tommy tony trevor victor
vincent viktor vladimir walter wayne william xavier yusuf zach
`);
export const FEMALE_NAMES = words(`
abigail ada agnes aisha alice alicia alison amanda amelia amy ana anastasia  angela anita ann anna
annalena anne annette antonia astrid barbara beatrice beth bridget brenda camilla carla carmen carol caroline
catherine cecilia charlotte chloe christina christine claire clara claudia daisy  daniela deborah diana
diane donna dorothy eleanor elena elif elizabeth ella ellen elsa emily emma erin esther eva eve fatima fiona
florence frances freya gemma georgia gina grace greta hannah harriet hazel heather heidi helen helena ines
ingrid irene isabel isabella jade jane janet jennifer jessica jill joan joanna joanne josephine judith julia
julie karen karin katarina kate katherine kathleen katie kelly  kirsten laura lauren leah lena linda lisa
lotte louise lucy lydia maja margaret maria marie marina marion martha mary maya megan melanie mia michelle
miriam moira molly monica nadia naomi natalia natasha  nina nora olga olivia paula pauline petra phoebe
priya rachel rebecca rita rosa rose ruth sally samantha sandra sara sarah sharon sheila sofia sophia sophie
stella susan suzanne svetlana tanya teresa tessa tina ursula valerie vanessa vera veronica victoria viola
wendy yasmin yvonne zara zoe
`);

/** Sentence adverbs that are capitalised only because they open a sentence. */
export const SENTENCE_ADVERBS = words(`
today yesterday tonight instead later earlier last next meanwhile afterwards eventually recently currently
previously already overall ultimately additionally elsewhere nevertheless nonetheless moreover furthermore
likewise similarly otherwise perhaps finally separately initially
`);
SENTENCE_ADVERBS.delete('next');
for (const w of SENTENCE_ADVERBS) STOP_CAPS.add(w);

/** Occupations and descriptors written capitalised before a name ("Fisherman Kai Berg", "Councilmembers A and B"). */
export const DESCRIPTOR_SHAPE = /^(?:\p{Lu}[\p{Ll}-]{2,}(?:man|men|woman|women|er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents|member|members|ee|ees|ive|ives))$/u;

/** Nouns that give a person's gender when the article uses them of that person ("her son, Eli Berg"). */
export const MALE_NOUNS = words(`
  son father brother husband grandfather grandson uncle nephew man boy widower king prince
  chairman spokesman businessman sportsman congressman councilman fisherman
`);
export const FEMALE_NOUNS = words(`
  daughter mother sister wife grandmother granddaughter aunt niece woman girl widow queen princess
  chairwoman spokeswoman businesswoman sportswoman congresswoman councilwoman fisherwoman
`);
const MALE_PRONOUNS = words('he him his himself');
const FEMALE_PRONOUNS = words('she her hers herself');
export function genderOfPronoun(word: string): 'm' | 'f' | null {
  return MALE_PRONOUNS.has(word) ? 'm' : FEMALE_PRONOUNS.has(word) ? 'f' : null;
}

const namesGenders = new Map<string, 'm' | 'f' | null>();
/** A gender the name lists agree on: in the English list, or in two others; "Andrea" and "Eli" differ between them and stay unknown. */
function agreedGender(name: string, minSources: number): 'm' | 'f' | null {
  const found = firstNameRecord(name);
  if (!found || found.gender === 'x' || found.sources < minSources || (found.sources < 2 && !found.english)) return null;
  return found.gender;
}

/** A word the name lists hold as a first name, whatever gender they give it ("Tyler", "Andrea"). */
export function isListedFirstName(word: string): boolean {
  const found = firstNameRecord(word.toLowerCase());
  return !!found && (found.english || found.sources >= 2);
}

/** The gender of a first name in the curated lists above: names news writes often, and unambiguous. */
export function genderOfFirstName(word: string): 'm' | 'f' | null {
  const l = word.toLowerCase();
  if (MALE_NAMES.has(l)) return 'm';
  if (FEMALE_NAMES.has(l)) return 'f';
  return null;
}

/**
 * The usual gender of a first name in a large multilingual list: a guess ("Andrea", "Eli" go both ways),
 * to be used after what the article itself says. Dictionary words ("Will", "Park") are left out.
 */
export function guessGenderOfFirstName(word: string, asFirstName = false, minSources = 1): 'm' | 'f' | null {
  const l = word.toLowerCase();
  const key = `${asFirstName ? '^' : ''}${minSources}${l}`;
  let g = namesGenders.get(key);
  if (g === undefined) {
    // A word that is also a name ("Felicia", "Said") counts only where it stands as a first name, and when three lists agree.
    g = l.length > 2 ? agreedGender(l, isEnglishWord(l) ? (asFirstName ? Math.max(3, minSources) : Infinity) : minSources) : null;
    if (namesGenders.size > 20000) namesGenders.clear();
    namesGenders.set(key, g);
  }
  return g;
}
// The large lists also hold place and brand names ("Harlow", "Dallas", "Ashby", each in one list only) that would
// turn teams and towns into people: a name from them counts only when at least two languages' lists agree on it.
const knownFirstNames = new Map<string, boolean>();
export function isKnownFirstName(word: string): boolean {
  let known = knownFirstNames.get(word);
  if (known === undefined) {
    known = genderOfFirstName(word) !== null || guessGenderOfFirstName(word, false, 2) !== null;
    if (knownFirstNames.size > 20000) knownFirstNames.clear();
    knownFirstNames.set(word, known);
  }
  return known;
}
