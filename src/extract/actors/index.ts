/**
 * Actor mentions and in-document coreference, by rules of English news writing:
 *  - capitalised name runs, split into affiliation ("Iranian"), title ("Defense Minister") and name;
 *  - nominal references ("the Iranian minister", "a spokesman for the ministry", "senior officials");
 *  - pronouns resolved to the most salient compatible actor (subject of the nearest sentence first);
 *  - a definite description of a news role ("the billionaire") linked to the most salient person named before it.
 * Pure and linear in the number of tokens (the candidate searches are bounded).
 */
import type { Document, Token } from '../document';
import type { ActorFinding, ActorKind, MentionFinding, MentionKind, Span } from '../types';
import { TITLE_HEADS as LEX_TITLE_HEADS, GROUP_HEADS as LEX_GROUP_HEADS, TITLE_MODIFIERS as LEX_TITLE_MODIFIERS, MALE_TITLES as LEX_MALE_TITLES, FEMALE_TITLES as LEX_FEMALE_TITLES } from '../lexicon/titles';
import { PRONOUNS as LEX_PRONOUNS } from '../lexicon/pronouns';
import type { Gender } from '../lexicon/pronouns';
import { LOCATIONS as LEX_LOCATIONS, DEMONYMS as LEX_DEMONYMS, US_POSTAL } from '../lexicon/places';
import { ORG_WORDS as LEX_ORG_WORDS, KNOWN_ORGS as LEX_KNOWN_ORGS, GROUP_NAMES as LEX_GROUP_NAMES } from '../lexicon/organisations';
import { GIVEN_NAMES as LEX_GIVEN_NAMES, NAME_PARTICLES as LEX_NAME_PARTICLES, NON_NAME_CAPS as LEX_NON_NAME_CAPS, PARTY_ADJECTIVES as LEX_PARTY_ADJECTIVES, PEOPLE_ADJECTIVES as LEX_PEOPLE_ADJECTIVES, EVENT_NAME_HEADS as LEX_EVENT_NAME_HEADS } from '../lexicon/names';
import { CUE_FORMS as LEX_CUE_FORMS } from '../lexicon/reporting';
import { findQuotes, regionAt } from '../statements/quotes';


// local bindings: module imports compile to property reads in CommonJS, too slow in the token loops
const TITLE_HEADS = LEX_TITLE_HEADS;
const GROUP_HEADS = LEX_GROUP_HEADS;
const TITLE_MODIFIERS = LEX_TITLE_MODIFIERS;
const MALE_TITLES = LEX_MALE_TITLES;
const FEMALE_TITLES = LEX_FEMALE_TITLES;
const PRONOUNS = LEX_PRONOUNS;
const LOCATIONS = LEX_LOCATIONS;
const DEMONYMS = LEX_DEMONYMS;
const ORG_WORDS = LEX_ORG_WORDS;
const KNOWN_ORGS = LEX_KNOWN_ORGS;
const GROUP_NAMES = LEX_GROUP_NAMES;
const GIVEN_NAMES = LEX_GIVEN_NAMES;
const NAME_PARTICLES = LEX_NAME_PARTICLES;
const NON_NAME_CAPS = LEX_NON_NAME_CAPS;
const PARTY_ADJECTIVES = LEX_PARTY_ADJECTIVES;
const PEOPLE_ADJECTIVES = LEX_PEOPLE_ADJECTIVES;
const EVENT_NAME_HEADS = LEX_EVENT_NAME_HEADS;
const CUE_FORMS = LEX_CUE_FORMS;

interface Actor {
  name: string;
  kind: ActorKind;
  title: string | null;
  affiliation: string | null;
  gender: Gender | null;
  names: Set<string>;
  mentions: MentionFinding[];
  /** Lower-case name tokens (for surname matching). */
  nameTokens: string[];
  lastPos: number;
  /** Role nouns written before the name in lower case ("nominee" of "presidential nominee Jo Roe"). */
  roles: Set<string>;
  /** Party and state of a US politician's tag ("Rep. Jo Roe (R-Wis.)"): "republican", "Wisconsin". */
  party: string | null;
  state: string | null;
}

interface Mention {
  actor: Actor;
  span: Span;
  kind: MentionKind;
  sentence: number;
  /** Token index in the sentence (for salience ordering). */
  tok: number;
}

const UPPER = /^\p{Lu}/u;
const PARTICLE_NAME = /^(al|el|bin|ibn|abu)-\p{Lu}/u;
const POSSESSIVE = /['’]s$/;
/** A company's legal form after a possessive-looking name: "McDonald's Corp.", "Macy's Inc." are one name. */
const LEGAL_FORM = /^(Inc|Corp|Co|Cos|Ltd|LLC|PLC|plc|AG|SA|NV|GmbH|LP|LLP)\.?$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'another', 'one']);
const GROUP_QUANT = new Set(['the', 'some', 'many', 'most', 'several', 'other', 'few', 'two', 'three', 'four', 'five',
  'these', 'those', 'both', 'all', 'top', 'senior', 'local', 'numerous', 'various', 'more', 'fellow', 'our', 'their',
  'his', 'her', 'its', 'a', 'dozens', 'hundreds', 'thousands']);
/** Nouns that name a department or portfolio in an office ("Secretary of Health and Human Services"). */
const OFFICE_WORDS = new Set(['affairs', 'intelligence', 'treasury', 'agriculture', 'transportation', 'veterans', 'human',
  'services', 'housing', 'urban', 'development', 'staff', 'chiefs', 'joint', 'staffs', 'investigation', 'management',
  'budget', 'office', 'personnel', 'protection', 'environmental', 'environment', 'commerce', 'labor', 'labour', 'energy',
  'education', 'health', 'defense', 'defence', 'state', 'justice', 'interior', 'homeland', 'security', 'foreign',
  'finance', 'economy', 'trade', 'industry', 'culture', 'information', 'communications', 'transport', 'immigration',
  'police', 'public', 'works', 'war', 'navy', 'army', 'air', 'force', 'operations', 'policy', 'legal', 'counsel']);
/** Verbs that take a group as object ("make people …", "help families"), never modifiers of it. */
const OBJECT_VERBS = new Set(['make', 'makes', 'made', 'making', 'let', 'lets', 'help', 'helps', 'helped', 'helping', 'see',
  'sees', 'saw', 'seen', 'get', 'gets', 'got', 'getting', 'have', 'has', 'had', 'having', 'keep', 'keeps', 'kept', 'leave',
  'leaves', 'left', 'give', 'gives', 'gave', 'given', 'put', 'puts', 'bring', 'brings', 'brought', 'take', 'takes', 'took',
  'send', 'sends', 'sent', 'hurt', 'hurts', 'scare', 'scares', 'scared', 'allow', 'allows', 'allowed', 'force', 'forces',
  'forced', 'protect', 'protects', 'protected', 'kill', 'kills', 'killed', 'pay', 'pays', 'paid', 'hire', 'hires', 'hired',
  'meet', 'meets', 'met', 'join', 'joins', 'joined', 'attract', 'attracts', 'serve', 'serves', 'served', 'treat', 'treats',
  'lead', 'leads', 'led', 'win', 'wins', 'won', 'lose', 'loses', 'lost', 'reach', 'reaches', 'reached', 'include', 'includes',
  'included', 'including', 'among', 'than', 'like', 'are', 'were', 'is', 'was', 'be', 'been']);
/** Words that follow a sentence-initial name as its verb or a clause: "Kasich has …", "Kasich, who …". */
/** A US politician's party tag after the name: "(R-Wis.)", ", D-N.Y.,", "(I-VT)". */
const PARTY_TAG = /^\s*(?:\(|,\s*)(R|D|I)-([A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)\s*[),]/;
const PARTY_LETTERS: Record<string, string> = { R: 'republican', D: 'democrat', I: 'independent' };
/** Role nouns by which news refers back to a person it has named ("the candidate", "the billionaire"); offices are not among them. */
const DESCRIPTION_HEADS = new Set(['candidate', 'nominee', 'frontrunner', 'front-runner', 'hopeful', 'contender', 'challenger',
  'incumbent', 'businessman', 'businesswoman', 'billionaire', 'magnate', 'mogul', 'tycoon', 'star', 'actor', 'actress', 'singer',
  'rapper', 'host', 'anchor', 'columnist', 'commentator']);
/** Words after which a noun phrase opens a clause as its subject. */
const SUBJECT_OPENERS = new Set([',', '—', '–', ';', 'and', 'but', 'that', 'when', 'while', 'because', 'after', 'before', 'since', 'if',
  'though', 'although', 'once', 'until', 'where', '“', '"']);
/** Conjunctions that open a subordinate clause after the main clause ("… when the businessman said"). */
const SUBORDINATORS = new Set(['that', 'when', 'while', 'because', 'after', 'before', 'since', 'if', 'though', 'although', 'once', 'until', 'where', 'but']);
/** Words that open a noun's complement or a relative clause: "the candidate of their choice", "the nominee who …". */
const COMPLEMENT_OPENERS = new Set(['of', 'for', 'who', 'whom', 'whose', 'that', 'which', 'to']);
/** Of those, the trades: an office holder named with a title ("Sen. Jo Roe") is not called "the businessman". */
const TRADE_HEADS = new Set(['businessman', 'businesswoman', 'billionaire', 'magnate', 'mogul', 'tycoon', 'star', 'actor', 'actress',
  'singer', 'rapper', 'host', 'anchor', 'columnist', 'commentator']);
/** Words that open a fronted adverbial phrase or clause before a sentence's subject. */
const FRONTING = new Set(['in', 'at', 'on', 'after', 'before', 'during', 'despite', 'while', 'when', 'as', 'since', 'with', 'without',
  'following', 'although', 'though', 'because', 'if', 'unless', 'once', 'until', 'amid', 'unlike', 'like', 'asked', 'speaking',
  'according', 'whereas', 'whether', 'by', 'from', 'for', 'under', 'among', 'over', 'throughout', 'within', 'between', 'against']);
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady']);
/** Religions whose names do not end in "-ism". */
const CREEDS = new Set(['islam', 'christianity', 'sikhism', 'shinto', 'wicca']);
/** What an abbreviated title is called in full, so "the governor" finds "Gov. Jo Roe". */
const TITLE_ABBREVIATIONS = new Map<string, string[]>([
  ['gov', ['governor']], ['sen', ['senator', 'lawmaker']], ['rep', ['representative', 'congressman', 'congresswoman', 'lawmaker']],
  ['gen', ['general']], ['adm', ['admiral']], ['col', ['colonel']], ['capt', ['captain']], ['lt', ['lieutenant']],
  ['sgt', ['sergeant']], ['cmdr', ['commander']], ['maj', ['major']], ['pres', ['president']], ['sec', ['secretary']],
  ['amb', ['ambassador']], ['atty', ['attorney']], ['prof', ['professor']], ['supt', ['superintendent']],
  ['insp', ['inspector']], ['det', ['detective']], ['rev', ['reverend']], ['fr', ['father']],
]);

/** Whether a person's title has this head word, written out or abbreviated ("Gov." for "governor"). */
function titleHolds(title: string | null, head: string): boolean {
  if (!title) return false;
  for (const w of title.toLowerCase().split(/\s+/)) {
    const bare = w.replace(/\.$/, '');
    if (w === head || bare === head || (TITLE_ABBREVIATIONS.get(bare)?.includes(head) ?? false)) return true;
  }
  return false;
}

/** People in whose name advocacy groups speak ("Citizens for …", "Parents for …", "Veterans for …"). */
const CAUSE_PEOPLE = new Set(['citizens', 'students', 'parents', 'mothers', 'families', 'veterans', 'doctors', 'physicians',
  'nurses', 'scientists', 'women', 'taxpayers', 'christians', 'catholics', 'evangelicals', 'democrats', 'republicans',
  'conservatives', 'liberals', 'progressives', 'patriots', 'people', 'workers', 'teachers', 'lawyers']);
/** A lower-case past verb: where the complement of a title ends ("the chief of staff resigned"). */
const PAST_VERB = /^\p{Ll}+ed$/u;
/** Title heads that are also adjectives, heads only at the end of their phrase ("the general said", not "a major party"). */
const ADJECTIVE_HEADS = new Set(['major', 'general', 'chief', 'principal', 'private']);
const FINITE_AFTER_NAME = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might',
  'must', 'did', 'does', 'do', 'also', 'then', 'later', 'now', 'still', 'himself', 'herself', 'and', 'who', 'of', 'in',
  'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'not', 'never', 'just', 'only', 'first', 'once', 'won', 'lost',
  'led', 'ran', 'met', 'got', 'went', 'came', 'made', 'took', 'gave', 'left', 'kept', 'held', 'sent', 'spent', 'knew',
  'saw', 'spoke', 'began', 'became', 'stood', 'brought', 'paid', 'heard', 'rose', 'fell', 'chose', 'flew', 'hit', 'put']);
/** The words of FINITE_AFTER_NAME that are no verbs: a name before them need not be a subject. */
const NON_VERBS_AFTER_NAME = new Set(['and', 'who', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'with', 'by', 'as', 'first', 'once', 'himself', 'herself']);
/** Words after which a party word is a noun ("the Ohio Republican who …", "a Democrat and …"), not an adjective. */
const NOUN_FOLLOWERS = new Set(['who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'from', 'for',
  'with', 'to', 'by', 'as', 'is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must',
  'also', 'then', 'now', 'still', 'himself', 'herself', 'told', 'said', 'says', 'did', 'does', 'not', 'never']);
const STOP = new Set([...NON_NAME_CAPS].filter((w) => !['first', 'other'].includes(w)));

function normTok(w: string): string {
  return w.toLowerCase().replace(/^(al|el)-/, '').replace(/['’]s$/, '');
}

function isNameToken(tok: Token, first: boolean): boolean {
  const w = tok.text;
  const c = w.charCodeAt(0);
  if (c < 128) {
    if (c >= 97 && c <= 122) return (c === 97 || c === 98 || c === 101 || c === 105) && w.includes('-') && PARTICLE_NAME.test(w);
    if (c < 65 || c > 90) return false;
  } else if (!UPPER.test(w)) return false;
  const lower = w.toLowerCase().replace(/['’]s$/, '').replace(/\.$/, '');
  if (w.length === 1 && !first) return /^\p{Lu}$/u.test(w) && w !== 'I' && w !== 'A';
  const allCaps = w.length >= 2 && w === w.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(w);
  if ((STOP.has(lower) && !allCaps) || (first && CUE_FORMS.has(lower))) return false;
  if (w === 'I' || w === 'A' || /^(?:I|We|You|They|He|She|It|That|There|What|Who|Let|Here|Where)['’](?:m|ve|d|ll|re|s)$/.test(w)) return false;
  // compound adjectives and party labels: "Harvard-trained", "Ohio-based", "R-Ohio"
  if (/-(?:based|born|bred|trained|educated|led|backed|owned|run|funded|made|style|era|like|linked|allied|leaning|affiliated|controlled|dominated|sponsored|registered)$/i.test(w) || /^[RDI]-[A-Z]/.test(w)) return false;
  return true;
}

/** Words of four letters or more that title case leaves in lower case. */
const TITLE_CASE_LOWER = new Set(['with', 'from', 'into', 'over', 'about', 'than', 'that', 'this', 'upon', 'after', 'before', 'amid', 'says', 'said']);
/**
 * A headline in title case (or capitals): a first line, or a line with no closing full stop, none
 * ending in a colon; at least four capitalised words of four letters or more and no lower-case word
 * of that length but those in TITLE_CASE_LOWER.
 */
function isTitleCaseLine(toks: Token[], firstLine: boolean): boolean {
  // a headline has no closing full stop (unless it is the article's first line); a sentence of names
  // does ("Harbor Workers Union met in Portugal.")
  const last = toks[toks.length - 1]?.text ?? '';
  const beforeLast = toks[toks.length - 2]?.text ?? '';
  if (last === ':' || (!firstLine && (/^[.!]$/.test(last) || (/^["”’']$/.test(last) && /^[.!?]$/.test(beforeLast))))) return false;
  let caps = 0;
  for (const t of toks) {
    if (t.text.length < 4) continue;
    const c = t.text.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c > 127 && UPPER.test(t.text))) caps++;
    else if (((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t.text))) && !TITLE_CASE_LOWER.has(t.text)) return false;
  }
  return caps >= 4;
}

function tokenWord(t: Token): string {
  return t.text.replace(/['’]s$/, '');
}

export function findActors(doc: Document): ActorFinding[] {
  const text = doc.text;
  const actors: Actor[] = [];
  const mentions: Mention[] = [];
  const byName = new Map<string, Actor>();
  const persons: Actor[] = [];
  /** Persons by the last token of their name (surname matching stays bounded). */
  const personsByLast = new Map<string, Actor[]>();
  const indexPerson = (a: Actor): void => {
    const last = a.nameTokens[a.nameTokens.length - 1];
    if (last === undefined) return;
    const list = personsByLast.get(last) ?? [];
    if (!list.includes(a)) list.push(a);
    personsByLast.set(last, list);
  };

  const newActor = (name: string, kind: ActorKind, title: string | null, affiliation: string | null, gender: Gender | null, nameTokens: string[]): Actor => {
    const a: Actor = { name, kind, title, affiliation, gender, names: new Set([name]), mentions: [], nameTokens, lastPos: -1, roles: new Set(), party: null, state: null };
    actors.push(a);
    if (kind === 'PERSON') {
      persons.push(a);
      indexPerson(a);
    }
    return a;
  };
  const addMention = (a: Actor, span: Span, kind: MentionKind, sentence: number, tok: number, surface?: string): void => {
    a.mentions.push({ span, kind });
    a.lastPos = span[0];
    if (surface && kind !== 'PRONOUN') a.names.add(surface);
    mentions.push({ actor: a, span, kind, sentence, tok });
  };

  /** The person a (partial) name refers to: same full name, or a known person whose name ends with these tokens. */
  const endsWith = (n: string[], toks: string[]): boolean => {
    if (toks.length > n.length) return false;
    for (let i = 1; i <= toks.length; i++) if (n[n.length - i] !== toks[toks.length - i]) return false;
    return true;
  };
  const findPerson = (toks: string[]): Actor | null => {
    let best: Actor | null = null;
    for (const p of personsByLast.get(toks[toks.length - 1]) ?? []) {
      const n = p.nameTokens;
      if (n.length === toks.length && endsWith(n, toks)) return p;
      if (toks.length < n.length) {
        if (endsWith(n, toks) && (!best || p.lastPos > best.lastPos)) best = p;
      } else if (toks.length > n.length && n.length === 1 && toks[toks.length - 1] === n[0]) {
        // an earlier surname-only person now named in full
        if (!best || p.lastPos > best.lastPos) best = p;
      }
    }
    return best;
  };

  const frontedCache = new Map<number, number>();
  /** The sentence whose words are being read (a fronted phrase of its own is no bar to its subject). */
  let curSentence = -1;
  const quotes = findQuotes(doc);
  const quoteAt = (pos: number): number => regionAt(quotes, pos);
  /** Whether a sentence lies wholly inside one quotation. */
  const quotedSentence = (k: number): boolean => {
    const sent = doc.sentences[k];
    const r = regionAt(quotes, sent.tokens[0]?.start ?? sent.start);
    return r >= 0 && quotes[r].end >= (sent.tokens[sent.tokens.length - 1]?.end ?? sent.end);
  };

  // words written with a capital inside sentences (names, not sentence-initial capitals)
  const capsInside = new Set<string>();
  // words the document also writes in lower case: "Hate" opening a quotation is the word "hate"
  const lowerSeen = new Set<string>();
  // headlines in title case capitalise every word: there a capital is evidence of a name only for
  // words the body also capitalises inside its sentences (or known places, bodies, titles, given names)
  const firstPara = doc.sentences.filter((x) => x.paragraph === 0);
  const titleCase = doc.sentences.map((sent) => isTitleCaseLine(sent.tokens, sent.paragraph === 0 && firstPara.length === 1 && doc.paragraphs.length > 1));
  for (const sent of doc.sentences) {
    if (titleCase[sent.index]) continue;
    for (let i = 1; i < sent.tokens.length; i++) {
      const t = sent.tokens[i];
      const c = t.text.charCodeAt(0);
      if (c >= 97 && c <= 122) lowerSeen.add(t.text);
      if ((c >= 65 && c <= 90) || (c > 127 && UPPER.test(t.text))) {
        const pv = sent.tokens[i - 1].text;
        if (pv.length > 1 || !/^[“"‘'(\[—:.]$/.test(pv)) capsInside.add(normTok(t.text));
      }
    }
  }

  for (const sent of doc.sentences) {
    const toks = sent.tokens;
    curSentence = sent.index;
    const used = new Uint8Array(toks.length);
    const shortPara = toks.length <= 4 && !/[.!?"”]$/.test(text.slice(sent.start, sent.end));
    const headline = titleCase[sent.index];
    const nameOk = (t: Token): boolean => !headline || knownCapital(normTok(t.text).replace(/\.$/, ''));
    // ---- 1. capitalised name runs
    for (let i = 0; i < toks.length; i++) {
      // a quotation opens with a capital as a sentence does: “Together, we …”
      const initial = i === 0 || (i > 0 && /^[“"‘'(\[—:]$/.test(toks[i - 1].text));
      // a title that is also a verb of saying opens a sentence before a name: "Judge Ruth Hale said …"
      const titleFirst = initial && TITLE_HEADS.has(toks[i].text.toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(toks[i].text) && i + 1 < toks.length && toks[i].end === toks[i + 1].start - 1 && isNameToken(toks[i + 1], false);
      if (!(titleFirst || isNameToken(toks[i], initial)) || !nameOk(toks[i])) continue;
      let j = i;
      while (j + 1 < toks.length && (!POSSESSIVE.test(toks[j].text) || LEGAL_FORM.test(toks[j + 1].text))) {
        const nx = toks[j + 1];
        if (isNameToken(nx, false) && nameOk(nx) && toks[j].end === nx.start - 1) { j++; continue; }
        // particles and "of" inside names: "Ahmad bin Salman", "Department of State"
        const lw = nx.text.toLowerCase();
        // one or two particles: "van der Berg", "bin Khalid"
        if (NAME_PARTICLES.has(lw) && j + 3 < toks.length && NAME_PARTICLES.has(toks[j + 2].text.toLowerCase()) && isNameToken(toks[j + 3], false)) {
          j += 3;
          continue;
        }
        if (j + 2 < toks.length && isNameToken(toks[j + 2], false) && (NAME_PARTICLES.has(lw) || ((lw === 'of' || lw === 'for') && (ORG_WORDS.has(toks[j].text.toLowerCase()) || TITLE_HEADS.has(toks[j].text.toLowerCase()))) || (lw === 'for' && j === i && advocacyOpener(toks[j], initial) && !GIVEN_NAMES.has(normTok(toks[j + 2].text)) && !findPerson([normTok(toks[j + 2].text)]))
          // "Citizens for Responsibility and Ethics": the name of such a group goes on over "and"
          // unless another such name follows: "Canvassing for Change and Citizens for Clean Air"
          || (lw === 'and' && toks.slice(i, j).some((t) => t.text === 'for') && toks[j + 3]?.text !== 'for'))) {
          j += 2;
          continue;
        }
        break;
      }
      const run = toks.slice(i, j + 1);
      const startTok = i;
      i = j;
      const nextW = toks[j + 1]?.text ?? '';
      if (!POSSESSIVE.test(toks[j].text) && (GROUP_HEADS.has(nextW) || TITLE_HEADS.has(nextW)) && !/^\p{Lu}/u.test(nextW)) continue;
      if (shortPara && run.length === toks.length) continue; // a bare section heading
      // a sentence's or a quotation's first word the text also writes in lower case is that word
      // ("Hate destroys …", "Critics said …"); a group head among them is read as a nominal below
      if (initial && run.length === 1) {
        const w = normTok(run[0].text);
        if (!capsInside.has(w) && !personsByLast.has(w) && !GIVEN_NAMES.has(w)) {
          if (lowerSeen.has(w) || GROUP_HEADS.has(w) || TITLE_HEADS.has(w)) continue;
          // a capital only because it opens the sentence, before the noun it modifies: "Abortion rights
          // advocates said", "Hate destroys"; a name is followed by its verb ("Kasich said") or punctuation
          const nx = toks[startTok + 1];
          if (nx && /^\p{Ll}/u.test(nx.text) && !CUE_FORMS.has(nx.text) && !FINITE_AFTER_NAME.has(nx.text) && !/ed$/.test(nx.text)) continue;
        }
      }
      analyseRun(run, sent.index, startTok, initial);
      for (let k = startTok; k <= j; k++) used[k] = 1;
    }

    // ---- 2. nominals and groups ("the Iranian minister", "senior officials", "a spokesman for the ministry")
    for (let i = 0; i < toks.length; i++) {
      if (used[i]) continue;
      const tx = toks[i].text;
      if (tx.length < 3 || tx.charCodeAt(0) < 65) continue;
      const lw = tx.toLowerCase();
      const head = lw.endsWith('.') ? lw.slice(0, -1) : lw;
      const isGroup = GROUP_HEADS.has(head);
      if (!isGroup && !TITLE_HEADS.has(head)) continue;
      const isTitle = !isGroup && !UPPER.test(toks[i].text.slice(1) || 'x');
      if (!isTitle && !isGroup) continue;
      // "the billionaire businessman": a role noun before another one modifies it
      if (i + 1 < toks.length && TITLE_HEADS.has(toks[i + 1].text) && !isGroup) continue;
      // "a major U.S. regulator", "the general public", "a chief concern": an adjective before its noun
      if ((ADJECTIVE_HEADS.has(head) || TITLE_MODIFIERS.has(head)) && i + 1 < toks.length && /^[\p{L}]/u.test(toks[i + 1].text)) {
        const nx = toks[i + 1].text;
        const nl = nx.toLowerCase();
        if (/^\p{Lu}/u.test(nx) || (!CUE_FORMS.has(nl) && !FINITE_AFTER_NAME.has(nl) && !PRONOUNS.has(nl) && !/^(ed|who|whom|whose|that|which)$/.test(nl) && !nl.endsWith('ed'))) continue;
      }
      // walk left over modifiers to a determiner
      let s = i;
      let affiliation: string | null = null;
      let det: string | null = null;
      let mods = 0;
      while (s - 1 >= 0 && mods < 4) {
        const w = toks[s - 1].text.toLowerCase();
        if (isGroup ? GROUP_QUANT.has(w) : DETERMINERS.has(w)) { det = w; s--; break; }
        if (DEMONYMS.has(w) || LOCATIONS.has(w)) { affiliation = DEMONYMS.get(w) ?? LOCATIONS.get(w) ?? null; s--; mods++; continue; }
        // another head noun ends the phrase: "Clinton's right-hand woman rallied supporters"
        // (a head right before this one modifies it: "the billionaire businessman", "a campaign aide")
        if (TITLE_HEADS.has(w) && !TITLE_MODIFIERS.has(w) && !(s === i && !isGroup)) break;
        // a verb before its object is not a modifier: "make people angry", "helps families"
        if (OBJECT_VERBS.has(w)) break;
        // a past verb after its subject is not a modifier: "the woman rallied supporters"
        if (w.endsWith('ed') && s - 2 >= 0) {
          const pw = toks[s - 2].text;
          const pl = pw.toLowerCase();
          if (TITLE_HEADS.has(pl) || GROUP_HEADS.has(pl) || PRONOUNS.has(pl) || /^\p{Lu}/u.test(pw) && s - 2 > 0) break;
        }
        if (TITLE_MODIFIERS.has(w) || (/^[\p{L}\-]+$/u.test(w) && !STOP.has(w) && !CUE_FORMS.has(w) && !PRONOUNS.has(w))) { s--; mods++; continue; }
        break;
      }
      if (isTitle && !det) continue; // a bare singular noun is not a reference
      if (isGroup && !det && mods === 0 && !(i === 0 || /^[,;:—(]$/.test(toks[i - 1]?.text ?? ''))) continue;
      if (s < i && used[s]) continue;
      // "a spokesman for the ministry": keep the "for/of NP" complement
      let e = i;
      if (isTitle && i + 2 < toks.length && ['for', 'of', 'at', 'with'].includes(toks[i + 1].text.toLowerCase())) {
        let k = i + 2;
        if (DETERMINERS.has(toks[k].text.toLowerCase()) || toks[k].text.toLowerCase() === 'his' || toks[k].text.toLowerCase() === 'her') k++;
        let last = -1;
        while (k < toks.length && k <= i + 6 && /^[\p{L}\p{N}.'’\-&]+$/u.test(toks[k].text) && /[\p{L}\p{N}]/u.test(toks[k].text) && !STOP.has(toks[k].text.toLowerCase()) && !CUE_FORMS.has(toks[k].text.toLowerCase()) && !(PAST_VERB.test(toks[k].text) && !DETERMINERS.has(toks[k - 1].text.toLowerCase())) && !FINITE_AFTER_NAME.has(toks[k].text)) { last = k; k++; }
        if (last >= 0) e = last;
      }
      const span: Span = [toks[s].start, toks[e].end];
      const surface = text.slice(span[0], span[1]);
      for (let k = s; k <= e; k++) used[k] = 1;
      if (isGroup) {
        const key = 'G:' + surface.toLowerCase().replace(/^(the|some|many|several|other|these|those|both|all)\s+/, '');
        let a = byName.get(key);
        if (!a) {
          a = newActor(surface.replace(/^(The|the)\s+/, ''), 'GROUP', null, affiliation, 'P', []);
          byName.set(key, a);
        }
        addMention(a, span, 'NOMINAL', sent.index, s, surface);
        continue;
      }
      // singular nominal: corefer to the person holding that title
      let target: Actor | null = null;
      let bestScore = -1;
      if (det === 'the' || det === 'this' || det === 'that') {
        for (let pi = persons.length - 1; pi >= 0 && pi >= persons.length - 100; pi--) {
          const p = persons[pi];
          if (!titleHolds(p.title, head) && !p.roles.has(head)) continue;
          if (affiliation && p.affiliation && p.affiliation !== affiliation) continue;
          const score = (affiliation && p.affiliation === affiliation ? 2 : 0) + p.lastPos / 1e9;
          if (score > bestScore) { bestScore = score; target = p; }
        }
      }
      if (!target) {
        const key = 'N:' + surface.toLowerCase().replace(/^(a|an|the|this|that|another|one)\s+/, '');
        target = byName.get(key) ?? null;
        // "Jo Roe toured the mill. The billionaire said …": a definite description of a role the news
        // gives a person already named (candidate, businessman, host) is that person, the most salient
        // one of the sentences before, where it opens a clause and no name or complement follows it
        if (!target && det === 'the' && e === i && DESCRIPTION_HEADS.has(head) && subjectSlot(toks, s, e) && !/\b(other|another|rival|fellow)\b/i.test(surface)) {
          const party = /\b(republican|gop)\b/i.test(surface) ? 'republican' : /\bdemocrat(ic)?\b/i.test(surface) ? 'democrat' : null;
          const g: Gender | null = MALE_TITLES.has(head) ? 'M' : FEMALE_TITLES.has(head) ? 'F' : null;
          const trade = TRADE_HEADS.has(head);
          target = salientPerson(sent.index, toks[s].start, (p) => (!g || !p.gender || p.gender === g) && !(trade && officeHolder(p)) && (!party || !p.party || p.party === party) && (!affiliation || !p.affiliation || p.affiliation === affiliation), SUBORDINATORS.has(toks[s - 1]?.text.toLowerCase() ?? ''));
          if (target) target.roles.add(head);
        }
        if (!target) {
          target = newActor(surface.replace(/^(The|the)\s+/, 'the '), 'PERSON', head, affiliation, null, []);
          byName.set(key, target);
        }
      }
      addMention(target, span, 'NOMINAL', sent.index, s, surface);
    }

    // ---- 3. pronouns
    for (let i = 0; i < toks.length; i++) {
      const tx = toks[i].text;
      if (tx.length > 10 || tx.length < 2) continue;
      const g = PRONOUNS.get(tx.toLowerCase());
      const lw = tx.toLowerCase();
      if (!g) continue;
      const a = resolvePronoun(lw, g, sent.index, i, toks[i].start);
      if (a) addMention(a, [toks[i].start, toks[i].end], 'PRONOUN', sent.index, i);
    }
  }

  function analyseRun(run: Token[], sentence: number, tok0: number, initial: boolean): void {
    let k = 0;
    let affiliation: string | null = null;
    // leading affiliation: "Iranian Defense Minister …", "US National Security Adviser …"
    while (k < run.length - 1 && (DEMONYMS.has(run[k].text.toLowerCase()) || (LOCATIONS.has(run[k].text.toLowerCase()) && run.length > 2))) {
      affiliation = DEMONYMS.get(run[k].text.toLowerCase()) ?? LOCATIONS.get(run[k].text.toLowerCase()) ?? null;
      k++;
    }
    // title: up to the last title head that is followed by a name
    let lastHead = -1;
    for (let t = k; t < run.length - 1; t++) {
      const w = run[t].text.toLowerCase();
      if (TITLE_HEADS.has(w) || TITLE_HEADS.has(w.replace(/\.$/, ''))) lastHead = t;
      else if (!TITLE_MODIFIERS.has(w) && !ORG_WORDS.has(w) && !['of', 'for', 'and'].includes(w) && lastHead < 0 && t > k + 2) break;
    }
    // an office named with "of"/"for" belongs to the title: "Secretary of State John Kerry",
    // "Director of National Intelligence", "Minister for Foreign Affairs"
    let officeEnd = -1;
    if (lastHead >= 0 || (k < run.length - 2 && TITLE_HEADS.has(run[k].text.toLowerCase()))) {
      let h = lastHead >= 0 ? lastHead : k;
      while (h + 2 < run.length && /^(of|for)$/.test(run[h + 1].text.toLowerCase())) {
        let u = h + 2;
        if (run[u].text.toLowerCase() === 'the' && u + 1 < run.length) u++;
        const u0 = u;
        while (u < run.length && isOfficeWord(run[u].text.toLowerCase())) u++;
        if (u === u0) break;
        h = u - 1;
        officeEnd = h;
        if (u < run.length && TITLE_HEADS.has(run[u].text.toLowerCase()) && u + 1 < run.length && /^(of|for)$/.test(run[u + 1].text.toLowerCase())) h = u;
      }
    }
    // a title with "for"/"of" and a place or body to the end of the run is an office too, never a name that
    // opens with "for": "the MP for Hull North", "Commissioner for Wales"
    if (officeEnd < 0 && lastHead >= 0 && lastHead + 2 < run.length && run.length - lastHead <= 5 && /^(of|for)$/.test(run[lastHead + 1].text) && !run.slice(lastHead + 2).some((t) => GIVEN_NAMES.has(normTok(t.text)))) officeEnd = run.length - 1;
    if (officeEnd >= 0) {
      const office = run.slice(k, officeEnd + 1).map((t) => t.text).join(' ');
      if (officeEnd === run.length - 1) {
        // the office alone: the person who holds it, else an actor named by the office
        const holder = latestPerson((p) => p.title?.toLowerCase() === office.toLowerCase());
        const a = holder ?? newActor(office, 'PERSON', office, affiliation, null, []);
        addMention(a, [run[0].start, run[run.length - 1].end], 'TITLE', sentence, tok0, office);
        return;
      }
      lastHead = officeEnd;
    }
    const wholeLower = run.map((t) => tokenWord(t).toLowerCase());
    const isOrgRun = wholeLower.some((w, idx) => ORG_WORDS.has(w) && idx > 0) || (wholeLower.length === 1 && (KNOWN_ORGS.has(wholeLower[0]) || ORG_WORDS.has(wholeLower[0]) && false));
    let title: string | null = null;
    let gender: Gender | null = null;
    let nameStart = k;
    if (lastHead >= 0 && (!isOrgRun || officeEnd >= 0)) {
      title = run.slice(k, lastHead + 1).map((t) => t.text).join(' ');
      for (let t = k; t <= lastHead; t++) {
        const w = run[t].text.toLowerCase();
        if (MALE_TITLES.has(w)) gender = 'M';
        if (FEMALE_TITLES.has(w)) gender = 'F';
      }
      nameStart = lastHead + 1;
    } else if (lastHead >= 0 && isOrgRun) {
      // "Republican National Committee Chairman X": the organisation word precedes the title head
      const orgIdx = wholeLower.findIndex((w, idx) => idx > 0 && ORG_WORDS.has(w));
      if (orgIdx < lastHead && !wholeLower.slice(lastHead + 1).some((w) => ORG_WORDS.has(w))) {
        title = run.slice(k, lastHead + 1).map((t) => t.text).join(' ');
        nameStart = lastHead + 1;
      } else {
        nameStart = 0;
        affiliation = null;
      }
    } else {
      nameStart = k > 0 && run.length - k >= 1 ? k : 0;
      if (nameStart > 0 && !isPersonLike(run.slice(nameStart))) { nameStart = 0; affiliation = null; }
    }
    let nameToks = run.slice(nameStart);
    // "Nevada Democratic caucuses", "the Republican race": a party adjective modifies what follows
    const lastTok = nameToks[nameToks.length - 1];
    if (!title && lastTok && PARTY_ADJECTIVES.has(lastTok.text.toLowerCase())) {
      const partyNext = /^ (\p{Ll}+)/u.exec(text.slice(lastTok.end, lastTok.end + 30));
      if (partyNext && !CUE_FORMS.has(partyNext[1]) && !/(ed|wants|needs|thinks|hopes|plans)$/.test(partyNext[1]) && !NOUN_FOLLOWERS.has(partyNext[1])) nameToks = nameToks.slice(0, -1);
    }
    if (nameToks.length === 0) return;
    const start = nameToks[0].start;
    const last = nameToks[nameToks.length - 1];
    const end = last.start + tokenWord(last).length;
    const name = text.slice(start, end);
    const full: Span = [run[0].start, end];
    const lowers = nameToks.map((t) => normTok(t.text));
    const joined = lowers.join(' ');
    // classify
    let kind: ActorKind;
    const locName = LOCATIONS.get(name.toLowerCase()) ?? LOCATIONS.get(joined);
    const lowerName = name.toLowerCase();
    // a transcript's or a headline's capitals: "TAPPER:" is Jake Tapper once he has been named
    const capsPerson = !title && nameToks.length === 1 && name.length > 2 && name === name.toUpperCase() ? findPerson(lowers) : null;
    if (capsPerson) {
      addMention(capsPerson, full, 'NAME', sentence, tok0, name);
      return;
    }
    // a bare capitalised title ("Governor, do you agree?") addresses the person who holds it, or no one
    if (!title && nameToks.length === 1 && TITLE_HEADS.has(lowers[0])) {
      const holder = latestPerson((p) => titleHolds(p.title, lowers[0]));
      if (holder) addMention(holder, full, 'TITLE', sentence, tok0, name);
      return;
    }
    // "Fresno, Calif.", "Dayton, Ohio": a place named with its state or country
    const placeAfter = !title && nameToks.length <= 2 && !locName ? /^,\s+([\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)/u.exec(text.slice(end, end + 24)) : null;
    const placeWithState = !!placeAfter && LOCATIONS.has(placeAfter[1].toLowerCase()) && !GIVEN_NAMES.has(lowers[0]) && !findPerson(lowers);
    if (title) kind = 'PERSON';
    else if (placeWithState) kind = 'LOCATION';
    else if (nameToks.some((t) => t.text === 'for')) kind = 'ORGANIZATION'; // "Americans for Prosperity"; no person's name holds "for"
    else if (nameToks.some((t, idx) => ORG_WORDS.has(tokenWord(t).toLowerCase()) && (idx > 0 || nameToks.length === 1 && false)) || KNOWN_ORGS.has(lowerName) || (/^[\p{Lu}&.\-]{2,6}$/u.test(name) && !locName)) kind = 'ORGANIZATION';
    else if (locName) kind = 'LOCATION';
    else if (GROUP_NAMES.has(lowerName) || (lowers[lowers.length - 1].endsWith('s') && (GROUP_NAMES.has(lowers[lowers.length - 1]) || DEMONYMS.has(lowers[lowers.length - 1].slice(0, -1)) || PEOPLE_ADJECTIVES.has(lowers[lowers.length - 1].slice(0, -1))))) kind = 'GROUP'; // "House Democrats", "Young Americans"
    else if (DEMONYMS.has(lowerName) || PEOPLE_ADJECTIVES.has(lowerName)) return; // a demonym alone is not an actor
    // "an old Central European expression", "Latin American markets": a people adjective before its noun
    else if (nameToks.length >= 2 && (DEMONYMS.has(lowers[lowers.length - 1]) || PEOPLE_ADJECTIVES.has(lowers[lowers.length - 1])) && /^ \p{Ll}/u.test(text.slice(end, end + 2))) return;
    else if (nameToks.length === 1 && (/\p{L}{3}ism$/u.test(lowerName) || CREEDS.has(lowerName))) return; // "Judaism", "Trumpism", "Islam": a creed, not an actor
    else if (nameToks.length >= 2 && EVENT_NAME_HEADS.has(lowers[lowers.length - 1])) return; // "the Islamic Revolution"
    else if (GIVEN_NAMES.has(lowers[0]) || (nameToks.length >= 2 && nameToks.length <= 4 && !/^(the|a|an)$/i.test(prevWord(run[0])))) kind = 'PERSON';
    else if (nameToks.length >= 2 && (PARTY_ADJECTIVES.has(lowers[lowers.length - 1]) || lowers[lowers.length - 1] === 'democrat')) {
      // "the Wisconsin Republican": the politician whose party tag says so ("Rep. Jo Roe (R-Wis.)")
      // or, when no tag says so, the most salient person named before, of no other known party or state
      const party = lowers[lowers.length - 1].replace(/ic$/, '');
      const place = LOCATIONS.get(lowers.slice(0, -1).join(' ')) ?? null;
      // a comma just before ("Jo Roe, the Ohio Republican,") sets it in apposition to a name
      const comma = text.lastIndexOf(',', run[0].start);
      const inApposition = comma >= run[0].start - 8 && appositive(comma);
      const member = prevWord(run[0]).toLowerCase() === 'the' ? partyMember(lowers)
        ?? (quoteAt(run[0].start) < 0 && !inApposition ? salientPerson(sentence, run[0].start, (p) => (!p.party || p.party === party) && (!place || !p.state || p.state === place)) ?? undefined : undefined) : undefined;
      if (member) {
        addMention(member, [run[0].start, end], 'NOMINAL', sentence, tok0, name);
        return;
      }
      kind = 'PERSON'; // "the Ohio Republican"
    }
    else if (nameToks.length >= 2) kind = 'ORGANIZATION';
    else {
      // a single unknown capitalised word: a known person's surname, or a person when it reports something
      const p = findPerson(lowers);
      if (p) {
        addMention(p, full, title ? 'TITLE' : 'NAME', sentence, tok0, name);
        return;
      }
      // "Super Tuesday", "Black Friday": an unknown word before a weekday names the day, not an actor
      if (/^ (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(text.slice(end, end + 11))) return;
      // "Macy's said …": a possessive is never a verb's subject, so the "'s" is part of a brand's name
      const brand = /^['’]s\s+(\p{Ll}+)/u.exec(text.slice(end, end + 30));
      if (brand && (CUE_FORMS.has(brand[1]) || FINITE_AFTER_NAME.has(brand[1]))) {
        const brandName = text.slice(start, end + 2);
        const key = 'ORGANIZATION:' + brandName.toLowerCase();
        let a = byName.get(key);
        if (!a) {
          a = newActor(brandName, 'ORGANIZATION', null, null, 'N', lowers);
          byName.set(key, a);
        }
        addMention(a, [start, end + 2], 'NAME', sentence, tok0 + nameStart, brandName);
        return;
      }
      const after = text.slice(end, end + 40).toLowerCase().match(/^[\s,]*(?:\p{L}+ly\s+)?(\p{L}+)/u);
      const afterWord = after ? after[1] : '';
      const colon = /^\s*:/.test(text.slice(end, end + 3));
      // or after an age or a description in apposition: "Kumar, 45, said …", "Kumar, a farmer, alleged …"
      const appos = /^,\s*(?:\d{1,3}|(?:a|an|the)\s[^,.;:“”"\n]{1,50}),\s*(?:\p{L}+ly\s+)?(\p{Ll}+)/u.exec(text.slice(end, end + 80));
      const reports = (w: string): boolean => CUE_FORMS.has(w) || /^\p{Ll}+(ed|s)$/u.test(w);
      if (initial && !colon && !reports(afterWord) && !capsInside.has(lowers[0]) && !(appos && reports(appos[1]))) return;
      const before = prevWord(run[0]);
      // "worked in Manhattan", "a rally near Toluca": an unknown name after a preposition of place is a place
      kind = /^(the|a|an)$/i.test(before) ? 'ORGANIZATION' : /^(in|near|outside|throughout)$/.test(before) ? 'LOCATION' : 'PERSON';
    }
    if (kind === 'PERSON') {
      if (!gender && GIVEN_NAMES.has(lowers[0])) gender = GIVEN_NAMES.get(lowers[0])!;
      let p = findPerson(lowers);
      if (p) {
        if (lowers.length > p.nameTokens.length) {
          p.name = name;
          p.nameTokens = lowers;
          indexPerson(p);
        }
        if (title && !p.title) p.title = title;
        if (affiliation && !p.affiliation) p.affiliation = affiliation;
        if (gender && !p.gender) p.gender = gender;
      } else {
        p = newActor(name, 'PERSON', title, affiliation, gender, lowers);
      }
      // "presidential nominee Jo Roe", "businessman Al Fox": a role noun right before the name is what
      // "the nominee" or "the businessman" will call this person later
      const role = prevWord(run[0]);
      if (!title && TITLE_HEADS.has(role) && !/[,;:(]\s*$/.test(text.slice(run[0].start - role.length - 3, run[0].start))) p.roles.add(role);
      const tag = PARTY_TAG.exec(text.slice(end, end + 30));
      if (tag) {
        p.party = PARTY_LETTERS[tag[1]];
        p.state = US_POSTAL.get(tag[2]) ?? LOCATIONS.get(tag[2].toLowerCase()) ?? null;
      }
      addMention(p, full, title ? 'TITLE' : 'NAME', sentence, tok0, name);
      return;
    }
    const key = kind + ':' + (locName ?? joined);
    let a = byName.get(key);
    if (!a) {
      a = newActor(locName ?? name, kind, title, affiliation, kind === 'GROUP' ? 'P' : 'N', lowers);
      byName.set(key, a);
    }
    addMention(a, [start, end], 'NAME', sentence, tok0 + nameStart, name);
  }

  /** The most recently created person that satisfies `ok`. */
  /** The most recently mentioned politician of a party (and state, where both are known): "Wisconsin Republican". */
  function partyMember(lowers: string[]): Actor | undefined {
    const party = lowers[lowers.length - 1].replace(/ic$/, '');
    const state = LOCATIONS.get(lowers.slice(0, -1).join(' ')) ?? null;
    let best: Actor | undefined;
    for (const p of persons) {
      if (p.party !== party || (state && p.state && p.state !== state)) continue;
      if (!best || p.lastPos > best.lastPos) best = p;
    }
    return best;
  }

  function latestPerson(ok: (p: Actor) => boolean): Actor | undefined {
    for (let i = persons.length - 1; i >= 0; i--) if (ok(persons[i])) return persons[i];
    return undefined;
  }

  function knownCapital(w: string): boolean {
    return capsInside.has(w) || LOCATIONS.has(w) || DEMONYMS.has(w) || KNOWN_ORGS.has(w) || GIVEN_NAMES.has(w) || TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || ORG_WORDS.has(w);
  }

  /** Words of an office's name after "of"/"for": "State", "Defense", "Homeland Security", "Foreign Affairs". */
  function isOfficeWord(w: string): boolean {
    return (TITLE_MODIFIERS.has(w) || ORG_WORDS.has(w) || OFFICE_WORDS.has(w) || LOCATIONS.has(w) || DEMONYMS.has(w) || w === 'and') && !GIVEN_NAMES.has(w);
  }

  function prevWord(t: Token): string {
    const m = text.slice(Math.max(0, t.start - 12), t.start).match(/(\p{L}+)\s+$/u);
    return m ? m[1] : '';
  }

  /**
   * The first word of an advocacy group's "X for Y" name: people in the plural ("Students for Fair
   * Admissions", "Americans for Prosperity") or, inside a sentence, a gerund ("Organizing for Action").
   * Staff words are not among them: "strategists for Jo Roe" work for her.
   */
  function advocacyOpener(t: Token, initial: boolean): boolean {
    const w = t.text.toLowerCase();
    if (CAUSE_PEOPLE.has(w) || (w.endsWith('s') && (DEMONYMS.has(w.slice(0, -1)) || PEOPLE_ADJECTIVES.has(w.slice(0, -1))))) return true;
    return !initial && /^\p{Lu}\p{Ll}{3,}ing$/u.test(t.text) && !capsInside.has(w.slice(0, -3));
  }

  function isPersonLike(toks: Token[]): boolean {
    return toks.length >= 2 && !toks.some((t) => ORG_WORDS.has(t.text.toLowerCase())) || GIVEN_NAMES.has(toks[0]?.text.toLowerCase() ?? '');
  }

  function compatible(a: Actor, g: Gender): boolean {
    if (g === 'M' || g === 'F') return a.kind === 'PERSON' && (a.gender === null || a.gender === g);
    if (g === 'P') return a.kind === 'GROUP' || a.kind === 'ORGANIZATION';
    return a.kind === 'ORGANIZATION' || a.kind === 'LOCATION';
  }

  /** Whether a mention is a possessor ("Carter's press secretary"): a modifier, not the sentence's subject. */
  function possessive(x: Mention): boolean {
    return /^['’]s?(?![\p{L}])/u.test(text.slice(x.span[1], x.span[1] + 3));
  }

  /** Whether a mention is no candidate for its sentence's subject: a possessor or a name in a fronted phrase. */
  function modifier(x: Mention): boolean {
    return possessive(x) || (x.sentence !== curSentence && x.span[0] < frontedEnd(x.sentence));
  }

  /**
   * The end of a sentence's fronted adverbial ("In a statement released after Jo Roe spoke, …", "While
   * Roe did not say so, …"): the first comma of a sentence opened by a preposition or a subordinator; -1
   * when the sentence opens with its subject.
   */
  function frontedEnd(k: number): number {
    const cached = frontedCache.get(k);
    if (cached !== undefined) return cached;
    let end = -1;
    const toks = doc.sentences[k].tokens;
    if (toks.length > 3 && FRONTING.has(toks[0].text.toLowerCase())) {
      for (let i = 1; i < toks.length && i < 40; i++) {
        const t = toks[i].text;
        if (/^[“"‘]$/.test(t)) break;
        if (t === ',') { end = toks[i].start; break; }
      }
    }
    frontedCache.set(k, end);
    return end;
  }

  /** Whether a mention is followed by its verb ("Jo Roe said", "Roe has"): the subject of its clause. */
  function clauseSubject(x: Mention): boolean {
    const w = /^\s+(\p{Ll}+)/u.exec(text.slice(x.span[1], x.span[1] + 20));
    return !!w && (CUE_FORMS.has(w[1]) || (FINITE_AFTER_NAME.has(w[1]) && !NON_VERBS_AFTER_NAME.has(w[1])) || PAST_VERB.test(w[1]));
  }

  /** A person by a single unknown capitalised word, with no title, no known gender and no second name mention. */
  function weakPerson(a: Actor): boolean {
    if (a.kind !== 'PERSON' || a.nameTokens.length !== 1 || a.title || a.gender) return false;
    let names = 0;
    for (const m of a.mentions) if (m.kind !== 'PRONOUN' && ++names > 1) return false;
    return true;
  }

  /** Whether a person is named with an office ("Sen.", "Governor"), not an honorific or a role of the news ("Mr.", "candidate"). */
  function officeHolder(p: Actor): boolean {
    const head = p.title?.toLowerCase().split(/\s+/).pop()?.replace(/\.$/, '');
    return !!head && !DESCRIPTION_HEADS.has(head) && !HONORIFICS.has(head);
  }

  /** Whether a comma at `pos` closes a name, so that what follows is in apposition to it ("Jo Roe, the host,"). */
  function appositive(pos: number): boolean {
    for (let m = mentions.length - 1; m >= 0 && m >= mentions.length - 30; m--) {
      const x = mentions[m];
      if (x.kind !== 'PRONOUN' && /^\s*(?:\([^()]{1,30}\)\s*)?$/.test(text.slice(x.span[1], pos)) && x.span[1] <= pos) return true;
    }
    return false;
  }

  /**
   * Whether the noun phrase at tokens s..e stands where a clause's subject does: first in its sentence
   * or after a comma, a dash, a conjunction or a subordinator, and not followed by a complement, a
   * relative clause or a name (an apposition introduces someone new: "the host, Jo Roe,").
   * "becoming the nominee", "his status as the front-runner", "support the candidate of their choice"
   * are no references back.
   */
  function subjectSlot(toks: Token[], s: number, e: number): boolean {
    const pv = s > 0 ? toks[s - 1].text.toLowerCase() : '';
    if (s > 0 && !SUBJECT_OPENERS.has(pv)) return false;
    if (pv === ',' && appositive(toks[s - 1].start)) return false;
    const nx = toks[e + 1];
    if (!nx) return true;
    if (COMPLEMENT_OPENERS.has(nx.text.toLowerCase())) return false;
    if (nx.text === ',' || nx.text === '(') return !toks[e + 2] || !isNameToken(toks[e + 2], false);
    return !isNameToken(nx, false);
  }

  /**
   * The most salient named person before a description in sentence `sentence`: the subject (the
   * earliest mention that is no possessor and not in a fronted phrase) of the nearest earlier sentence
   * that names a person, within three sentences (a quoted passage does not count); never the subject of
   * the description's own sentence nor a person named after it there. In a subordinate clause, the
   * person the main clause named last, if it is no subject.
   */
  function salientPerson(sentence: number, pos: number, ok: (p: Actor) => boolean, subordinate = false): Actor | null {
    const outside = quoteAt(pos) < 0;
    if (!outside) return null;
    const named = (a: Actor): boolean => a.kind === 'PERSON' && a.nameTokens.length > 0 && (a.nameTokens.length >= 2 || !!a.title) && ok(a);
    let minSent = sentence - 3;
    for (let k = sentence - 1; k >= 0 && k >= minSent; k--) if (quotedSentence(k)) minSent--;
    // persons of the same sentence are no antecedents when named after the description or as a
    // subject before it ("Ada Brandt said that the candidate …" is not Brandt)
    const here = new Set<Actor>();
    let subject: Mention | null = null;
    let nearest: Mention | null = null;
    for (let m = mentions.length - 1; m >= 0 && mentions[m].sentence === sentence; m--) {
      const x = mentions[m];
      if (x.span[0] >= pos) { here.add(x.actor); continue; }
      if (!possessive(x) && (!subject || x.span[0] < subject.span[0])) subject = x;
      if (clauseSubject(x)) here.add(x.actor);
    }
    if (subject) here.add(subject.actor);
    for (let m = mentions.length - 1; m >= 0 && mentions[m].sentence === sentence; m--) {
      const x = mentions[m];
      if (x.span[0] < pos && !here.has(x.actor) && (!nearest || x.span[0] > nearest.span[0])) nearest = x;
    }
    // "Ali rebuked Jo Roe when the businessman …": a subordinate clause's description is the person
    // named last in the main clause, never its subject
    if (subordinate && nearest && named(nearest.actor) && quoteAt(nearest.span[0]) < 0) return nearest.actor;
    let best: Mention | null = null;
    let cur = sentence;
    for (let m = mentions.length - 1; m >= 0 && m >= mentions.length - 60; m--) {
      const x = mentions[m];
      if (x.sentence === sentence) continue;
      if (x.sentence !== cur) {
        if (best) break;
        cur = x.sentence;
        if (cur < minSent) break;
      }
      const a = x.actor;
      if (!named(a) || here.has(a)) continue;
      if (quoteAt(x.span[0]) >= 0) continue;
      if (!best || (modifier(best) && !modifier(x)) || (modifier(best) === modifier(x) && x.tok < best.tok)) best = x;
    }
    return best ? best.actor : null;
  }

  function resolvePronoun(word: string, g: Gender, sentence: number, tok: number, pos: number): Actor | null {
    // in the pronoun's own sentence, possessives and objects take the nearest actor, subjects the
    // earliest (the subject); in earlier sentences, the earliest (the subject) of the nearest sentence
    const nominative = word === 'he' || word === 'she' || word === 'they' || word === 'it';
    // a narrator's pronoun does not point into a quotation: "“Roe lied,” Smith said. He added …" is
    // Smith, and a quoted passage between them does not count towards the distance
    const outside = quoteAt(pos) < 0;
    let minSent = sentence - (g === 'N' ? 1 : 3);
    if (outside) for (let k = sentence - 1; k >= 0 && k >= minSent; k--) if (quotedSentence(k)) minSent--;
    let best: Mention | null = null;
    let weak: Mention | null = null;
    let cur = sentence;
    // bounded: the antecedent is among the last few dozen mentions
    for (let m = mentions.length - 1; m >= 0 && m >= mentions.length - 60; m--) {
      const x = mentions[m];
      if (x.sentence !== cur) {
        if (best) break;
        cur = x.sentence;
        if (cur < minSent) break;
      }
      if (x.sentence === sentence && x.tok >= tok) continue;
      if (!compatible(x.actor, g)) continue;
      if (outside && quoteAt(x.span[0]) >= 0) continue;
      // a lone capitalised word no lexicon knows, named once ("Lordy", "Pasadena"), is a person only
      // when nothing else in the window is
      if ((g === 'M' || g === 'F') && weakPerson(x.actor)) {
        if (!weak) weak = x;
        continue;
      }
      if (!best) best = x;
      else if (x.sentence === sentence && !nominative) {
        if (x.tok > best.tok) best = x;
      } else if (nominative && modifier(x) !== modifier(best)) {
        // the subject, not a possessor before it: "Carter's aide, Jo Roe, spoke. He …" is Roe; nor a
        // name in a fronted phrase: "After Jo Roe spoke, Al Fox left. He …" is Fox
        if (modifier(best)) best = x;
      } else if (x.tok < best.tok) best = x;
    }
    if (!best) best = weak;
    const a = best ? best.actor : null;
    if (a && (g === 'M' || g === 'F') && !a.gender) a.gender = g;
    return a;
  }

  // ---- appositions: "A top strategist, John Weaver, said", "John Weaver, a top strategist, said":
  // the description and the name are one person
  const sorted = [...mentions].sort((x, y) => x.span[0] - y.span[0]);
  for (let m = 0; m + 1 < sorted.length; m++) {
    const a = sorted[m];
    const b = sorted[m + 1];
    if (a.sentence !== b.sentence || a.actor === b.actor || a.actor.kind !== 'PERSON' || b.actor.kind !== 'PERSON') continue;
    // a party label may stand between: "Rep. Lena Farr (D-Calif.), a former prosecutor, said"
    // or none at all after a description: "the Slate columnist Jo Roe said"
    const between = text.slice(a.span[1], b.span[0]);
    const adjacent = /^ $/.test(between) && a.kind === 'NOMINAL' && b.kind === 'NAME';
    if (!adjacent && !/^\s*(?:\([^()]{1,30}\)\s*)?,\s*$/.test(between)) continue;
    const [nominal, named] = a.kind === 'NOMINAL' && b.kind !== 'NOMINAL' && b.kind !== 'PRONOUN' ? [a, b] : b.kind === 'NOMINAL' && a.kind !== 'NOMINAL' && a.kind !== 'PRONOUN' ? [b, a] : [null, null];
    if (!nominal || !named) continue;
    // the description must close there: "John Weaver, a top strategist, said" / "…, John Weaver, said"
    const after = text.slice(Math.max(a.span[1], b.span[1]), Math.max(a.span[1], b.span[1]) + 2);
    if (!/^\s*[,)]/.test(after) && !/^\s*$/.test(after)) continue;
    const from = nominal.actor;
    // a description already used of someone else elsewhere stays its own reference
    if (from.mentions.some((x) => x.kind !== 'PRONOUN' && x.span[0] !== nominal.span[0])) continue;
    const to = named.actor;
    for (const x of from.mentions) to.mentions.push(x);
    for (const x of mentions) if (x.actor === from) x.actor = to;
    from.mentions = [];
    if (!to.title) to.title = from.title;
  }

  // ---- output: keys in order of first mention
  const out = actors.filter((a) => a.mentions.length > 0);
  out.sort((x, y) => x.mentions[0].span[0] - y.mentions[0].span[0]);
  return out.map((a, i): ActorFinding => ({
    key: `a${i + 1}`,
    name: a.name,
    kind: a.kind,
    title: a.title,
    affiliation: a.affiliation,
    aliases: [...a.names].filter((n) => n !== a.name),
    mentions: [...a.mentions].sort((x, y) => x.span[0] - y.span[0]),
  }));
}
