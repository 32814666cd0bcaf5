/**
 * Who said what: direct quotes and reported speech, by rules of English news writing.
 *
 * One pass over the sentences finds reporting cues (speech, writing and cognition verbs; "according to";
 * a colon after a name) outside quotation marks, and for each cue its source (the subject on the left,
 * or the inverted subject of "…, said X") and its content (the complement clause on the right, or the
 * quotation / clause on the left of "…, X said"). A second pass attaches quotes that run on after an
 * attributed quote. Content is univocal: a cue inside content already attributed is not a new cue.
 * Every search is bounded, so the cost is linear in the number of tokens.
 */
import { paragraphAt, sentenceAt, tokenIndexAt, type Document, type Paragraph, type Sentence, type Token } from '../document';
import type { ActorFinding, Span, StatementFinding, StatementKind, TimexFinding } from '../types';
import { CUE_AUX as LEX_CUE_AUX, CUE_FORMS as LEX_CUE_FORMS, PARTICIPLE_LINKS as LEX_PARTICIPLE_LINKS, STATEMENT_NOUNS as LEX_STATEMENT_NOUNS } from '../lexicon/reporting';
import type { CueEntry, ReportingVerb } from '../lexicon/reporting';
import { ATTITUDE_NOUNS as LEX_ATTITUDE_NOUNS, ADJUNCT_PREPS as LEX_ADJUNCT_PREPS, CLAIM_NOUNS as LEX_CLAIM_NOUNS, CLAUSE_OPENERS as LEX_CLAUSE_OPENERS, HEADLINE_SOURCES as LEX_HEADLINE_SOURCES, NOUN_MARKERS as LEX_NOUN_MARKERS, WEAK_CUE_FORMS as LEX_WEAK_CUE_FORMS } from '../lexicon/statements';
import { SUBJECT_PRONOUNS as LEX_SUBJECT_PRONOUNS } from '../lexicon/pronouns';
import { GROUP_HEADS as LEX_GROUP_HEADS, TITLE_HEADS as LEX_TITLE_HEADS } from '../lexicon/titles';
import { ORG_WORDS as LEX_ORG_WORDS } from '../lexicon/organisations';
import { findQuotes, regionAt as quoteRegionAt, regionFrom as quoteRegionFrom } from './quotes';
import { listedVoices, parenthesisedSignatures, postSignatures, signatureLines, signedQuotes, speakerLines } from './layouts';
import type { QuoteRegion } from './quotes';
import { COPULA, cueFeatures, cueScoreOf, NON_HEADS } from './cue-model';
import type { CueContext } from './cue-model';
import { adjustExtents } from './extent';
import type { ExtentOptions } from './extent';

// local bindings: module imports compile to property reads in CommonJS, too slow in the token loops
const CUE_AUX = LEX_CUE_AUX;
const regionAt = quoteRegionAt;
const regionFrom = quoteRegionFrom;
const ATTITUDE_NOUNS = LEX_ATTITUDE_NOUNS;
const CUE_FORMS = LEX_CUE_FORMS;
const PARTICIPLE_LINKS = LEX_PARTICIPLE_LINKS;
const STATEMENT_NOUNS = LEX_STATEMENT_NOUNS;
const ADJUNCT_PREPS = LEX_ADJUNCT_PREPS;
const CLAIM_NOUNS = LEX_CLAIM_NOUNS;
const CLAUSE_OPENERS = LEX_CLAUSE_OPENERS;
const HEADLINE_SOURCES = LEX_HEADLINE_SOURCES;
const NOUN_MARKERS = LEX_NOUN_MARKERS;
const WEAK_CUE_FORMS = LEX_WEAK_CUE_FORMS;
const SUBJECT_PRONOUNS = LEX_SUBJECT_PRONOUNS;
const GROUP_HEADS = LEX_GROUP_HEADS;
const TITLE_HEADS = LEX_TITLE_HEADS;
const ORG_WORDS = LEX_ORG_WORDS;

interface MentionRef {
  start: number;
  end: number;
  key: string;
  kind: string;
}

interface Draft {
  content: Span[];
  cue: Span | null;
  source: Span | null;
  speaker: string | null;
  sentence: number;
  paragraph: number;
}

interface Subject {
  span: Span;
  key: string | null;
  /** The subject is an actor mention or a pronoun (not just any noun phrase). */
  strong: boolean;
  /** Token index where the subject starts. */
  tok: number;
  /** The subject names no known actor: a mention inside it is not the speaker ("an aide to the senator"). */
  opaque?: boolean;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
const CLOSE_Q = new Set(['”', '"', '»']);
const OPEN_Q = new Set(['“', '"', '«']);
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|earlier|later|recently|again)$/;
/** Pronouns that can only be subjects: after a verb of telling they open the clause, not name the addressee. */
const NOMINATIVE = /^(he|she|they|we|I|He|She|They|We)$/;
const OBJECT_WORDS = new Set(['reporters', 'supporters', 'voters', 'viewers', 'listeners', 'readers', 'journalists',
  'him', 'her', 'them', 'me', 'us', 'you', 'lawmakers', 'the', 'a', 'an', 'his', 'their', 'its', 'our', 'my', 'congress']);

/** Finite verbs of saying that open a clause of their own inside a sentence. */
const STRONG_CUES = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'noted', 'notes', 'wrote', 'writes',
  'argued', 'argues', 'insisted', 'insists', 'claimed', 'claims', 'warned', 'warns', 'questioned', 'asked',
  'acknowledged', 'stressed', 'explained', 'suggested', 'countered', 'replied', 'responded', 'predicted', 'believes',
  'thinks', 'denied', 'conceded', 'admitted', 'contended', 'maintained', 'declared', 'announced']);
const LOCATION_CAPS = /^(WASHINGTON|NEW YORK|LONDON|UPDATE|EDITOR'S NOTE|BREAKING|WATCH|READ MORE|RELATED|CLOSE|VIDEO|PHOTO|NOTE)$/;
/** Auxiliaries that make the next word a verb ("has said", "was reported"). */
const VERBAL_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would',
  'could', 'should', 'can', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', "n't", 'not', 'never']);
const CLAIM_VERB: ReportingVerb = { base: 'claim', frame: 'CLAUSE', speech: true };
/** Words that open an adjunct after a verb of saying: "in an editorial", "on Monday", "at a rally". */
const ADJUNCT_OPENERS = /^(in|on|at|during|via|through|after|before|from|over|late|early|earlier|later)$/;
/** Finite verbs and auxiliaries: a new clause. */
const FINITE = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should',
  'may', 'might', 'must', 'do', 'does', 'did', "isn't", "wasn't", 'isn’t', 'wasn’t']);
/** Words that continue a clause interrupted by a parenthetical cue ("…, she said, would fail"). */
const CONTINUATION = /^(would|will|is|was|are|were|has|have|had|can|could|should|may|might|must|does|did|do|because|and|but|so|if|is|remains|remain|needs|need|wants|want|isn't|wasn't|isn’t|wasn’t|won't|won’t)$/;
/** Subordinators that open a fronted adverbial clause ("When …, …"). */
const FRONT_SUB = /^(when|while|whereas|although|though|as|if|because|since|after|before|until|once|unless|whenever|just)$/;
/** Passive participles of saying and thinking ("is expected to", "was said to", "is known as"). */
const PASSIVE_PARTICIPLE = /^(expected|said|asked|known|intended|reported|believed|thought|seen|considered|described|rumored|rumoured|alleged|supposed|understood|estimated|projected|predicted|told|urged|required|forced|viewed|regarded)$/;
/** Words that open a phrase fronted before the subject (a preposition, a subordinator, a time word). */
const FRONT_ADJUNCT = /^(in|on|at|during|after|before|since|until|when|while|whereas|although|though|as|if|because|once|unless|with|without|for|from|despite|like|unlike|among|amid|under|over|through|by|following|within|last|this|next|early|late|earlier|later|yesterday|today|just|even)$/;
const FRONT_CONNECTIVE = /^(but|and|yet|so|still|then|finally|now|alas|instead|meanwhile|indeed)$/;
const TIME_NOUN = /^(week|weeks|month|months|year|years|morning|afternoon|evening|night|weekend|spring|summer|fall|autumn|winter|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/**
 * Passive participles of judging, naming and announcing whose subject is what is judged, named or made
 * public ("Roe was named the nominee", "The plan was widely criticized", "She is known for her temper").
 */
const PASSIVE_JUDGED = /^(known|criticized|criticised|charged|named|declared|announced|shown|mentioned|confirmed|booed|recognized|recognised|accused|nominated|requested|celebrated|deemed|lambasted|condemned|regarded|viewed|dismissed|revealed|attacked|portrayed|billed|mocked|questioned|praised|hailed|derided|denounced|branded|labeled|labelled|dubbed)$/;
/** Words that end the complement of a passive verb of judging: a new clause begins. */
const PASSIVE_COMP_END = /^(when|while|whereas|because|after|before|although|though|since|if|unless|even|who|whom|which|whose|where|that|so|until|amid|despite)$/;
/** Raising verbs: their subject is part of what is judged, not a source. */
const RAISING = /^(seem|seems|seemed|appear|appears|appeared)$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our',
  'my', 'your', 'no', 'any', 'some', 'every', 'each', 'such', 'whose', 'of', 'to']);
/** Prepositions that attach a mention to the noun before it: "an aide to", "members of", "officials in". */
const HOLDER_PREPS = new Set(['of', 'for', 'to', 'with', 'from', 'at', 'in', 'inside', 'within', 'among', 'near', 'under', 'behind', 'on']);
/** "a source close to", "people familiar with", "lawmakers loyal to". */
const RELATION_ADJECTIVES = new Set(['close', 'closer', 'closest', 'familiar', 'loyal', 'allied', 'sympathetic', 'friendly',
  'opposed', 'linked', 'connected', 'tied', 'aligned', 'affiliated', 'allegiant', 'hostile']);
/** Heads that speak for the body named after them. */
const SPOKES_HEADS = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'representative', 'representatives', 'mouthpiece']);
/** Connectives set off by commas between a subject and its verb ("Smith, however, said"). */
const PARENTHETICAL = /^(however|meanwhile|though|too|also|instead|moreover|furthermore|nevertheless|nonetheless|likewise|similarly|indeed|therefore|thus|then|now|later|earlier|previously|separately|again|in turn|in contrast|by contrast|for example|for instance|of course|in fact|in particular|for (?:his|her|their|its|our|my) part|in response|at the time|at times|in the end|at least)$/i;
/** A connective or sentence adverb set off before a speech tag; it links sentences and is nobody's words. */
function isBareConnective(s: string): boolean {
  return PARENTHETICAL.test(s) || /^(in addition|additionally|still|so|and|but|yet|also)$/i.test(s);
}
/** Quantifiers that stand alone as a subject ("Many say", "Others believe", "Most agreed"). */
const QUANT_SUBJECTS = new Set(['some', 'many', 'most', 'others', 'few', 'several', 'half', 'both', 'majority', 'plurality', 'minority']);
/** Words before a quantifier subject: "just 42 %", "a narrow majority", "about half". */
const QUANT_LEAD = /^(\d[\d.,]*|just|only|about|nearly|almost|roughly|around|over|more|than|fewer|less|a|an|the|vast|slim|narrow|clear|large|small|simple|overwhelming|solid|bare|mere|full|slight|strong|majority|plurality|half)$/i;
const QUANTITY_HEADS = new Set(['majority', 'most', 'half', 'many', 'some', 'all', 'none', 'few', 'percent', '%', 'third', 'thirds',
  'quarter', 'quarters', 'fifth', 'number', 'plurality', 'share', 'each', 'one', 'two', 'three', 'dozens', 'hundreds', 'thousands', 'millions', 'several', 'both']);
const DOCUMENT_HEADS = new Set(['statement', 'release', 'letter', 'memo', 'report', 'filing', 'communique', 'communiqué', 'email',
  'e-mail', 'post', 'tweet', 'message', 'note', 'announcement', 'notice', 'document', 'complaint', 'lawsuit', 'study', 'survey', 'poll', 'analysis']);
/** Prepositions that open a fronted adverbial rather than a subject. */
const ADVERBIAL_PREPS = new Set(['in', 'on', 'at', 'during', 'for', 'over', 'since', 'after', 'before', 'from', 'via', 'through', 'with', 'to']);
const REFLEXIVES = /^(itself|himself|herself|themselves|myself|ourselves|yourself|yourselves|oneself)$/;
const FIND = /^(found|finds|find)$/;
const NAMING_PARTICIPLES = /^(called|named|dubbed)$/;
const MAX_PARA_GAP = 1;
/** Cue words that are also the head noun of a compound ("conference call", "radio show"), and the nouns before them. */
const COMPOUND_HEADS = /^(call|calls|show|shows)$/;
const COMPOUND_MODIFIERS = /^(conference|press|phone|telephone|media|social|tv|television|radio|talk|news|game|reality|cable|morning|late-night|comedy|variety|cooking|road|trade|roll|curtain|wake-up|wakeup|close|judgment|judgement)$/;
const SHOW = /^(show|shows|showed|shown|showing)$/;
/** Nouns of a verdict or message given before a colon: "Roe’s verdict: …", "Her message was simple: …". */
const VERDICT_NOUNS = /^(verdict|message|answer|reply|response|advice|warning|view|take|assessment|conclusion|prediction|explanation|plea|promise|retort|diagnosis|prognosis|instruction|instructions|demand|demands|request|appeal)$/;
/** Hearings that "hear" evidence in court-report English: "The court heard that …". */
const HEARINGS = /^(court|jury|inquest|tribunal|hearing|trial|inquiry|magistrates|committee|panel)$/;
/** Verbs of performing a piece: what they take in quotation marks is a title ("sang “Amazing Grace”"). */
const PERFORM_VERBS = /^(sang|sing|sings|singing|sung|played|play|plays|playing|performed|perform|performs|performing|hummed|hums|humming|belted|crooned|recited|recites|reciting)$/;
const MAINTAIN = /^(maintain|maintains|maintained|maintaining)$/;
/** Verbs of attempt: "tried to shush the crowd", "struggles to raise money" report an effort, not a view. */
/** An indefinite noun phrase of at most three words and a bare time ("a brief statement on Monday"); group 1 is its head. */
/** A wire dateline opening a paragraph: "WASHINGTON (Reuters) - ", "CAMBRIDGE, Mass., Dec. 11 (UPI) — ". */
const DATELINE = /^\p{Lu}[\p{L}.'’]*(?:,?\s+(?:\p{Lu}[\p{L}.'’]*|\d{1,2}|\d{4}))*,?\s*(\(\p{L}[\p{L}\s.&-]*\)|\/\p{L}[\p{L}\s.&-]*\/)?\s*(?:--|[—–-])\s+/u;
const BARE_DOCUMENT = /^(?:a|an)\s+(?:[\p{L}'’-]+\s+){0,2}?([\p{L}-]+)(?:\s+(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last\s+night|this\s+week|last\s+week|earlier|later)(?:\s+(?:morning|afternoon|evening|night))?)?[\s.,;]*$/iu;
const MAKE = /^(made|makes|make|making)$/;
const LAUNCH = /^(launched|launches|launch|launching)$/;
const ADVISE = /^(advised|advises|advise|advising)$/;
const INTRODUCE = /^(introduced|introduces|introduce|introducing)$/;
const USE = /^(used|uses|use|using)$/;
/** Nouns that turn "made …" into saying, besides the claim and attitude nouns: "made the case", "made no mention". */
const MADE_SPEECH = /^(case|point|points|mention|secret|reference|references|statements|comparison|pitch|plea|joke|jokes|vows|pledges|overture|overtures|request|demands|arguments|assurances|promises|predictions|apology|announcement|accusations|charges|threats|words|word|term|terms|phrase|language|label|rhetoric)$/;
const CREDIT = /^(reporting|editing|writing|research)$/;
const ATTACK = /^(attack|attacks)$/;
/** Words a verb "attack(s)" may follow: its pronoun subject, an auxiliary, an adverb, "to", a coordinator. */
const VERB_LEFT = /^(i|you|he|she|it|we|they|who|which|that|to|and|or|but|then|also|not|never|often|always|again|still|even|only|repeatedly|routinely|will|would|can|could|may|might|must|should|shall|do|does|did|don't|doesn't|didn't|don’t|doesn’t|didn’t|won't|won’t|n't|n’t)$/;
const ATTEMPT = /^(try|tries|tried|trying|struggle|struggles|struggled|struggling)$/;
/** A paragraph that opens with an editor's note ("Editor’s note: …", "EDITOR'S NOTE — …"). */
const EDITORS_NOTE = /^\W{0,3}editor['’]?s[’']?\s+note\b/i;
/** Words of a bare time adjunct ("just this week", "on Tuesday", "then, last month", "at least for now"). */
const TIME_WORDS = /^(today|tonight|yesterday|tomorrow|now|recently|lately|later|earlier|morning|afternoon|evening|night|nights|day|days|week|weeks|weekend|weekends|month|months|year|years|decade|decades|hour|hours|minute|minutes|moment|spring|summer|fall|autumn|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|aug|sept|sep|oct|nov|dec)$/;
const TIME_LINKS = /^(on|in|at|during|since|by|until|till|before|after|over|for|within|through|throughout|the|this|last|next|past|previous|coming|a|an|each|every|just|then|most|more|still|again|already|only|least|ago|early|late|first|once|other|all|of|and|or)$/;
/** Verbs of beginning and going on: "began to spread", "continues to hover" tell what happened, not what was said. */
const ASPECT = /^(begin|begins|began|begun|beginning|start|starts|started|starting|continue|continues|continued|continuing)$/;
/** Cue forms that are also nouns, and the auxiliaries that show them to be the subject of the next verb. */
const NOUN_SUBJECT_FORMS = /^(report|reports|attack|attacks|rule|rules|ruling|call|calls|support|plan|plans|offer|offers)$/;
/** "back" before a place or direction is the adverb of returning ("sent them back to court", "his father back in Cuba"), not the verb of support. */
const BACK_PLACE = /^(to|in|at|into|from|home|downtown|inside|outside|under|onto|where|here|there|when|then|across|toward|towards|behind|after|before|since|during)$/;
/** Verbs whose particle "back" makes a retort ("shot back at", "hit back"). */
const RETORT_VERBS = /^(?:[a-z]+(?:ed|ing)|shot|shoot|shoots|hit|hits|struck|strike|strikes|fought|fight|fights|wrote|write|writes|bit|bite|bites|snap|snaps|swung|swing|swings|push|pushes|fire|fires|punch|punches|talk|talks|call|calls|spoke|speak|speaks|answer|answers|lash|lashes|text|texts|tweet|tweets|threw|throw|throws)$/;
/**
 * "blast(s)" as the explosion, not the verb of criticism: after a determiner or an explosive's noun
 * ("a massive blast", "the bomb blast"), or before a place, a relative or a past-tense verb ("the
 * embassy blasts in …", "the blast that killed …", "the blast damaged …"); the verb takes an object.
 */
const NP_OPENERS = /^(the|a|an|many|few|some|most|several)$/;
/** Words a noun phrase's determiner may follow inside the same phrase: a preposition or a predeterminer ("all the"). */
const NP_OPENER_LINKS = /^(of|for|in|at|on|from|with|to|by|about|among|between|against|over|under|across|within|throughout|through|into|around|behind|near|toward|towards|off|up|down|out|per|via|amid|despite|during|after|before|since|until|beyond|without|upon|onto|all|both|half|such|quite|rather|what|like|than|and|or|is|are|was|were|be|been|has|have|had|do|does|did|make|makes|made|take|takes|took|see|sees|saw|get|gets|got|give|gives|gave|run|runs|ran|win|wins|won|use|uses|mean|means|become|becomes|became|begin|begins|began)$/;
const CLAIMS = /^(claim|claims|claimed|claiming)$/;
const ADD = /^(add|adds|added|adding)$/;
const BLAST = /^(blast|blasts)$/;
const BLAST_BEFORE = /^(bomb|car|truck|suicide|gas|mine|grenade|rocket|mortar|massive|huge|powerful|deadly|twin)$/;
const BLAST_AFTER = /^(in|at|near|outside|inside|across|that|which|killed|damaged|destroyed|wounded|injured|rocked|shook|tore|ripped)$/;
const NOUN_SUBJECT_NEXT = /^(is|was|were|are|has|had|could|would|will|can|should|may|might|must|did|does|remains|remained|came|comes|allow|allows|allowed)$/;
const APPEAR = /^(appear|appears|appeared|appearing)$/;
/** "appeared on television", "appears at the rally": a physical appearance, no impression reported. */
const APPEARANCE_PREPS = /^(on|at|before|onstage|alongside|live|together|via|inside|outside|in)$/;
/** Particles and prepositions between a phrasal verb and its object ("doubling down on", "laid out"). */
const PARTICLES = /^(on|out|up|down|off|in|to|about|back|into)$/;
/** A short title-case quotation after "on/to/with/told" and a possessive network: "told ABC’s “Good Morning America”". */
function isProgramTitle(text: string, r: QuoteRegion): boolean {
  if (!r.closed || r.end - r.start > 60) return false;
  const inner = text.slice(r.start, r.end).replace(/^[“"'«\s]+|[”"'»\s.,!?]+$/g, '');
  const words = inner.split(/\s+/);
  if (words.length === 0 || words.length > 6 || !words.every((w) => /^(\p{Lu}|\d|the$|of$|and$|a$|in$|on$|for$|to$|with$)/u.test(w))) return false;
  return PROGRAM_BEFORE.test(text.slice(Math.max(0, r.start - 40), r.start));
}
const PROGRAM_BEFORE = /\b(?:on|to|with|told|in)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.&-]*\s+){0,2}(?:\p{Lu}[\p{L}.&-]*|channel|network|station|program|programme|show|podcast)(?:['’]s|s['’]|['’])\s*$/u;
/** Conjunctions of a fronted conditional or concessive clause ("Whatever the judge says, …"). */
const SUBORDINATE_LEADS = /^(whatever|whoever|if|unless|whether|although|though)$/;
/** Nouns ending in -ly, which is otherwise an adverb's ending: "The family said …", "a close ally says …". */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'monopoly', 'bully', 'rally', 'supply', 'anomaly', 'homily', 'folly']);
/** Quantity nouns that take a plural verb after "a": "a few say", "a majority believe". */
const A_QUANTITY = /^(few|lot|number|majority|minority|handful|dozen|couple|third|quarter|half|plurality|host|slew|score|fifth|tenth)$/;
/** A verb of saying fronted before its source, in the inverted style of features ("Said Roe: “…”"). */
const FRONTED_SAYING = /^(said|says|added|adds|asked|wrote|writes|continued|recalled|explained|replied|responded|declared|stated)$/;
/**
 * Labels of a news page before a colon, not speakers; the second line holds the section and format
 * labels of sites outside PolNeAR ("Live: …", "Explainer: …", "Pictured: …", "Weather: …").
 */
const PAGE_LABELS = new RegExp('^(contributing|correction|corrections|clarification|e-?mail|twitter|facebook|follow|byline|editor[\'’]s note|the latest|revealed|breaking|update|updated|related|photo|photos|credit|video|watch|listen|note|' +
  'live|live updates|explainer|analysis|opinion|comment|review|preview|weather|sport|sports|pictured|in pictures|exclusive|recap|factbox|timeline|podcast|obituary|read more|also read|see also|' +
  'above|below|top|left|right|inset|main picture|main image)$', 'i');
/** A verb or noun of chanting or shouting right before a quotation. */
const CHANT_BEFORE = /\b((?:chanting|chanted|chant|chants|shouting|yelling|screaming|singing|echoing|cheering)(?: back)?(?: (?:of|for))?)\s*[,:]?\s*$/i;
/**
 * A written or displayed medium, then the words it bears: "posted a message reading “…”", "held a
 * sign that read “…”", "sent an email saying, “…”", "released an ad titled “…”".
 */
const MEDIUM_BEFORE_QUOTE = /^(?:a|an|the|his|her|their|its|one)\s(?:[\p{L}\p{N}'’-]+\s){0,5}?(?:message|messages|sign|signs|banner|banners|email|e-mail|emails|letter|note|tweet|tweets|post|posts|ad|ads|advertisement|commercial|headline|headlines|video|slogan|shirt|shirts|t-shirt|t-shirts|placard|placards|poster|posters|statement|text|caption|card|sticker|stickers|button|buttons|hat|hats)(?:\s(?:on|in|to)\s(?:[\p{L}\p{N}'’-]+\s){0,3}?[\p{L}\p{N}'’-]+)?\s(?:reading|saying|that\s+(?:read|reads|said|says)|which\s+(?:read|reads|said|says)|titled|entitled|headlined)[,:]?\s*$/iu;
/** A noun phrase and its preposition before a name in it, at the start of a clause: "the birth of the newest ". */
const HEAD_BEFORE_PP = /^\s*[“"]?((?:the|a|an|this|that|these|those|his|her|their|its|our)\s(?:[\p{L}\p{N}'’-]+\s){0,6}?(?:of|between|with|among|for|from|in|on|at|about|over|behind)\s(?:[\p{L}\p{N}'’-]+\s){0,3})$/iu;
/** A clause opening after "it seems": "that …", a pronoun or determiner, a name. */
const CLAUSE_AFTER_IT = /^(?:that|the|he|she|they|we|his|her|their|some|many|most|there|\p{Lu}[\p{L}’']*)\s/u;
/** Prepositions that govern a relative pronoun ("in which", "during which"). */
const RELATIVE_PREPS = /^(in|on|at|during|under|by|through|with|from|after|before|for|of|to|about|over|via|into|within|without|against|among|amid|despite)$/;
/** Words that make the words before a quotation a clause of the content, not an addressee or adjunct. */
const LEAD_CLAUSE_WORDS = /^(that|which|who|whom|whose|what|whether|if|because|while|although|though|when|where|how|why|as|and|but|or|according|not)$/;
/** An adjunct phrase of the cue, then a comma or colon and a quotation: "to his followers, “". */
const ADJUNCT_BEFORE_QUOTE = /^(?:to|in|on|at|during|after|before|from|via|through|over|with|for)\s[^,;:“”"\n]{2,80}[,:]\s*[“"]/i;
/** Verbs of showing after a document subject: "…, records show." */
const SHOW_VERBS = /^(show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested|reveal|reveals|revealed)$/;
/** Documents, polls and analyses that show something. */
const DOCUMENT_NOUNS = /^(records|reports|report|documents|data|analysis|analyses|tallies|filings|polls|poll|surveys|survey|figures|numbers|statistics|results|estimates|studies|study|research|review|count|tally|calculations|returns|disclosures|forms|transcripts|emails|e-mails|logs|files)$/;
/** Verbs of criticism drawn or faced: "has drawn criticism", "faced sharp criticism". */
const CRITICISM_VERBS = /^(drew|drawn|draw|draws|drawing|faced|face|faces|facing|attracted|attracting|attracts|sparked|sparking|sparks|provoked|provoking|prompted|triggered|received|receiving|endured|enduring|fielded)$/;
/** "In a new CBS News poll released Monday, …" at a sentence start; a named poll is capitalised ("In a Gazette/Roe University Poll, …"). */
const POLL_FRONTED = /^(?:(?:But|And|Yet)\s+)?(In)\s+(?:[^,;:“”"\n]{0,80}?)\b(?:[Pp]oll|[Pp]olls|[Ss]urvey|[Ss]urveys|polling)\b(?:\s+(?:of|from|by|released|conducted|published|taken|last|this|in|on)\b[^,;:“”"\n]{0,80}?)?,\s/;
/** A naming participle right before a quotation (not "so-called", not after a subject pronoun). */
const NAMED_BEFORE = /(?<!\bso[- ])(?<!\b(?:he|she|they|we|I|you|it|who)\s+)()(titled|entitled|nicknamed|dubbed|known as|billed as|goes by)\s*,?\s*$/;
/** Verbs that name something: their content ends with the quoted name. */
/** Words that open a short adjunct of a verb of saying set off before its quotation ("said of the plan, “…”"). */
const QUOTE_ADJUNCT_OPENERS = /^(of|about|on|at|in|to|with|from|for|during|after|before|while|again|then|also|once|later|earlier|when|as|into|over|through|via|using|speaking|turning|looking|gesturing|waving|smiling|laughing|referencing|directly|perhaps|still|finally)$/;

const NAMING = /^(describe|describes|described|describing|characterize|characterizes|characterized|characterizing|refer|refers|referred|referring|call|calls|called|calling|dub|dubs|dubbed|dubbing|label|labels|labeled|labelled|labeling|labelling|brand|brands|branded|branding|nickname|nicknamed|term|terms|termed|terming|deem|deems|deemed)$/;
/** Degree words, adverbs and particles that cannot end a subject noun phrase. */
const NOT_NP_HEAD = new Set(['very', 'more', 'most', 'less', 'least', 'over', 'off', 'instead', 'again', 'too', 'also', 'even',
  'still', 'just', 'only', 'much', 'so', 'quite', 'rather', 'already', 'often', 'never', 'ever', 'always', 'once', 'here', 'there']);
/** A cue that is a verb of saying (its quotation may follow in the next sentence). */
const SAY_CUE = /(^|\s)(said|says|say|saying|told|tells|telling|added|adds|adding|wrote|writes|writing|explained|explains|explaining|argued|argues|arguing|insisted|insists|insisting|noted|notes|noting|recalled|recalls|recalling|continued|continues|tweeted|stated|declared|warned|elaborated|related|touted|cited|citing|spoke|referred)(\s|$)/;
/** Irregular past tenses that can report a quotation ("“…,” he shot back"). */
const IRREGULAR_PAST = new Set(['shot', 'wrote', 'spoke', 'sang', 'began', 'swore', 'threw', 'struck', 'hit', 'bit', 'said', 'told', 'thought', 'sent']);
/** Verb forms that cannot end a subject noun phrase ("made", "spent", "drawing", "voiced"). */
const VERBISH = /^([a-z]+ed|[a-z]+ing|made|came|spent|drew|drawn|took|taken|gave|given|got|gotten|kept|held|put|went|become|became|had|has|have|struck|sent|brought|won|lost|set|led|left|paid|ran|stood|told|said)$/;
function pickFrame(list: CueEntry[], frame: string): CueEntry | undefined {
  for (const e of list) if (e.verb.frame === frame) return e;
  return undefined;
}

const lower = (t: Token | undefined): string => (t ? t.text.toLowerCase() : '');
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A word or number token (not punctuation); ASCII fast path. */
const isWord = (t: Token | undefined): boolean => {
  if (!t) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (t.text.length > 1 && WORD_CHAR.test(t.text));
  return WORD_CHAR.test(t.text);
};

/** Options for training and tuning the learned cue detector; extraction itself passes none. */
export interface StatementOptions {
  /** Training hook: receives every candidate cue head (features, token) instead of scoring it. */
  collect?: (feats: string[], tok: Token) => void;
  /** Score above which a candidate is a cue (default MODEL_THRESHOLD). */
  threshold?: number;
  /** Another scorer than the committed weights (cross-validation while tuning). */
  scorer?: (feats: string[]) => number;
  /** Options of the content-extent ranker (training and cross-validation only). */
  extent?: ExtentOptions;
  /** Set false to keep contents whole over an inner clause with its own cue (for comparison). */
  inner?: boolean;
}

/** Whether a cue word is known and every reading of it has one of these forms. */
function onlyForms(w: string, ...forms: string[]): boolean {
  const readings = CUE_FORMS.get(w);
  return !!readings && readings.every((x) => forms.includes(x.form));
}

/** A verb of saying in -s or the past ("says", "told"), not a bare form or a participle in -ing. */
const finiteCue = (w: string): boolean => onlyForms(w, 'S', 'PAST');
/** A cue word that is only ever a bare verb form ("tell", "call"; not "put", also a past). */
const bareVerb = (w: string): boolean => onlyForms(w, 'BASE');

/** Decision threshold of the learned cue detector (tuned on the train split). */
export const MODEL_THRESHOLD = -2.5;
/** How far above the threshold a cue with no subject in its clause must score to take the nearest actor. */
const CONFIDENT_MARGIN = 3;
/** How far above the threshold a cue inside a content must score to end that content before its clause. */
const SPLIT_MARGIN = 2;
/** How far above the threshold a verb after a comma or dash inside a content must score to end the content there. */
const INNER_MARGIN = 3;
/** Boundaries inside a content before which an inner clause with its own cue may begin. */
const INNER_BOUNDARY = /^(,|—|–|--|\()$/;
/** The main clause's verbs of saying that end a cue's content set off before them (innerCut). */
const SAY_MAIN = /^(said|says|told|tells|added|adds|wrote|writes|argued|argues|insisted|insists|noted|notes|explained|explains|stressed|warned|claimed|contended|acknowledged|recalled|predicted|declared)$/;
/** Verb particles: a content of one of them alone reports nothing. */
const LEAD_PARTICLE_WORDS = /^(out|up|down|off|back|away|over|in|on|about|through|along|aside|forward|around)$/;

/** Most words capitalised: a headline in title case. */
function isTitleCase(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    const c = t.text.charCodeAt(0);
    if (c >= 65 && c <= 90) caps++;
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) words++;
  }
  return words >= 4 && caps >= 0.75 * words;
}

function lexClass(w: string): string | undefined {
  const e = CUE_FORMS.get(w);
  if (e) return e[0].verb.quoteOnly ? 'manner' : e[0].verb.frame;
  if (ATTITUDE_NOUNS.has(w)) return 'att';
  if (CLAIM_NOUNS.has(w)) return 'claimN';
  if (STATEMENT_NOUNS.has(w)) return 'stmtN';
  return undefined;
}

/** A passive verb of telling: its subject is the addressee. */
const PASSIVE_TELLING = /\b(was|were|been|being|is|are|be|get|got|gets|getting)\s+(?:\w+ly\s+|not\s+|never\s+)*(told|warned|informed|reminded|advised|notified|cautioned)\b/i;

/** Nouns of speech, stance or advocacy that a preposition may follow ("a fierce critic of", "strong support for"). */
const NOUN_CUE = /^(?:[a-z]+(?:ion|ions|ment|ments|ism|isms|ist|ists|er|ers|or|ors|ance|ances|ence|ences|ique|iques|ate|ates|ent|ents|ic|ics)|support|praise|attack|attacks|call|calls|case|view|views|defense|defence|embrace|backing|demand|demands|focus|stance|talk)$/;

/** Finite auxiliaries and copulas: the word after a clause's subject ("the year had been …"). */
const FINITE_AUX = /^(is|was|were|are|has|had|have|will|would|could|can|may|might|must|should|shall|did|does|'s|’s)$/;

export function findStatements(doc: Document, actors: ActorFinding[], timexes: TimexFinding[], options: StatementOptions = {}): StatementFinding[] {
  const text = doc.text;
  // a programme's title after its network ("on NBC's “Meet the Press” on Sunday") is a name, not a quotation
  const allRegions = findQuotes(doc);
  const regions = allRegions.filter((r) => !isProgramTitle(doc.text, r));
  /** An opening mark at pos that opens a programme title (a quotation dropped from the regions). */
  const isProgramTitleAt = (pos: number): boolean => allRegions.some((r) => r.start === pos && isProgramTitle(doc.text, r));
  const claimed = new Uint8Array(text.length + 1);
  const drafts: Draft[] = [];
  /** Offsets of cue words already used (each cue makes at most one statement). */
  const usedCues = new Set<number>();
  /** Verbs the rules read as hypothetical ("If asked, he would say …"): the detector leaves them too. */
  const hypothetical = new Set<number>();

  // mentions, indexed by their end and start offsets
  const byEnd = new Map<number, MentionRef>();
  const byStart = new Map<number, MentionRef>();
  const allMentions: MentionRef[] = [];
  for (const a of actors) {
    for (const m of a.mentions) {
      const ref: MentionRef = { start: m.span[0], end: m.span[1], key: a.key, kind: m.kind };
      allMentions.push(ref);
      const e = byEnd.get(ref.end);
      if (!e || e.end - e.start < ref.end - ref.start) byEnd.set(ref.end, ref);
      const s = byStart.get(ref.start);
      if (!s || s.end - s.start < ref.end - ref.start) byStart.set(ref.start, ref);
    }
  }
  allMentions.sort((x, y) => x.start - y.start);
  const actorKind = new Map(actors.map((a) => [a.key, a.kind]));

  const inQuote = (pos: number): boolean => regionAt(regions, pos) >= 0;
  /**
   * A quotation a speech tag after it closes ends its words with , ? ! or a dash ("“Go home!” the crowd
   * chanted", "“…,” she texted"); a scare quote runs straight into its noun ("any “top secret” email
   * chains", "The “oversight” panel said …"). tok is the quotation's last token or its closing mark.
   */
  const tagClosable = (toks: Token[], k: number): boolean => {
    const r = regionAt(regions, toks[k].start);
    return r < 0 || !regions[r].closed || /[,?!.…—–-]$/.test(text.slice(regions[r].start, regions[r].end).replace(/[\s”"»’'`]+$/, '')) || toks[k + 1]?.text === ',';
  };
  const timexByStart = new Map<number, TimexFinding>();
  for (const t of timexes) if (!timexByStart.has(t.span[0])) timexByStart.set(t.span[0], t);
  // timex indices ordered by start, for the bounded search in timeOf()
  const timexOrder = timexes.map((_, i) => i).sort((a, b) => timexes[a].span[0] - timexes[b].span[0]);
  /** Quotations with their speech tag that a report ("…, according to X") holds as its content. */
  const reportedQuotes = new Set<Draft>();
  const claim = (spans: Span[]): void => {
    for (const [s, e] of spans) claimed.fill(1, s, e);
  };
  const isClaimed = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (claimed[i]) return true;
    return false;
  };

  /** The mention covering [s, e) best (most overlap), for speaker resolution. */
  const mentionIn = (s: number, e: number): MentionRef | null => {
    let best: MentionRef | null = null;
    let bestScore = 0;
    // binary search first mention with start >= s - 200
    let lo = 0;
    let hi = allMentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (allMentions[mid].start < s - 200) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < allMentions.length && allMentions[i].start < e; i++) {
      const m = allMentions[i];
      const ov = Math.min(e, m.end) - Math.max(s, m.start);
      if (ov <= 0) continue;
      const score = ov + (m.kind === 'NAME' || m.kind === 'TITLE' ? 1000 : 0) - (m.start < s ? 500 : 0);
      if (score > bestScore) {
        bestScore = score;
        best = m;
      }
    }
    return best;
  };

  const sentenceOf = (pos: number): Sentence | undefined => sentenceAt(doc, pos);
  const ctx: CueContext = {
    mentionEnd: (pos) => byEnd.get(pos)?.kind,
    mentionStart: (pos) => byStart.has(pos),
    lexClass,
    aux: CUE_AUX,
  };
  // while collecting training examples the detector plays no part, so that training never depends on
  // the weights it replaces
  const scorer = options.collect ? (): number => -Infinity : options.scorer;
  /** The learned cue detector's score for token h. */
  const cueScoreAt = (toks: Token[], q: boolean[], h: number): number => (scorer ? scorer(cueFeatures(toks, h, q, ctx)) : cueScoreOf(toks, h, q, ctx));

  layoutQuotes(false);
  sentenceRules();
  modelPass();
  namedQuotes();
  reportedClauses();
  chantedQuotes();
  trimQuotedObjects();
  frontedQuoteStart();
  bareCueQuotes();
  attachRunOnQuotes();
  joinOpenParagraphs();
  colonStatements();
  headlineColon();
  quoteFirstHeadline();
  layoutQuotes(true);
  firstPersonSpeakers();

  // ---- sentence pass -------------------------------------------------------------------------
  /**
   * The rules that read one sentence at a time. (The loops live here rather than in findStatements so
   * that findStatements, whose context holds every rule's closure, stays cold: optimising it cost the
   * compiler seconds of escape analysis per attempt.)
   */
  function sentenceRules(): void {
    for (const sent of doc.sentences) {
      if (sent.tokens.length === 0 || sent.tokens.length > 2000) continue; // a 1 MB "sentence" is not news prose
      const q = sent.tokens.map((t) => inQuote(t.start));
      // a sentence with no cue word, passive verb of judging, colon or "according" outside quotes has nothing to attribute
      let any = false;
      for (let i = 0; i < sent.tokens.length && !any; i++) {
        if (q[i]) continue;
        const w = sent.tokens[i].text;
        any = w === ':' || CUE_FORMS.has(w.toLowerCase()) || PASSIVE_JUDGED.test(w) || w === 'according' || w === 'According' || (w === ',' && i + 1 < sent.tokens.length && q[i + 1]);
      }
      // a sentence that opens with a quotation ("“…,” X told Y.") or follows one
      if (!any && (q[0] || CLOSE_Q.has(text[sent.start - 2] ?? '') || CLOSE_Q.has(text[sent.start - 1] ?? ''))) any = true;
      if (!any) continue;
      asReportedBy(sent);
      processSentence(sent, q, 0);
      processSentence(sent, q, 1);
      processSentence(sent, q, 2);
    }
    for (const sent of doc.sentences) {
      pollFronted(sent);
      frontedExperiencer(sent);
      criticismDrawn(sent);
      documentsShow(sent);
      speakerFrame(sent);
      hearingHeard(sent);
      possessiveVerdict(sent);
    }
  }

  /**
   * Pass 0 takes only cues whose content precedes them ("…, he said."); pass 1 verbs of speech with a
   * clause ("said", "told"), which outrank the verbs inside their content; pass 2 every other cue.
   */
  function processSentence(sent: Sentence, q: boolean[], pass: number): void {
    const postposed = pass === 0;
    const toks = sent.tokens;
    const n = toks.length;
    // reported speech inside a question is not asserted ("Did he say that …?")
    let lastOut = n - 1;
    while (lastOut >= 0 && (q[lastOut] || CLOSE_Q.has(toks[lastOut].text))) lastOut--;
    const question = lastOut >= 0 && toks[lastOut].text === '?' && lastOut === n - 1;
    let mainSubject: Subject | null = null;
    let floor = 0; // token index before which content is already used in this sentence

    for (let i = 0; i < n; i++) {
      if (q[i] || claimed[toks[i].start]) continue;
      const lw = lower(toks[i]);

      // "according to X, …" / "…, according to X"
      if (lw === 'according' && lower(toks[i + 1]) === 'to') {
        if (!postposed) continue;
        const d = according(sent, toks, q, i, floor);
        if (d) {
          floor = Math.max(floor, i + 2);
          mainSubject ??= d.subject;
        }
        continue;
      }
      if (lw === ':' && postposed && i > floor && i + 1 < n) {
        floor = colonSource(sent, toks, q, i, floor);
        continue;
      }
      // "Asked whether …, she said …": the question, with no source of its own
      // "When asked whether …, she said …", "If asked about …": a subordinator may open the clause
      const askLead = i === floor || (i === floor + 1 && /^(when|if|after|before|once|while|as)$/.test(lower(toks[floor])));
      if (pass === 0 && lw === 'asked' && askLead && i + 1 < n && !q[i + 1]) {
        floor = askedQuestion(sent, toks, q, i, floor);
        continue;
      }
      if (question) continue;
      // "X's statement that …", "her claim that …"
      if (pass === 1 && CLAIM_NOUNS.has(lw) && lower(toks[i + 1]) === 'that' && i > 0 && !q[i + 1]) {
        floor = claimNoun(sent, toks, q, i, floor);
        continue;
      }
      // "his support for …", "Smith's attacks on …"
      const preps = pass === 2 ? ATTITUDE_NOUNS.get(lw) : undefined;
      if (preps && i + 2 < n && !q[i + 1] && preps.includes(lower(toks[i + 1])) && !usedCues.has(toks[i].start)) {
        if (attitudeNoun(sent, toks, q, i, floor)) continue;
      }
      // "Roe was named the party's nominee", "The plan has been widely criticized": with no agent, no one
      // is named as the judge; the subject and its complement are what was said of it
      if (pass === 2 && PASSIVE_JUDGED.test(lw) && !usedCues.has(toks[i].start) && lower(toks[i + 1]) !== 'to') {
        if (passiveJudged(sent, toks, q, i, floor)) {
          floor = Math.max(floor, i);
          continue;
        }
      }
      const entries = CUE_FORMS.get(lw);
      if (!entries || usedCues.has(toks[i].start) || usedCues.has(toks[i].end)) continue;
      let rc0 = i;
      while (rc0 - 1 >= 0 && !q[rc0 - 1] && CUE_AUX.has(lower(toks[rc0 - 1]))) rc0--;
      // "is expected to", also with a negation or adverbs between ("is not expected to", "was originally
      // expected to", "is widely expected to")
      let be = i - 1;
      if (lw === 'expected' || lw === 'seen') while (be > 0 && !q[be] && (/^(not|n't|also|still|now|already)$/.test(lower(toks[be])) || /^[a-z]+ly$/.test(toks[be].text))) be--;
      const beExpected = lw === 'expected' && be >= 0 && be < i && !q[be] && BE.has(lower(toks[be])) && lower(toks[i + 1]) === 'to';
      const seenAs = lw === 'seen' && beSeenAs(toks, q, be, i);
      if ((beExpected || seenAs) && be < rc0) rc0 = be;
      // raising verbs: "The speaker appeared closer to …", "The vote is expected to …" — no source (but
      // see raisedHolder: "She appeared to imply …"); the content is the subject and the complement
      if (pass === 2 && (RAISING.test(lw) || beExpected || seenAs)) {
        const L = rc0 - 1;
        const cueEndTok = seenAs ? i + 1 : i;
        const cueSpan: Span = [toks[rc0].start, toks[cueEndTok].end];
        if (L < 0 || notACue(toks, q, i)) continue;
        const found = L >= floor ? findSubject(toks, q, L, floor) : null;
        const subj = found ? { ...found, span: [headNounStart(found.span[0], toks[floor].start), found.span[1]] as Span } : null;
        const comp = rightContent(sent, toks, q, cueEndTok + 1, { base: 'seem', frame: 'NP', speech: false });
        // a common view inside another's content, or on a relative's noun ("whose bid is seen as …"), is theirs
        if (seenAs && (isClaimed(cueSpan[0], cueSpan[1]) || (subj && /^(who|whom|whose|that|which|what)\b/i.test(text.slice(subj.span[0], subj.span[1]))))) continue;
        if (subj && comp && !(subj.span[0] < toks[floor].start)) {
          // "It seems that …", "it appears the plan …": an empty "it" before a clause says nothing
          const dummy = RAISING.test(lw) && /^it$/i.test(text.slice(subj.span[0], subj.span[1])) && CLAUSE_AFTER_IT.test(text.slice(comp[0][0], comp[0][0] + 12));
          addDraft(dummy ? comp : [subj.span, ...comp], cueSpan, RAISING.test(lw) ? raisedHolder(toks, q, cueEndTok, subj) : null, sent);
          floor = Math.max(floor, i);
        }
        continue;
      }
      // the particle that belongs to the cue ("called for", "pointed out")
      let entry: CueEntry | undefined;
      let cueEndTok = i;
      const nx = lower(toks[i + 1]);
      const withParticle = entries.find((e) => e.verb.particle && e.verb.particle === nx);
      if (withParticle) {
        entry = withParticle;
        cueEndTok = i + 1;
      } else {
        const full = entries.filter((e) => !e.verb.particle && !e.verb.quoteOnly);
        const plain = full.length ? full : entries.filter((e) => !e.verb.particle);
        if (plain.length === 0) continue;
        entry = (nx === 'to' ? pickFrame(plain, 'INFINITIVE') : undefined) ?? pickFrame(plain, 'CLAUSE') ?? pickFrame(plain, 'OBJECT_CLAUSE') ?? pickFrame(plain, 'NP');
        if (!entry) continue;
        if (entry.verb.frame === 'INFINITIVE' && nx !== 'to') continue;
      }
      const verb = entry.verb;
      if (verb.quoteOnly) {
        // "the email read: “…”", "“…,” the crowd chanted": only next to a quotation
        const nextPara = doc.paragraphs[sent.paragraph + 1];
        const nextQ = (k: number): boolean =>
          k < n && (q[k] || OPEN_Q.has(toks[k].text) || ((toks[k].text === ':' || toks[k].text === ',') && k + 1 < n && q[k + 1]) ||
            (toks[k].text === ':' && k === n - 1 && !!nextPara && regionAt(regions, nextPara.start) >= 0) || (k < n && quoteAfterAdjunct(toks, q, k) >= 0));
        let c = i - 1;
        while (c >= 0 && !q[c] && isWord(toks[c]) && i - c < 8) c--;
        // the words between are the tag's subject: no verb of saying of their own ("“…,” begins a scripted
        // message"), no coordinated verb ("… that read “…” and sighed")
        const w1 = c >= 0 && toks[c + 1]?.text === ',' ? c + 2 : c + 1;
        const tagSubject = !/^(and|or|but)$/.test(lower(toks[i - 1])) && !(w1 < i && CUE_FORMS.has(lower(toks[w1])));
        const prevQ = c >= 0 ? tagSubject && ((q[c] && tagClosable(toks, c)) || (toks[c].text === ',' && c > 0 && q[c - 1])) : /[”"»]\s*$/.test(text.slice(Math.max(0, sent.start - 3), sent.start));
        if (!nextQ(cueEndTok + 1) && !prevQ) continue;
      }
      if (pass === 1 && !(verb.speech && (verb.frame === 'CLAUSE' || verb.frame === 'OBJECT_CLAUSE'))) continue;
      // left: auxiliaries and adverbs that belong to the cue
      let c0 = i;
      while (c0 - 1 >= 0 && !q[c0 - 1] && CUE_AUX.has(lower(toks[c0 - 1]))) c0--;
      const prev = lower(toks[i - 1]);
      const auxWords = toks.slice(c0, i).map(lower);
      const verbalAux = auxWords.some((w) => VERBAL_AUX.has(w));
      // "the report", "to say" — but "Some say …", "Many believe that …": a quantifier subject and a finite verb
      const quantSubject = QUANT_SUBJECTS.has(prev) && (entry.form === 'BASE' || entry.form === 'PAST') && (i < 2 || !isWord(toks[i - 2]) || CLAUSE_OPENERS.has(lower(toks[i - 2]))) &&
        (lower(toks[i + 1]) === 'that' || SUBJECT_PRONOUNS.has(lower(toks[i + 1])) || /^(the|a|an|this|these|those|there)$/.test(lower(toks[i + 1])));
      if (c0 === i && NOUN_MARKERS.has(prev) && !quantSubject) continue;
      if (c0 < i && !verbalAux && NOUN_MARKERS.has(lower(toks[c0 - 1]))) continue; // "the first report"
      // a bare verb form cannot agree with a singular "a X": it is a noun ("In a Facebook post, …", "a blog
      // post"); but a quantity takes the plural ("A few say …", "a majority believe …")
      if (c0 === i && entry.form === 'BASE' && i >= 2 && /^(a|an)$/.test(lower(toks[i - 2])) && isWord(toks[i - 1]) && !q[i - 1] && !A_QUANTITY.test(lower(toks[i - 1]))) continue;
      const passive = entry.form === 'PAST' && auxWords.some((w) => BE.has(w)) && verb.frame !== 'INFINITIVE';
      const cueSpan: Span = [toks[c0].start, toks[cueEndTok].end];
      const L = c0 - 1;


      if (postposed && L < 0) continue;
      // participles that add a statement to the main clause: ", adding that …", "…, saying …"
      if (!postposed && entry.form === 'ING' && c0 === i && PARTICIPLE_LINKS.has(lw) && !(lw === 'adding' && /^(to|up)$/.test(nx)) && i > 0 && (toks[i - 1].text === ',' || q[i - 1] || toks[i - 1].text === '—' || /^(and|while|before|after)$/.test(prev) || isWord(toks[i - 1]))) {
        if (notACue(toks, q, i)) continue;
        const subj = participleSubject(toks, q, i) ?? previousSource(sent, toks[i].start) ?? mainSubject ?? mainClauseSubject(toks, q, i);
        if (!subj && toks[i - 1].text !== ',') continue;
        const content = namedByQuote(lw, rightContent(sent, toks, q, cueEndTok + 1, verb));
        if (!content) continue;
        addDraft(content, [toks[i].start, toks[cueEndTok].end], subj, sent);
        floor = Math.max(floor, i);
        continue;
      }

      // a participle with its agent after a noun phrase, no auxiliary: "The bill, opposed by Democrats, …",
      // "a call echoed by Japan" — the agent is the source, the noun phrase the content
      if (pass === 2 && entry.form === 'PAST' && c0 === i && lower(toks[i + 1]) === 'by' && i >= 1 && !/^(asked|told|called|named|cited|quoted|written|posted|calculated|offered|published|released|issued|produced|prepared|conducted|sponsored|estimated)$/.test(lw) && !(lw === 'seen' && !seenAsFollows(toks, q, i + 2))) {
        const comma = toks[i - 1].text === ',';
        const hd = comma ? i - 2 : i - 1;
        const src = hd >= floor ? npRight(toks, q, i + 2) : null;
        if (src && hd >= 0 && isWord(toks[hd]) && !q[hd] && !VERBAL_AUX.has(lower(toks[hd])) && !SUBJECT_PRONOUNS.has(lower(toks[hd])) && !/ly$/.test(lower(toks[hd]))) {
          const m = mentionEndingAt(toks[hd].end);
          const np = m && m.start >= toks[floor].start ? { span: [m.start, m.end] as Span } : heuristicNP(toks, q, hd, floor);
          // after a comma the noun phrase opens its clause ("The bill, opposed by …"); without one it is short ("a call echoed by")
          const st = np ? tokAt(toks, np.span[0]) : -1;
          const opens = st >= 0 && (st === floor || st === 0 || /^[,;:—–(]$/.test(toks[st - 1].text) || CLAUSE_OPENERS.has(lower(toks[st - 1])) || !comma);
          if (np && opens && !isClaimed(np.span[0], np.span[1])) {
            addDraft([np.span], [toks[i].start, toks[i + 1].end], src, sent);
            continue;
          }
        }
      }
      // passive: "… was first reported by X", "it was reported that …"
      if (passive && !postposed && passiveCue(sent, toks, q, lw, c0, cueEndTok, cueSpan, verb, floor)) continue;

      // inversion: "“…,” said X." / "…, says X."
      const leftMark = L >= 0 ? toks[L].text : '';
      // a name before the comma is the subject ("…, Smith said"), unless it sits inside the clause before
      // the comma ("… to fend off Smith and Jones, said Jo Roe") or a quotation opens the content and a
      // name follows the verb ("“…” that X can win, said Jo Roe, an aide")
      const leftSubj = leftMark === ',' ? findSubject(toks, q, L, floor) : null;
      const clauseFinalName = (ls: Subject): boolean => {
        const b = ls.tok - 1;
        if (b < floor || b < 0 || toks[b].text === ',' || q[b] || CLOSE_Q.has(toks[b].text) || /^(so|yet|then|because|while|although|though|when|that|as|if)$/.test(lower(toks[b]))) return false;
        if (!/^(said|says|added|adds|wrote|writes|noted|notes|explained|explains|argued|argues|recalled|recalls)$/.test(lw)) return false;
        // the inverted source is a name that ends the clause: "…, said Jo Roe(, a lawyer)."
        const m = byStart.get(toks[cueEndTok + 1]?.start ?? -1);
        if (!m || (m.kind !== 'NAME' && m.kind !== 'TITLE') || actorKind.get(m.key) === 'LOCATION') return false;
        const after = toks[tokAt(toks, m.end - 1) + 1];
        return after === undefined || after.text === ',' || after.text === '.';
      };
      const leftStrong = !!leftSubj?.strong && !clauseFinalName(leftSubj);
      // the name on the left is inside the content's own clause, not the speaker after the quotation
      const leftInClause = !!leftSubj && verb.frame === 'CLAUSE' && leftSubj.tok > 0 && !q[leftSubj.tok - 1] && isWord(toks[leftSubj.tok - 1]);
      if (verb.speech && verb.frame !== 'INFINITIVE' && entry.form !== 'ING' && L >= 0 && (leftMark === ',' || CLOSE_Q.has(leftMark) || q[L]) && c0 === i) {
        const src = npRight(toks, q, cueEndTok + 1);
        const inverted = !leftStrong || (leftInClause && !!src && byStart.get(toks[src.tok].start)?.kind === 'NAME' && q[floor] && !isClaimed(toks[floor].start, toks[L].end));
        if (inverted && src && restIsAdjunct(toks, q, tokAt(toks, src.span[1] - 1) + 1)) {
          const content = leftContent(sent, toks, q, L, floor);
          if (content) {
            addDraft(withSplitQuote(content, toks, q, tokAt(toks, src.span[1] - 1) + 1), cueSpan, src, sent);
            mainSubject ??= src;
            floor = Math.max(floor, src.tok);
            continue;
          }
        }
      }

      // subject on the left; a participle after a comma belongs to the main clause ("X told Y, alluding to …")
      const ingAfterComma = entry.form === 'ING' && c0 === i && L > 0 && toks[L].text === ',' && !q[L - 1];
      const left = L >= 0 ? findSubject(toks, q, L, floor) : null;
      const subj: Subject | null = left && ingAfterComma ? previousSource(sent, toks[i].start) ?? mainSubject ?? mainClauseSubject(toks, q, i) ?? left : left;
      if (!subj) continue;
      if (notACue(toks, q, i)) continue;
      const weak = WEAK_CUE_FORMS.has(lw) || !verb.speech || verb.frame === 'NP' || verb.frame === 'INFINITIVE';
      if (weak && !subj.strong) continue;
      const quoteAfter = cueEndTok + 1 < n && (q[cueEndTok + 1] || ((toks[cueEndTok + 1].text === ':' || toks[cueEndTok + 1].text === ',') && (cueEndTok + 2 >= n || q[cueEndTok + 2])));
      if (!subj.strong && !verb.quoteOnly && !(verb.speech && quoteAfter) && !/^(said|says|say|told|tells|wrote|writes|reported|reports|added|noted|argued|explained|stated|announced|declared|suggested|suggests|found|finds|shows|showed|indicated|indicates|predicted|predicts|estimated|estimates|concluded|warned|claimed|insisted|acknowledged|confirmed|revealed|tweeted|asked|replied|responded|continued)$/.test(lw)) continue;

      // postposed: "…, the minister said (on Tuesday)."
      // a verb of a noun phrase with its object after it ("who endorsed Ann Roe on Monday, …") ends no content on its left
      const nw = cueEndTok + 1 < n && !q[cueEndTok + 1] ? lower(toks[cueEndTok + 1]) : '';
      const npObject = verb.frame === 'NP' && !!nw && isWord(toks[cueEndTok + 1]) && !ADJUNCT_PREPS.has(nw) && !WEEKDAYS.test(nw) && !timexAt(toks[cueEndTok + 1].start) && !/^(by|to|with|for|from|of|about|as|into|over|after|before|during|since|and|but|or|[a-z]+ly)$/.test(nw);
      let rest = npObject ? { empty: false } : afterCue(toks, q, cueEndTok + 1);
      // "…, he told his closest aides (on Monday).": the addressee, then only adjuncts
      if (!rest.empty && (lw === 'told' || lw === 'tells') && cueEndTok === i) {
        const ad = addresseeEnd(toks, q, cueEndTok + 1);
        if (ad > cueEndTok + 1 && !/^(to|that|of|about)$/.test(lower(toks[ad]))) rest = afterCue(toks, q, ad);
      }
      const preSubj = subj.tok - 1;
      let preSubj2 = preSubj;
      if (rest.empty && preSubj >= 0 && !(toks[preSubj].text === ',' || CLOSE_Q.has(toks[preSubj].text) || q[preSubj])) {
        // walk left over the rest of the source's description to a comma or quotation
        let d = preSubj;
        // a coordinated subject too: "…, teachers and union officials said."
        const coordinated = (x: number): boolean => x === preSubj && /^(said|says|say|told|tells|added|adds|wrote|writes|noted|notes)$/.test(lw) && lower(toks[x]) === 'and' && x - 1 > floor && isWord(toks[x - 1]) && !q[x - 1];
        while (d > floor && preSubj - d < 12 && isWord(toks[d]) && !q[d] && (!CLAUSE_OPENERS.has(lower(toks[d])) || /^(of|the|for|at|from|in|on)$/.test(lower(toks[d])) || coordinated(d)) && !CUE_FORMS.has(lower(toks[d]))) d--;
        if (d >= 0 && d < preSubj && (toks[d].text === ',' || CLOSE_Q.has(toks[d].text) || q[d])) {
          subj.span = [toks[d + 1].start, subj.span[1]];
          subj.tok = d + 1;
          preSubj2 = d;
        }
      }
      // "…, as Jo Roe noted in a column.": a postposed as-clause at the sentence end attributes the clause
      // before its comma (between commas, "the result, as he explained, was …", it is a parenthetical tag)
      if (rest.empty && (verb.speech || verb.frame === 'CLAUSE') && preSubj2 > floor + 1 && lower(toks[preSubj2]) === 'as' && /^(,|—|–)$/.test(toks[preSubj2 - 1].text) && !q[preSubj2 - 1] && !toks.slice(cueEndTok + 1).some((t) => t.text === ',')) preSubj2--;
      // a quotation inside a fronted adjunct ("Asked on “Meet the Press,” Smith said he …") is not the content
      // when a clause follows the verb
      const quoteInAdjunct = (): boolean => {
        const ri = regionAt(regions, toks[preSubj2].start);
        if (ri < 0 || regions[ri].start <= toks[floor].start + 1 || verb.frame !== 'CLAUSE' || !verb.speech) return false;
        const nx = lower(toks[cueEndTok + 1]);
        return cueEndTok + 2 < n && !q[cueEndTok + 1] && (SUBJECT_PRONOUNS.has(nx) || /^(his|her|their|its|there)$/.test(nx));
      };
      // a closing mark counts only when it closes a quotation, not a programme title ("on ABC’s “This Week,” Carson said")
      const quoteBefore = preSubj2 >= 0 && (q[preSubj2] || (CLOSE_Q.has(toks[preSubj2].text) && preSubj2 > 0 && q[preSubj2 - 1])) && tagClosable(toks, preSubj2) && !(cueEndTok + 1 < toks.length && (q[cueEndTok + 1] || /^(that|:)$/.test(lower(toks[cueEndTok + 1])))) && !quoteInAdjunct();
      if ((rest.empty || (quoteBefore && verb.speech)) && preSubj2 >= 0 && (toks[preSubj2].text === ',' || CLOSE_Q.has(toks[preSubj2].text) || q[preSubj2] || toks[preSubj2].text === '—') && !frontedAdjunctOnly(toks, q, floor, preSubj2, cueEndTok)) {
        const content = leftContent(sent, toks, q, preSubj2, floor);
        if (content && verb.frame !== 'INFINITIVE') {
          addDraft(withSplitQuote(content, toks, q, cueEndTok + 1), cueSpan, subj, sent);
          mainSubject ??= subj;
          floor = Math.max(floor, i);
          continue;
        }
      }
      if (rest.empty && preSubj < 0 && verb.speech && verb.frame !== 'INFINITIVE' && sent.start > 0) {
        let b = sent.start - 1;
        while (b > 0 && (text[b] === ' ' || text[b] === '\t')) b--;
        const ri = regionAt(regions, b);
        if (ri >= 0 && regions[ri].end === b + 1 && (CLOSE_Q.has(text[b]) || text[b] === "'") && /[?!.,]/.test(text[b - 1] ?? '') && regions[ri].paragraph === sent.paragraph && !isClaimed(regions[ri].start, regions[ri].end)) {
          addDraft([[regions[ri].start, regions[ri].end]], cueSpan, subj, sent);
          continue;
        }
      }
      if (postposed) continue;
      // a verb in a fronted conditional or concessive clause ends with that clause; the main clause after
      // its comma is not what was said: "Whatever the judge says, the family will …", "If Roe says, …"
      // (an adjunct set off before a "that" clause is the verb's own: "if his rivals had decided, after months, that …")
      // an inverted condition reads the same: "Should the minister claim otherwise, …", "Had she said so, …"
      const invertedIf = subj.tok <= 1 && floor === 0 && /^(Should|Were|Had)$/.test(toks[0].text) && i > 1;
      const lead = invertedIf ? 0 : subj.tok - 1 >= floor && SUBORDINATE_LEADS.test(lower(toks[subj.tok - 1])) ? subj.tok - 1 : SUBORDINATE_LEADS.test(lower(toks[subj.tok])) ? subj.tok : -1;
      if (lead >= 0 && cueEndTok + 1 < n && toks[cueEndTok + 1].text === ',' && !toks.slice(cueEndTok + 2, cueEndTok + 14).some((t, k) => lower(t) === 'that' && !q[cueEndTok + 2 + k])) continue;
      if (invertedIf && toks.slice(cueEndTok + 1).some((t, k) => t.text === ',' && !q[cueEndTok + 1 + k])) {
        hypothetical.add(toks[i].start);
        continue;
      }
      // what someone would say if asked is no statement: "If asked, he would say the plan had failed."
      if (c0 < i && /^(would|'d|’d)$/.test(lower(toks[c0])) && lower(toks[0]) === 'if' && /^(asked|pressed|questioned|challenged|prompted)$/.test(lower(toks[1])) && toks.slice(2, subj.tok).some((t, k) => t.text === ',' && !q[2 + k])) {
        hypothetical.add(toks[i].start);
        continue;
      }
      const content = namedByQuote(lw, rightContent(sent, toks, q, cueEndTok + 1, verb));
      if (!content) continue;
      // a song or a play performed is no quotation: "She sang “Amazing Grace” at the funeral."
      if (PERFORM_VERBS.test(lw) && content.length === 1 && quotedTitle(content[0])) continue;
      addDraft(content, cueSpan, subj, sent);
      mainSubject ??= subj;
      floor = Math.max(floor, i);
    }
    if (postposed) quoteThenCue(sent, toks, q);
    if (postposed) cueThenQuote(sent, toks, q);
    if (pass === 2) colonParagraph(sent, toks, q);
  }


  // The rarer rules of the sentence pass live in functions of their own so that processSentence stays
  // small for the optimising compiler: the first time a rare path runs, the code compiled for its function
  // is dropped and rebuilt, which for the whole pass took about a second each time, ten times over a cold pass.
  /** A name or a document before a colon and a quotation, the colon being token i; the sentence's new floor. */
  function colonSource(sent: Sentence, toks: Token[], q: boolean[], i: number, floor: number): number {
    // "From the report: “…”", "More from the memo: “…”": a document quoted
    const fr = floor + (lower(toks[floor]) === 'more' ? 1 : 0);
    if (lower(toks[fr]) === 'from' && i - fr >= 3 && i - fr <= 5 && DETERMINERS.has(lower(toks[fr + 1])) && DOCUMENT_HEADS.has(lower(toks[i - 1])) && q[i + 1]) {
      const reg = regionAt(regions, toks[i + 1].start);
      if (reg >= 0 && !isClaimed(regions[reg].start, regions[reg].end)) {
        const m = mentionIn(toks[fr + 1].start, toks[i - 1].end);
        addDraft([[regions[reg].start, regions[reg].end]], [toks[i].start, toks[i].end], { span: [toks[fr + 1].start, toks[i - 1].end], key: m?.key ?? null, strong: false, tok: fr + 1 }, sent);
        return Math.max(floor, i + 1);
      }
    }
    // a party-and-state tag between the name and the colon: "Rep. Jane Roe (D-Ohio): “…”"
    let ne = i - 1;
    if (toks[ne].text === ')' && ne >= 3 && i - ne < 2) {
      let o = ne - 1;
      while (o > floor && o > ne - 6 && toks[o].text !== '(') o--;
      if (toks[o].text === '(' && o > floor) ne = o - 1;
    }
    const m = mentionEndingAt(toks[ne].end);
    let st = m ? tokAt(toks, m.start) : -1;
    // "Smith and Jones: “…”"
    if (m && st >= 2 && lower(toks[st - 1]) === 'and' && mentionEndingAt(toks[st - 2].end)) st = tokAt(toks, mentionEndingAt(toks[st - 2].end)!.start);
    // a name after a dash or "from" opens the quotation too: "Headline — Jane Roe: “…”", "More from Roe: “…”"
    const led = st > floor + 1 && (/^[-—–]$/.test(toks[st - 1].text) || (lower(toks[st - 1]) === 'from' && st - 2 >= 0 && /^(more|this|that)$/.test(lower(toks[st - 2]))));
    // a quotation opening right after "NAME:" is the named speaker's, whatever leads up to the name
    // ("The result did not surprise pollster Jane Roe: “…”"); not a byline or a medium ("by the
    // Times' Jane Roe:", "on CNN:"), nor the object of a verb of saying ("Jo Roe told the Post: “…”" is the teller's)
    const opensAfter = st > floor + 1 && /^\p{Lu}/u.test(toks[st].text) && /^\p{Ll}+$/u.test(toks[st - 1].text) && !toks.slice(floor, st).some((t) => CUE_FORMS.has(lower(t))) && !/^(by|on|in|at|from|to|with|for|via|through)$/.test(toks[st - 1].text) && OPEN_Q.has(toks[i + 1].text) && regionAt(regions, toks[i + 1].start) >= 0 && regions[regionAt(regions, toks[i + 1].start)].start === toks[i + 1].start;
    // a fronted verb of saying is the cue, not the colon: "Said the minister: “…”", "But added Roe: “…”"
    const fv = st - 1;
    const fronted = m && fv >= floor && (fv === floor || (fv === floor + 1 && /^(but|and|yet)$/.test(lower(toks[floor])))) && FRONTED_SAYING.test(lower(toks[fv]));
    if (m && (st <= floor + 1 || led || opensAfter || fronted) && actorKind.get(m.key) !== 'LOCATION' && !PAGE_LABELS.test(text.slice(m.start, m.end)) && (q[i + 1] || OPEN_Q.has(toks[i + 1].text))) {
      const reg = regionAt(regions, toks[i + 1].start);
      if (reg >= 0) {
        const subj: Subject = { span: [toks[st].start, m.end], key: m.key, strong: true, tok: st };
        addDraft([[regions[reg].start, regions[reg].end]], fronted ? [toks[fv].start, toks[fv].end] : [toks[i].start, toks[i].end], subj, sent);
        return Math.max(floor, i + 1);
      }
    }
    return floor;
  }

  /** The question after a fronted "asked" (token i); the sentence's new floor. */
  function askedQuestion(sent: Sentence, toks: Token[], q: boolean[], i: number, floor: number): number {
    const n = toks.length;
    let k = i + 1;
    // over adjuncts of the asking: "Asked at a briefing on Monday whether …", "Asked specifically what …"
    while (k < n && k < i + 10 && !q[k] && isWord(toks[k]) && !/^(about|if|whether|why|how|what|when|who|whom|which|where|to)$/.test(lower(toks[k])) && !CUE_FORMS.has(lower(toks[k])) && !FINITE.has(lower(toks[k]))) k++;
    if (k >= n) return floor;
    const about = /^(about|if|whether|why|how|what|when|who|to)$/.test(lower(toks[k]))  || /^(whom|which|where)$/.test(lower(toks[k]));
    if (about) {
      let e = k + 1;
      // the question ends at a comma, also one inside a closing quotation ("… on “Meet the Press,” she said")
      const quotedComma = (x: number): boolean => toks[x].text === ',' && q[x] && x + 2 < n && CLOSE_Q.has(toks[x + 1].text) && !q[x + 2];
      while (e < n && !(toks[e].text === ',' && !q[e]) && !quotedComma(e) && e < k + 60) e++;
      if (e < n && quotedComma(e)) {
        const cueEnd = lower(toks[k]) === 'about' ? toks[k].end : toks[i].end;
        if (lower(toks[k]) === 'about') k++;
        addDraft([[toks[k].start, toks[e + 1].end]], [toks[i].start, cueEnd], null, sent);
        return Math.max(floor, e + 2);
      }
      if (e < n && toks[e].text === ',' && (e > k + 1 || /^(why|how)$/.test(lower(toks[k])))) {
        const cueEnd = lower(toks[k]) === 'about' ? toks[k].end : toks[i].end;
        // "asked by a reporter whether …": the one asking
        let asker: Subject | null = null;
        if (lower(toks[i + 1]) === 'by' && k > i + 2) {
          const m = mentionIn(toks[i + 2].start, toks[k - 1].end);
          asker = { span: [toks[i + 2].start, toks[k - 1].end], key: m?.key ?? null, strong: !!m, tok: i + 2 };
        }
        if (lower(toks[k]) === 'about') k++;
        addDraft([[toks[k].start, toks[e - 1].end]], [toks[i].start, cueEnd], asker, sent);
        return Math.max(floor, e + 1);
      }
    }
    return floor;
  }

  /** The claim that a noun (token i) and "that" open; the sentence's new floor. */
  function claimNoun(sent: Sentence, toks: Token[], q: boolean[], i: number, floor: number): number {
    const n = toks.length;
    const subj = viewHolder(toks, q, i, floor);
    if (subj) {
      let content = rightContent(sent, toks, q, i + 1, CLAIM_VERB);
      // as the sentence's subject ("Roe's claim that the fund was empty angered teachers") the claim
      // ends before the main clause's verb: a verb after a word that is not one, past the claim's own
      const opens = subj.tok <= floor || /^[,;:—–(]$/.test(toks[subj.tok - 1]?.text ?? '');
      if (content && content.length === 1 && opens) {
        // (a second tensed verb in one verb group starts the main clause too: "had been emptied was false")
        let seen = false;
        let prevVerb = false;
        let groupTensed = false;
        for (let k = i + 2; k < n && toks[k].end <= content[0][1]; k++) {
          const w = lower(toks[k]);
          // (an -ed word after a determiner or quantifier modifies a noun: "many undocumented immigrants")
          const pastVerb = /^[a-z]{3,}ed$/.test(w) && !DETERMINERS.has(lower(toks[k - 1])) && !/^(many|most|some|few|several|all|more|less|newly|\d+)$/.test(lower(toks[k - 1]));
          const verbish: boolean = !q[k] && (FINITE.has(w) || pastVerb || (prevVerb && /^(been|be|being|not|n't|n’t)$/.test(w)));
          const tensed = FINITE.has(w) && !/^(have|has|had|do)$/.test(w);
          // (not a verb coordinated or in a relative clause: "is playing … and would be")
          if (verbish && seen && k > i + 3 && (!prevVerb || (tensed && groupTensed)) && !/^(and|or|but|who|which|that|nor)$/.test(lower(toks[k - 1]))) {
            content = [[content[0][0], toks[k - 1].end]];
            break;
          }
          if (verbish) seen = true;
          groupTensed = verbish && prevVerb ? groupTensed || FINITE.has(w) : FINITE.has(w);
          prevVerb = verbish;
        }
      }
      if (content) {
        addDraft(content, [toks[i].start, toks[i].end], subj, sent);
        return Math.max(floor, i);
      }
    }
    return floor;
  }

  /** The view that a noun of attitude (token i) and its preposition open; whether a statement was made. */
  function attitudeNoun(sent: Sentence, toks: Token[], q: boolean[], i: number, floor: number): boolean {
    const n = toks.length;
    const subj = viewHolder(toks, q, i, floor);
    if (subj) {
      let e = i + 2;
      while (e + 1 < n && !q[e + 1] && e - i < 25) {
        const w = lower(toks[e + 1]);
        if (/^[,;.:!?—–()]$/.test(w) || /^(that|which|who|because|while|although|though|but)$/.test(w) || FINITE.has(w) || STRONG_CUES.has(w)) break;
        e++;
      }
      if (q[e + 1]) {
        const ri = regionAt(regions, toks[e + 1].start);
        if (ri >= 0) e = tokAt(toks, regions[ri].end - 1);
      }
      addDraft([[toks[i + 2].start, toks[e].end]], [toks[i].start, toks[i + 1].end], subj, sent);
      return true;
    }
    return false;
  }

  /** What a passive of judging with no agent (token i) says of its subject; whether a statement was made. */
  function passiveJudged(sent: Sentence, toks: Token[], q: boolean[], i: number, floor: number): boolean {
    const n = toks.length;
    let b = i - 1;
    while (b > 0 && !q[b] && (/^(not|n't|n’t|also|still|now|already|just|never|first|since|then)$/.test(lower(toks[b])) || /^[a-z]+ly$/.test(toks[b].text))) b--;
    if (b >= 0 && b < i && !q[b] && BE.has(lower(toks[b])) && lower(toks[b]) !== "'s" && lower(toks[b]) !== '’s') {
      let c0 = b;
      while (c0 - 1 >= 0 && !q[c0 - 1] && CUE_AUX.has(lower(toks[c0 - 1]))) c0--;
      const subj = c0 - 1 >= floor ? findSubject(toks, q, c0 - 1, floor) : null;
      // "it was announced that …" is the impersonal passive, read below
      // in a subordinate clause it is part of what someone says or asks ("asked whether he would be charged")
      const st = subj ? tokAt(toks, subj.span[0]) : -1;
      if (subj && !(subj.span[0] < toks[floor].start) && !isClaimed(subj.span[0], toks[i].end) && !(st > 0 && /^(that|whether|if|because|after|before|when|while|although|though|since|unless|until)$/.test(lower(toks[st - 1]))) && !/^(it|there)$/i.test(text.slice(subj.span[0], subj.span[1])) && !notACue(toks, q, i, c0)) {
        // the complement is a phrase ("the winner in Ohio", "as too costly", "for his temper"): it ends at
        // punctuation, a new clause or verb, or an agent after adjuncts ("… on the speeches by X")
        let e = i;
        let agent: Subject | null = null;
        // an agent right after the verb, then the rest of the complement ("was dismissed by critics as …")
        if (lower(toks[i + 1]) === 'by') {
          agent = npRight(toks, q, i + 2);
          if (agent) e = tokAt(toks, agent.span[1] - 1);
        }
        const comp = e + 1;
        while (e + 1 < n) {
          const w = lower(toks[e + 1]);
          if (!q[e + 1] && (/^[,;:—–()!?.]$/.test(w) || PASSIVE_COMP_END.test(w) || FINITE.has(w) || STRONG_CUES.has(w))) break;
          if (!q[e + 1] && /^(and|but|or)$/.test(w) && e + 2 < n && (FINITE.has(lower(toks[e + 2])) || SUBJECT_PRONOUNS.has(lower(toks[e + 2])) || CUE_FORMS.has(lower(toks[e + 2])))) break;
          if (!q[e + 1] && w === 'by') {
            const a = npRight(toks, q, e + 2);
            if (a?.strong && !agent) agent = a;
            break;
          }
          e++;
        }
        addDraft(e >= comp ? [subj.span, [toks[comp].start, toks[e].end]] : [subj.span], [toks[c0].start, toks[i].end], agent, sent);
        return true;
      }
    }
    return false;
  }

  /**
   * A passive cue ("… was first reported by X", "it was reported that …", "she was asked whether …"):
   * whether the token is done with (a statement made or the cue refused); false lets the active readings try.
   */
  function passiveCue(sent: Sentence, toks: Token[], q: boolean[], lw: string, c0: number, cueEndTok: number, cueSpan: Span, verb: ReportingVerb, floor: number): boolean {
    const n = toks.length;
    const L = c0 - 1;
    // "she was asked by a reporter whether …": the one asking is the source, the question the content
    if (lw === 'asked' && lower(toks[cueEndTok + 1]) === 'by') {
      let k = cueEndTok + 2;
      while (k < n && k < cueEndTok + 12 && !q[k] && isWord(toks[k]) && !/^(whether|if|why|how|what|when|who|where|about|to)$/.test(lower(toks[k]))) k++;
      if (k > cueEndTok + 2 && k < n - 1 && !q[k] && /^(whether|if|why|how|what|when|who|where|about|to)$/.test(lower(toks[k]))) {
        const r = lower(toks[k]) === 'about' ? k + 1 : k;
        const content = rightContent(sent, toks, q, r, { base: 'ask', frame: 'NP', speech: true });
        if (content) {
          const agent: Span = [toks[cueEndTok + 2].start, toks[k - 1].end];
          const m = mentionIn(agent[0], agent[1]);
          addDraft(content, [toks[c0].start, toks[cueEndTok].end], { span: agent, key: m?.key ?? null, strong: !!m, tok: cueEndTok + 2 }, sent);
          return true;
        }
      }
    }
    if (lower(toks[cueEndTok + 1]) === 'by') {
      const src = npRight(toks, q, cueEndTok + 2);
      const subjLeft = L >= 0 ? heuristicNP(toks, q, L, floor) : null;
      // "were told by officials that …": the one told is no content; the clause after the agent is
      if (src && verb.frame === 'OBJECT_CLAUSE') {
        const after = tokAt(toks, src.span[1] - 1) + 1;
        const content = after < n && lower(toks[after]) === 'that' && !q[after] ? rightContent(sent, toks, q, after, verb) : null;
        if (content) {
          addDraft(content, [toks[c0].start, toks[cueEndTok].end], src, sent);
          return true;
        }
      }
      if (!src || !subjLeft) return true;
      addDraft([subjLeft.span], [toks[c0].start, toks[cueEndTok + 1].end], src, sent);
      return true;
    }
    if (L >= 0 && lower(toks[L]) === 'it') {
      const content = rightContent(sent, toks, q, cueEndTok + 1, verb);
      if (!content) return true;
      addDraft(content, [toks[L].start, cueSpan[1]], null, sent);
      return true;
    }
    if (lw === 'asked' && lower(toks[cueEndTok + 1]) !== 'by') {
      // "she was asked (about) …": the question is the content; the one asking is not named
      let r = cueEndTok + 1;
      if (lower(toks[r]) === 'about') r++;
      const content = rightContent(sent, toks, q, r, { base: 'ask', frame: 'NP', speech: true });
      if (!content) return true;
      addDraft(content, [toks[c0].start, toks[r - 1].end], null, sent);
      return true;
    }
    return verb.frame !== 'CLAUSE' || !/^(said|reported|believed|thought|expected|known|rumored|rumoured|alleged)$/.test(lw);
  }
  /**
   * An actor, a verb (of any kind) and a colon or comma before a quotation that ends the sentence:
   * "Smith quipped, “…”", "She shot back: “…”", "The mayor called over his shoulder, “…”".
   */
  function cueThenQuote(sent: Sentence, toks: Token[], q: boolean[]): void {
    const n = toks.length;
    for (let j = 2; j < n; j++) {
      if (!q[j] || q[j - 1] || (toks[j - 1].text !== ',' && toks[j - 1].text !== ':')) continue;
      const ri = regionAt(regions, toks[j].start);
      if (ri < 0) continue;
      const reg = regions[ri];
      if (reg.start < toks[j].start - 1 || isClaimed(reg.start + 1, reg.end - 1)) continue;
      // the quotation runs to the sentence end (or on, past it)
      if (reg.end < sent.end && /[\p{L}\p{N}]/u.test(text.slice(reg.end, sent.end))) continue;
      // a fronted verb of saying: "Said Jane Roe, a nurse from Ohio, “…”", "But, added Smith, “…”"
      let f = 0;
      if (/^(but|and|yet)$/.test(lower(toks[0])) && toks[1]?.text === ',') f = 2;
      else if (/^(but|and|yet)$/.test(lower(toks[0]))) f = 1;
      if (f + 1 < j - 1 && /^(said|says|added|adds|asked|wrote|writes|continued|recalled|explained)$/.test(lower(toks[f])) && !q[f]) {
        const src = npRight(toks, q, f + 1);
        let inner = true;
        for (let k = f + 1; k < j - 1; k++) {
          if (!q[k]) continue;
          // a short quoted name in the description is no quotation: "Said Jo Roe, a nurse at the “Hope” clinic, “…”"
          let e = k;
          while (e + 1 < j - 1 && q[e + 1]) e++;
          if (quotedModifierStart(toks, q, e, f) === k) k = e;
          else inner = false;
        }
        if (src && src.strong && inner && j - f < 30) {
          addDraft([[reg.start, reg.end]], [toks[f].start, toks[f].end], { ...src, span: [src.span[0], toks[j - 2].end] }, sent);
          return;
        }
      }
      // back from the comma over at most five words to a verb after an actor or pronoun
      for (let v = j - 2; v >= 1 && v >= j - 6; v--) {
        if (q[v] || !isWord(toks[v])) break;
        const w = lower(toks[v]);
        if (!/^[a-z]+(ed|s)$/.test(w) && !CUE_FORMS.has(w)) continue;
        if (CLAUSE_OPENERS.has(w) || NOUN_MARKERS.has(lower(toks[v - 1]))) continue;
        let c0 = v;
        while (c0 - 1 >= 0 && !q[c0 - 1] && (CUE_AUX.has(lower(toks[c0 - 1])) || /^[a-z]+ly$/.test(toks[c0 - 1].text))) c0--;
        if (c0 === 0) break;
        const subj = findSubject(toks, q, c0 - 1, 0);
        if (!subj || !subj.strong) continue;
        addDraft([[reg.start, reg.end]], [toks[c0].start, toks[j - 2].end], subj, sent);
        return;
      }
      // a document, or "it", as the subject of a verb of saying: "The letter continues: “…”", "It read, “…”"
      if (documentSays(sent, toks, q, j, reg)) return;
      // a colon after a whole clause: "Smith delivered a blunt message to the board: “…”"
      if (toks[j - 1].text === ':' && colonClause(sent, toks, q, j - 1, [[reg.start, reg.end]])) return;
    }
  }

  /**
   * "The letter continues: “…”", "The memo reads, “…”", "It continued: “…”": a short definite noun
   * phrase (no actor in it) or "it" opening the sentence, then a verb of saying and the quotation that
   * ends the sentence. The quotation opens at token j.
   */
  function documentSays(sent: Sentence, toks: Token[], q: boolean[], j: number, reg: QuoteRegion): boolean {
    let v = j - 2;
    if (v < 1 || q[v]) return false;
    const ents = CUE_FORMS.get(lower(toks[v]));
    if (!ents || !ents.some((e) => e.verb.speech && (e.form === 'PAST' || e.form === 'S'))) return false;
    let c0 = v;
    while (c0 - 1 >= 0 && !q[c0 - 1] && (/^[a-z]+ly$/.test(toks[c0 - 1].text) || /^(then|also|further|later|still)$/.test(toks[c0 - 1].text))) c0--;
    let s0 = 0;
    if (/^(but|and|yet)$/.test(lower(toks[0]))) s0 = 1;
    if (c0 - s0 < 1 || c0 - s0 > 4) return false;
    const head = toks.slice(s0, c0);
    if (head.some((t, k) => q[s0 + k] || !isWord(t))) return false;
    const w0 = lower(head[0]);
    if (head.length === 1 ? w0 !== 'it' : !/^(the|this|that|its|his|her|their|our)$/.test(w0)) return false;
    if (head.length > 1 && (CUE_FORMS.has(lower(head[head.length - 1])) || mentionIn(head[0].start, head[head.length - 1].end))) return false;
    addDraft([[reg.start, reg.end]], [toks[c0].start, toks[j - 1].end], { span: [head[0].start, head[head.length - 1].end], key: null, strong: false, tok: s0 }, sent);
    return true;
  }

  /** A colon closing the paragraph, and the quotation is the next paragraph (after the verb rules). */
  function colonParagraph(sent: Sentence, toks: Token[], q: boolean[]): void {
    const n = toks.length;
    if (n < 3 || toks[n - 1].text !== ':' || q[n - 1] || usedCues.has(toks[n - 1].end)) return;
    const next = doc.paragraphs[sent.paragraph + 1];
    const ri = next ? regionAt(regions, next.start) : -1;
    if (ri < 0 || isClaimed(regions[ri].start, regions[ri].end)) return;
    const content: Span[] = [[regions[ri].start, regions[ri].end]];
    if (colonClause(sent, toks, q, n - 1, content)) return;
    colonSpeaker(sent, toks, q, content);
  }

  /**
   * A paragraph that only names the speaker before a colon, the quotation being the next paragraph:
   * "Rep. Jane Roe (D-Ohio):", "Said Roe:" (a fronted verb of saying), "The transcript follows:".
   */
  function colonSpeaker(sent: Sentence, toks: Token[], q: boolean[], content: Span[]): void {
    const n = toks.length;
    const colon: Span = [toks[n - 1].start, toks[n - 1].end];
    // "Said Roe:" / "Stated Stone:"
    const lw0 = lower(toks[0]);
    if (/^(said|stated|added|continued|wrote|asked|replied|responded|explained|declared)$/.test(lw0) && n <= 8) {
      const src = npRight(toks, q, 1);
      if (src && src.strong && tokAt(toks, src.span[1] - 1) === n - 2) {
        addDraft(content, [toks[0].start, toks[0].end], src, sent);
        return;
      }
    }
    // "Rep. Jane Roe (D-Ohio):"
    const m = byStart.get(toks[0].start);
    if (m && m.kind !== 'PRONOUN' && actorKind.get(m.key) !== 'LOCATION') {
      let k = tokAt(toks, m.end - 1) + 1;
      if (k < n - 1 && toks[k].text === '(') {
        while (k < n - 1 && toks[k].text !== ')') k++;
        k++;
      }
      if (k === n - 1) {
        addDraft(content, colon, { span: [m.start, m.end], key: m.key, strong: true, tok: 0 }, sent);
        return;
      }
    }
    // "(Partial) transcript as follows:", "The statement reads as follows:"
    if (n >= 4 && lower(toks[n - 2]) === 'follows' && lower(toks[n - 3]) === 'as' && n - 3 <= 6) {
      addDraft(content, [toks[n - 3].start, colon[1]], { span: [toks[0].start, toks[n - 4].end], key: null, strong: false, tok: 0 }, sent);
    }
  }

  /** The clause before a colon as the cue of a quotation: its subject the source, its verb phrase the cue. */
  function colonClause(sent: Sentence, toks: Token[], q: boolean[], colon: number, content: Span[]): boolean {
    const subj = mainClauseSubject(toks, q, colon);
    if (!subj) return false;
    let v = tokAt(toks, subj.span[1] - 1) + 1;
    // over an appositive: "Smith, a senator from Ohio, delivered …"
    if (v < colon && toks[v].text === ',') {
      let k = v + 1;
      while (k < colon && k < v + 14 && toks[k].text !== ',') k++;
      if (k >= colon || toks[k].text !== ',') return false;
      v = k + 1;
    }
    while (v < colon && CUE_AUX.has(lower(toks[v]))) v++;
    if (v >= colon || q[v] || !/^[a-z]/.test(toks[v].text) || CLAUSE_OPENERS.has(lower(toks[v]))) return false;
    for (let k = v; k < colon; k++) if (q[k] || toks[k].text === ';') return false;
    // "She added that voters have two choices: “…”": a verb of saying and its complement clause; the
    // clause, the colon and the quotation are all what was said
    if (SAY_CUE.test(lower(toks[v])) && !text.slice(toks[colon].end, content[content.length - 1][1]).includes('\n')) {
      for (let k = v + 1; k < colon - 2 && k <= v + 6 && toks[k].text !== ','; k++) {
        if (lower(toks[k]) !== 'that') continue;
        const last = content[content.length - 1];
        addDraft([[toks[k].start, last[1]]], [toks[v].start, toks[k - 1].end], subj, sent);
        return true;
      }
    }
    addDraft(content, [toks[v].start, toks[colon].end], subj, sent);
    return true;
  }

  /**
   * A sentence that opens with a quotation closed by a comma, "?" or "!", then its source and a verb of
   * saying, whatever follows the verb: "“…,” the director told a radio station in Ohio on Friday.",
   * "“…?” Smith asked reporters during a briefing.", "“…,” said Jane Roe, 32, of Denver, a nurse who …".
   */
  function quoteThenCue(sent: Sentence, toks: Token[], q: boolean[]): void {
    const n = toks.length;
    if (n < 3) return;
    let reg: QuoteRegion;
    if (q[0]) {
      const ri = regionAt(regions, toks[0].start);
      if (ri < 0) return;
      reg = regions[ri];
      if (reg.end > sent.end) return;
    } else {
      // "“…?” Smith asked about …": the quotation is the previous sentence of the paragraph
      let b = sent.start - 1;
      while (b > 0 && /[ \t]/.test(text[b])) b--;
      const ri = regionAt(regions, b);
      if (ri < 0 || regions[ri].end !== b + 1 || regions[ri].paragraph !== sent.paragraph) return;
      reg = regions[ri];
      const ps = sentenceOf(reg.start);
      if (!ps || text.slice(ps.start, reg.start).trim() !== '') return;
    }
    if (!reg.closed || isClaimed(reg.start + 1, reg.end - 1)) return;
    // the quotation closes with the punctuation of an attributed quote
    const inner = text.slice(reg.start, reg.end).replace(/[”"»'’\s]+$/, '');
    if (!/[,?!—–-]$/.test(inner)) return;
    let j = 0;
    while (j < n && q[j]) j++;
    while (j < n && toks[j].text === ',') j++;
    if (j >= n - 1 || q[j] || !isWord(toks[j])) return;
    // the verb of saying within a short source phrase
    let v = -1;
    for (let k = j; k < n && k < j + 24; k++) {
      if (q[k]) {
        // a short quoted name in the source's description ("…, wearing “Vote Smith” pins, said")
        const qi = regionAt(regions, toks[k].start);
        const words = qi >= 0 ? text.slice(regions[qi].start, regions[qi].end).match(/[\p{L}\p{N}]+/gu) : null;
        if (!words || words.length > 4 || !toks.slice(j, k).some((t) => t.text === ',')) break;
        while (k + 1 < n && q[k + 1]) k++;
        continue;
      }
      const w = lower(toks[k]);
      const es = CUE_FORMS.get(w);
      // "states" is a verb of saying right after a quotation and its source ("“…,” the memo states.")
      const states = /^(states|state)$/.test(toks[k].text) && k > j && !NOUN_MARKERS.has(lower(toks[k - 1])) && (k + 1 >= n || /^[.,]$/.test(toks[k + 1].text) || ADJUNCT_PREPS.has(lower(toks[k + 1])));
      if (states || (es && es.some((e) => e.verb.speech && e.verb.frame !== 'INFINITIVE' && (e.form === 'PAST' || e.form === 'S')) && !NOUN_MARKERS.has(lower(toks[k - 1])))) {
        v = k;
        break;
      }
      if (w === ';' || w === '.' || w === ':' || w === 'that' || (FINITE.has(w) && !CUE_AUX.has(w))) break;
      // two sources ("“…,” the senator and his aide said")
      if (w === 'and' && k > j && k + 1 < n && (q[k + 1] || !SUBJECT_PRONOUNS.has(lower(toks[k + 1])))) continue;
      // a new clause of the narrative ("“…,” but critics said …") is not the quotation's source
      if (/^(but|and|while|although|though|because|when|after|before|if|yet)$/.test(w)) return;
    }
    if (v < 0) {
      anyVerbAfterQuote(sent, toks, q, reg, j);
      return;
    }
    let c0 = v;
    while (c0 - 1 > j && CUE_AUX.has(lower(toks[c0 - 1]))) c0--;
    let subj: Subject | null;
    if (c0 === j) {
      subj = npRight(toks, q, v + 1);
      if (!subj) return;
    } else {
      let e = c0 - 1;
      while (e > j && toks[e].text === ',') e--;
      const m = mentionIn(toks[j].start, toks[e].end);
      subj = { span: [toks[j].start, toks[e].end], key: m?.key ?? null, strong: !!m, tok: j };
    }
    const r = c0 === j ? tokAt(toks, subj.span[1] - 1) + 1 : v + 1;
    addDraft(withSplitQuote([[reg.start, reg.end]], toks, q, r), [toks[c0].start, toks[v].end], subj, sent);
  }

  /**
   * "“…,” she confessed.", "“…!” beamed Jane Roe.", "“…,” Smith shot back.": after a quotation closed
   * by a comma, "?" or "!", an actor (or pronoun) and a past-tense verb of any kind — or the verb and
   * then the actor — is the quotation's cue, as a verb of saying would be.
   */
  function anyVerbAfterQuote(sent: Sentence, toks: Token[], q: boolean[], reg: QuoteRegion, j: number): void {
    const n = toks.length;
    const pastVerb = (k: number): boolean => {
      if (k >= n || q[k]) return false;
      const w = toks[k].text;
      return /^[a-z]+ed$/.test(w) || IRREGULAR_PAST.has(w);
    };
    let subj: Subject | null = null;
    let c0 = -1;
    let v = -1;
    const m = byStart.get(toks[j].start) ?? describedActor(toks, q, j);
    const lw = lower(toks[j]);
    if (m && actorKind.get(m.key) !== 'LOCATION' && m.kind !== 'PRONOUN') {
      // "“…,” Smith beamed."
      const e = tokAt(toks, m.end - 1);
      if (toks[e].end !== m.end) return;
      c0 = e + 1;
      v = c0;
      while (v < n && !q[v] && /^[a-z]+ly$/.test(toks[v].text)) v++;
      if (!pastVerb(v)) return;
      subj = { span: [toks[j].start, m.end], key: m.key, strong: true, tok: j };
    } else if (SUBJECT_PRONOUNS.has(lw) && lw !== 'it' && lw !== 'you') {
      // "“…,” she confessed."
      c0 = j + 1;
      v = c0;
      while (v < n && !q[v] && /^[a-z]+ly$/.test(toks[v].text)) v++;
      if (!pastVerb(v)) return;
      subj = { span: [toks[j].start, toks[j].end], key: null, strong: true, tok: j };
    } else if (pastVerb(j) && j + 1 < n) {
      // "“…!” beamed Jane Roe."
      const mm = byStart.get(toks[j + 1].start);
      if (!mm || actorKind.get(mm.key) === 'LOCATION' || mm.kind === 'PRONOUN') return;
      c0 = j;
      v = j;
      subj = npRight(toks, q, j + 1);
    }
    if (!subj || v < 0 || CLAUSE_OPENERS.has(lower(toks[v])) || CUE_AUX.has(lower(toks[v]))) return;
    // the verb's particle belongs to the cue ("shot back")
    let ve = v;
    if (ve + 1 < n && /^(back|out|up|in)$/.test(lower(toks[ve + 1]))) ve++;
    // the verb ends its clause: nothing but adjuncts, a description of the source, a coordinated clause or the sentence end
    const r = c0 === j ? tokAt(toks, subj.span[1] - 1) + 1 : ve + 1;
    if (c0 !== j) {
      const nx = r < n ? toks[r].text : '.';
      if (!(r >= n - 1 || /^[.,!?;—–]$/.test(nx) || /^(with|as|at|to|from|in|on|before|after|while|during|into|and|but|then)$/.test(lower(toks[r])))) return;
    }
    addDraft(withSplitQuote([[reg.start, reg.end]], toks, q, r), [toks[c0].start, toks[ve].end], subj, sent);
  }

  /**
   * "“…,” an angry Jo Roe retorted.": an article and one or two lower-case describing words (no -ed form) before a
   * name that opens the speech tag; the name's mention, or undefined.
   */
  function describedActor(toks: Token[], q: boolean[], j: number): MentionRef | undefined {
    if (!/^(a|an|the)$/i.test(toks[j].text)) return undefined;
    for (let k = j + 1; k <= j + 3 && k < toks.length && !q[k]; k++) {
      const mm = byStart.get(toks[k].start);
      if (mm) return k > j + 1 ? mm : undefined;
      if (!/^[a-z]+$/.test(toks[k].text) || CUE_FORMS.has(toks[k].text) || /ed$/.test(toks[k].text)) return undefined;
    }
    return undefined;
  }

  /**
   * "said of the plan, “…”", "joked, again using a thick accent, “…”", "saying at one point, “…”": a
   * short adjunct of the cue (no verb of its own), set off by a comma before a full quotation; the
   * quotation's first token, or -1.
   */
  function quoteAfterAdjunct(toks: Token[], q: boolean[], k: number): number {
    const n = toks.length;
    let j = k;
    if (j < n && toks[j].text === ',') j++;
    if (j >= n || q[j] || !QUOTE_ADJUNCT_OPENERS.test(lower(toks[j])) && !/^[a-z]+ly$/.test(toks[j].text)) return -1;
    let commas = 0;
    for (let h = j + 1; h < n && h < j + 24; h++) {
      if (q[h]) return -1;
      const w = toks[h].text;
      if (w === ',' || w === ':') {
        // an appositive inside the adjunct ("in reference to her daughter, a girl born in May, “…”")
        if (w === ',' && h + 1 < n && !q[h + 1] && ++commas <= 3) continue;
        if (h + 1 >= n || !q[h + 1]) return -1;
        const ri = regionAt(regions, toks[h + 1].start);
        if (ri < 0 || regions[ri].start < toks[h + 1].start - 1) return -1;
        const words = text.slice(regions[ri].start, regions[ri].end).match(/[\p{L}\p{N}]+/gu);
        return words && words.length >= 3 ? h + 1 : -1;
      }
      const lw = lower(toks[h]);
      if (/^[.;!?—–()]$/.test(w) || lw === 'that' || (FINITE.has(lw) && !CUE_AUX.has(lw)) || STRONG_CUES.has(lw)) return -1;
    }
    return -1;
  }

  /**
   * A naming verb's content ends with the quoted name: "called her “third-rate” and left" → "her
   * “third-rate”", "dubbed the plan “a fantasy,” a word …" → "the plan “a fantasy,”".
   */
  function namedByQuote(w: string, content: Span[] | null): Span[] | null {
    if (!content || !NAMING.test(w)) return content;
    const [s, e] = content[0];
    const reg = regions[regionFrom(regions, s)];
    if (!reg || reg.start >= e || reg.start - s > 60 || reg.end >= e) return content;
    // only before a new clause or a coordinated verb phrase, not a noun phrase the name is part of, nor the
    // reason for the name or a relative clause on it ("called him a “liar” for insisting …", "… because …",
    // "called her a “warrior” who …"), unless the quotation closed with a comma
    const tail = text.slice(reg.end, e);
    if (!/^[\s,]*(and|but|before|after|as|because|when|while|in|on|at|during|to|for|which|who)\b/.test(tail)) return content;
    if (/^\s*(because|for|who)\b/.test(tail) && !/,\W*$/.test(text.slice(reg.start, reg.end))) return content;
    return [[s, reg.end], ...content.slice(1)];
  }

  function addDraft(content: Span[], cue: Span | null, subj: Subject | null, sent: Sentence): boolean {
    // the subject of a passive verb of telling is the one told, not the teller ("Residents were told
    // that …", "he had been warned about …"): no source is named, unless an agent follows ("told by X")
    if (subj && cue && subj.span[1] <= cue[0] && PASSIVE_TELLING.test(text.slice(cue[0], cue[1])) && !/\bby$/.test(text.slice(cue[0], cue[1]))) subj = null;
    // a relative pronoun after a quotation opens a clause about the noun before it, never a speech tag
    // ("the show “The Lodge,” who went on to …", "California, “a state we can win,” which votes in June")
    if (subj && content[content.length - 1][1] <= subj.span[0] && /^(who|which|that)$/i.test(text.slice(subj.span[0], subj.span[1]))) return false;
    let segs = content
      .map(([s, e]): Span => {
        while (s < e && /\s/.test(text[s])) s++;
        while (e > s && /[\s,;:—–-]/.test(text[e - 1])) e--;
        return [s, e];
      })
      .filter(([s, e]) => e > s);
    if (segs.length === 0) return false;
    if (options.inner !== false) segs = innerCut(segs, cue, sent);
    if (segs.length === 0) return false;
    // a content over another statement is dropped, unless that statement is nested in it or the content
    // can end at a clause boundary before it
    if (segs.some(([s, e]) => isClaimed(s, e)) && !evictNested(segs, cue)) {
      const cut = options.inner !== false ? cutBeforeClaimed(segs, cue, sent) : null;
      if (!cut) return false;
      segs = cut;
    }
    if (cue) usedCues.add(cue[0]).add(cue[1]);
    let speaker = subj?.key ?? null;
    if (subj && !speaker && !subj.opaque) {
      const m = mentionIn(subj.span[0], subj.span[1]);
      if (m) speaker = m.key;
    }
    // the statement ends where its content ends (a colon cue's quotation may be in the next paragraph)
    const endSent = segs[segs.length - 1][1] > sent.end ? sentenceOf(segs[segs.length - 1][1] - 1) ?? sent : sent;
    drafts.push({ content: segs, cue, source: subj ? subj.span : null, speaker, sentence: endSent.index, paragraph: endSent.paragraph });
    claim(segs);
    return true;
  }

  /**
   * A clause content on the right of its cue that runs into a statement made before ("noted that he had
   * taught law, and added: “…”", "asserted that X had changed: “…,” he claimed") ends at the last comma,
   * colon, semicolon, dash or parenthesis before that statement's cue or content.
   */
  function cutBeforeClaimed(segs: Span[], cue: Span | null, sent: Sentence): Span[] | null {
    if (segs.length !== 1 || !cue || cue[1] > segs[0][0] || segs[0][1] > sent.end) return null;
    const [s, e] = segs[0];
    if (isClaimed(s, s + 1)) return null;
    const toks = sent.tokens;
    let a = 0;
    while (a < toks.length && toks[a].start < s) a++;
    let hit = -1;
    for (let k = a + 1; k < toks.length && toks[k].start < e; k++) {
      if (claimed[toks[k].start] || usedCues.has(toks[k].start)) { hit = k; break; }
    }
    if (hit < 0) return null;
    let b = hit - 1;
    while (b > a && !/^[,;:—–(]$/.test(toks[b].text)) b--;
    let end = b - 1;
    while (end > a && !isWord(toks[end]) && !CLOSE_Q.has(toks[end].text)) end--;
    // at least a subject and a verb's worth of words
    if (end - a < 2 || isClaimed(s, toks[end].end)) return null;
    return [[s, toks[end].end]];
  }

  /**
   * The inner statement d stands in a complement of the outer content ("said he felt that …", "what she
   * said worried her", "for saying that …"), not in a clause of its own the writer attributes apart: a
   * relative clause on its subject ("critics who say …"), an adverbial clause ("even as he conceded …"),
   * a new clause after a colon or dash, or a speech tag after its quotation ("“…,” she said").
   */
  function complementClause(d: Draft, segs: Span[]): boolean {
    // (a raising or passive verb's subject, no source named, may come before its cue: "said [the mayor]
    // didn’t appear [worried]")
    const raised = d.content.length === 2 && (!d.source || (d.source[0] === d.content[0][0] && d.source[1] === d.content[0][1]));
    if (!d.cue || (d.content[0][0] < d.cue[0] && !raised)) return false;
    const start = Math.min(d.source ? d.source[0] : d.cue[0], d.cue[0], d.content[0][0]);
    if (d.source && /^(who|which|that)$/i.test(text.slice(d.source[0], d.source[1]))) return false;
    const seg = segs.find(([s, e]) => s <= start && start < e);
    if (!seg) return false;
    const between = text.slice(seg[0], start);
    if (/[:;—–]|[.!?]["”’]?\s/.test(between)) return false;
    // a subordinator among the few words before the inner cue opens an adverbial or relative clause
    // ("after the auditor said …", "an ad with the mayor saying …")
    const m = /\b(with|without|when|while|as|after|before|because|although|though|if|since|until|unless|whereas|whom?|which|where)\b(\W+[\w’'-]+){0,4}\W*$/i.exec(text.slice(seg[0], d.cue[0]));
    // … unless the clause stands inside the complement: "argued that if the plan failed, she would …"
    return !m || /\bthat\s*$/i.test(text.slice(seg[0], seg[0] + m.index));
  }

  /**
   * Attributions nest: "He reflected on what she said worried her", "made it clear that he felt …". News
   * annotation marks the outer attribution only, its content running over the inner one's source, cue
   * and content. A new content that holds the whole of every statement it overlaps (source, cue and
   * content, in a complement clause) takes their place: they are removed (their cues stay used) and the
   * new content may be claimed. Otherwise the new content is dropped, as before.
   */
  function evictNested(segs: Span[], cue: Span | null): boolean {
    if (!cue) return false;
    const inside = ([a, b]: Span): boolean => segs.some(([s, e]) => s <= a && b <= e);
    const hit: number[] = [];
    for (let k = 0; k < drafts.length; k++) {
      const d = drafts[k];
      if (!d.content.some(([a, b]) => segs.some(([s, e]) => a < e && s < b))) continue;
      if (!d.cue || !inside(d.cue) || !d.content.every(inside) || (d.source && !inside(d.source)) || !complementClause(d, segs)) return false;
      hit.push(k);
    }
    if (hit.length === 0) return false;
    for (let k = hit.length - 1; k >= 0; k--) drafts.splice(hit[k], 1);
    return true;
  }

  // ---- subjects ------------------------------------------------------------------------------
  /** The subject that ends at token L (a mention, a pronoun, "X, a spokesman, …", "who", or a noun phrase). */
  /** The words a sentence ending in a colon introduces: the next paragraph, or the quotation opening it. */
  function nextParagraphWords(sent: Sentence): Span[] | null {
    const next = doc.paragraphs[sent.paragraph + 1];
    if (!next || isClaimed(next.start, next.end)) return null;
    // a list of voices each named before a colon ("What the candidates said:⏎- Jo Roe: “…”") is not one voice's words
    const lead = /^\s*(?:[-–—•*]\s*)?/.exec(text.slice(next.start, next.start + 8))![0].length;
    const named = mentionStartingAt(next.start + lead);
    if (named && named.kind !== 'PRONOUN' && actorKind.get(named.key) !== 'LOCATION' && /^\s*:/.test(text.slice(named.end, named.end + 3))) return null;
    const ri = regionAt(regions, next.start);
    if (ri >= 0) return [[regions[ri].start, regions[ri].end]];
    return [[next.start, next.end]];
  }

  function findSubject(toks: Token[], q: boolean[], L: number, floor: number, depth = 0): Subject | null {
    if (L < floor || q[L]) return null;
    const t = toks[L];
    const lw = lower(t);
    // a coordinated verb phrase shares the subject: "X caucused in Nevada and says …"
    if ((lw === 'and' || lw === 'but') && L > floor) {
      // "X said …, but added …": the source of the statement just made in this sentence
      let prevDraft: Draft | null = null;
      for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 20; k--) {
        const d = drafts[k];
        if (d.cue && d.source && d.cue[0] >= toks[0].start && d.cue[0] < t.start && (!prevDraft || d.cue[0] > prevDraft.cue![0])) prevDraft = d;
      }
      if (prevDraft) return { span: prevDraft.source!, key: prevDraft.speaker, strong: true, tok: tokAt(toks, prevDraft.source![0]) };
      const subj = mainClauseSubject(toks, q, L);
      if (subj) return subj;
    }
    // relative pronoun: "X, who said …"
    if ((lw === 'who' || lw === 'which') && L >= 1) {
      let k = L - 1;
      if (toks[k].text === ',') k--;
      const ante = k >= 0 ? mentionEndingAt(toks[k].end) : null;
      return { span: [t.start, t.end], key: ante?.key ?? null, strong: !!ante || lw === 'who', tok: L };
    }
    // a parenthetical connective between subject and verb: "Smith, however, said", "Others, for their part, say"
    if (depth === 0 && t.text === ',' && L - 2 > floor) {
      let k = L - 1;
      while (k > floor && L - k <= 4 && isWord(toks[k]) && !q[k]) k--;
      if (k > floor && k < L - 1 && toks[k].text === ',' && !q[k] && PARENTHETICAL.test(text.slice(toks[k + 1].start, toks[L - 1].end))) {
        // the subject before the connective may itself end with an appositive ("Jo Roe, a lawyer, however, said")
        const inner = findSubject(toks, q, k, floor, 0) ?? findSubject(toks, q, k - 1, floor, depth + 1);
        if (inner) return inner;
      }
    }
    // a share set off after its group: "A third of independents, 33%, say …"
    if (depth === 0 && t.text === ',' && L - 4 >= floor && /^(%|percent)$/.test(lower(toks[L - 1])) && /^\d[\d.]*$/.test(toks[L - 2].text) && toks[L - 3].text === ',' && !q[L - 4]) {
      const inner = findSubject(toks, q, L - 4, floor, depth + 1);
      if (inner) return { ...inner, span: [inner.span[0], toks[L - 1].end] };
    }
    // "X, who …, said": the relative clause's antecedent
    const rel = depth === 0 && t.text === ',' ? relativeAntecedent(toks, q, L, floor) : null;
    if (rel) return rel;
    // appositive or parenthetical: "X, a spokesman for Y, said"
    if (t.text === ',' || t.text === ')') {
      for (let k = L - 1; k >= Math.max(floor, L - 30); k--) {
        if (q[k]) continue;
        if (toks[k].text === ',' || toks[k].text === '(') {
          let m = k > 0 ? mentionEndingAt(toks[k - 1].end) : null;
          // "John Smith of Texas, …": the person before the place
          if (m && actorKind.get(m.key) === 'LOCATION') {
            const lt = tokAt(toks, m.start);
            if (lt >= 2 && /^(of|from|in)$/.test(lower(toks[lt - 1]))) {
              m = mentionEndingAt(toks[lt - 2].end);
              if (!m) continue; // "a delegate from Houston, Texas,": keep looking left
            } else if (lt >= 1 && toks[lt - 1].text === ',') continue; // "Houston, Texas,": keep looking left
            else m = null;
          }
          if (m && actorKind.get(m.key) !== 'LOCATION') {
            const st = tokAt(toks, m.start);
            // a participle or an adjunct between the commas is no part of the source ("Roe, speaking in
            // Geneva, said", "The chairman, in a letter to shareholders, said"); a description is
            // (an affiliation or a list is: "Jo Roe, at the institute,", "Jo Roe, with the union,", "X, including Y,")
            const adjunct = k < L - 1 && ((/^\p{Ll}+ing$/u.test(toks[k + 1].text) && !/^(including|excluding)$/.test(toks[k + 1].text)) || /^(in|on|during|after|before|without|via|through|while|when)$/.test(toks[k + 1].text));
            return { span: [m.start, adjunct ? m.end : toks[L - 1].end], key: m.key, strong: true, tok: st };
          }
          // no mention before an adjunct set off by commas: the noun phrase there, if it names an actor
          // by its head ("The ministry, in a statement, said") or is capitalised ("Kowalski, in Geneva, said")
          // a participle with its agent or a relative clause on a copy between the commas is said of the
          // document before it: "The memo, seen by the Guardian, says", "The ruling, a copy of which was
          // obtained by Reuters, said"
          const seenBy = !m && toks[k].text === ',' && k < L - 3 && ((/^\p{Ll}+(ed|en|wn)$/u.test(toks[k + 1].text) && toks[k + 2].text === 'by') || (/^(a|the)$/.test(toks[k + 1].text) && /^(copy|version|draft|summary)$/.test(lower(toks[k + 2])) && toks[k + 3].text === 'of' && /^(which|whom)$/.test(lower(toks[k + 4]))));
          if (!m && toks[k].text === ',' && k - 1 >= floor && k < L - 1 && (seenBy || /^(in|on|during|after|before|via|through|speaking|writing)$/.test(toks[k + 1].text))) {
            const np = heuristicNP(toks, q, k - 1, floor);
            if (np && (np.strong || seenBy || /^\p{Lu}/u.test(toks[k - 1].text)) && (np.tok === floor || np.tok === 0 || CLAUSE_OPENERS.has(lower(toks[np.tok - 1])) || /^[,;:—–(]$/.test(toks[np.tok - 1].text))) return { ...np, strong: true };
          }
          // "X, who …, said": keep looking left over the relative clause or the description
          // and over an age or a hometown: "Jo Roe, 29, of Dayton, Ohio, said"
          if (!/^(who|a|an|the|his|her|its|their|whose|which|of|from)$/.test(lower(toks[k + 1])) && !(/^\d{1,3}$/.test(toks[k + 1].text) && toks[k + 2]?.text === ',')) break;
        }
      }
      // "A party spokesman, John Smith, said": the name right before the comma
      const m = L > 0 ? mentionEndingAt(toks[L - 1].end) : null;
      if (m && actorKind.get(m.key) !== 'LOCATION' && m.kind !== 'PRONOUN') {
        let st = tokAt(toks, m.start);
        if (st >= 2 && toks[st - 1].text === ',') {
          // extend over the description before the name
          let d = st - 2;
          while (d > floor && d > st - 8 && isWord(toks[d - 1]) && !q[d - 1] && !CLAUSE_OPENERS.has(lower(toks[d - 1]))) d--;
          st = d;
        }
        return { span: [toks[st].start, toks[L - 1].end], key: m.key, strong: true, tok: st };
      }
      return null;
    }
    const m = mentionEndingAt(t.end);
    if (m && m.start >= toks[floor]?.start) {
      const st = tokAt(toks, m.start);
      if (actorKind.get(m.key) === 'LOCATION' && m.kind !== 'PRONOUN') {
        // a country as a speaker is rare; accept it only as a whole subject ("Iran said")
        if (st > 0 && !/^[,;:—(]$/.test(toks[st - 1].text) && !CLAUSE_OPENERS.has(lower(toks[st - 1]))) return null;
      }
      const holder = depth === 0 ? prepositionalHolder(toks, q, st, floor, m) : null;
      if (holder) return holder;
      // the object of a restrictive relative clause is not the subject: "The lawmakers who met the
      // governor said …" is the lawmakers
      const rel = depth < 2 ? restrictiveAntecedent(toks, q, st, floor, L) : null;
      if (rel) return rel;
      // a possessive mention ("Smith's campaign said"): the head noun follows; handled by the NP below
      return { span: [m.start, m.end], key: m.key, strong: true, tok: st };
    }
    // a contracted auxiliary: "he’s said", "they’ve argued", "she’ll say"
    const contracted = /^(he|she|they|we|i|you|who)['’](s|re|ve|ll|d|m)$/.exec(lw);
    if (contracted) return { span: [t.start, t.start + contracted[1].length], key: null, strong: true, tok: L };
    if (SUBJECT_PRONOUNS.has(lw)) {
      if (lw === 'it' || lw === 'you') return { span: [t.start, t.end], key: null, strong: false, tok: L };
      return { span: [t.start, t.end], key: null, strong: true, tok: L };
    }
    // a quantifier or a share standing alone as the subject: "Some say …", "Most believe …", "42% say …"
    if (QUANT_SUBJECTS.has(lw) || ((lw === '%' || lw === 'percent') && L > floor && /^\d/.test(toks[L - 1].text))) {
      let s = L;
      while (s - 1 >= floor && L - s < 6 && !q[s - 1] && QUANT_LEAD.test(toks[s - 1].text)) s--;
      // the quantifier opens its clause ("the most striking sign", "the Senate's majority" are no subjects)
      const open = s === 0 || s === floor || !isWord(toks[s - 1]) || CLAUSE_OPENERS.has(lower(toks[s - 1]));
      if (open && !(lw === 'most' && s < L && lower(toks[L - 1]) === 'the')) return { span: [toks[s].start, t.end], key: null, strong: /^(some|many|most|others|few|several|both)$/.test(lw), tok: s };
    }
    let np = heuristicNP(toks, q, L, floor);
    // the object of a relation adjective's preposition belongs to the noun before it: "Officials familiar
    // with the matter said", "a source close to the talks said" (a mention there is prepositionalHolder's)
    if (np && depth < 2 && np.tok - 3 >= floor && HOLDER_PREPS.has(lower(toks[np.tok - 1])) && RELATION_ADJECTIVES.has(lower(toks[np.tok - 2])) && !q[np.tok - 2]) {
      const head = heuristicNP(toks, q, np.tok - 3, floor);
      if (head && head.strong) np = { ...head, span: [head.span[0], np.span[1]] };
    }
    const relNp = np && depth < 2 ? restrictiveAntecedent(toks, q, np.tok, floor, L) : null;
    if (relNp) return relNp;
    // a time expression that ends the noun phrase is an adjunct before the verb: "Roe last week said"
    if (np && depth < 2) {
      const tail = timexes.find((t) => t.span[1] === np!.span[1] && t.span[0] > np!.span[0]);
      // (a day inside a relative clause stays there: "The lawmakers who met the governor on Thursday said")
      const relative = !!tail && toks.slice(Math.max(floor, np.tok - 6), tokAt(toks, tail.span[0])).some((t) => /^(who|that|which|whom)$/.test(lower(t)));
      if (tail && !relative) {
        let k = tokAt(toks, tail.span[0]) - 1;
        // not a name that holds a day ("Super Tuesday")
        const inName = k >= 0 && /^\p{Lu}/u.test(toks[k].text) && /^\p{Lu}/u.test(toks[k + 1].text);
        while (!inName && k > np.tok && /^(on|in|at|during|since|earlier|later|also|just|from|through|of|for|over|by)$/.test(lower(toks[k]))) k--;
        if (!inName && k >= np.tok && isWord(toks[k]) && !/^(on|in|at|during|since|from|through|of|for|over|by)$/.test(lower(toks[k]))) {
          const m = mentionIn(np.span[0], toks[k].end);
          const headed = !!m && m.end === toks[k].end;
          const hw = lower(toks[k]);
          np = { ...np, span: [np.span[0], toks[k].end], key: headed ? m!.key : null, strong: (headed && m!.kind !== 'PRONOUN') || ORG_WORDS.has(hw) || GROUP_HEADS.has(hw) || TITLE_HEADS.has(hw) };
        }
      }
    }
    // an adverbial between subject and verb is not the subject: "have in the past said",
    // "two weeks ago said", "…, in a later interview, said"
    if (np && depth < 2) {
      const before = np.tok - 1;
      const tx = timexes.find((t) => t.span[0] <= np.span[0] && t.span[1] >= np.span[1]);
      let k = -1;
      if (before - 1 >= floor && /^(in|on|at|during|for|over|since|after|before|from|via|through)$/.test(lower(toks[before]))) k = before - 1;
      else if (tx && before >= floor) {
        // the whole time expression and an adverb before it: "The minister earlier this month said"
        k = Math.min(before, tokAt(toks, tx.span[0]) - 1);
        if (k > floor && /^(on|in|at|during|since|earlier|later|also|just|only)$/.test(lower(toks[k]))) k--;
      }
      if (k >= floor) {
        if (toks[k].text === ',' && k - 1 >= floor) k--;
        while (k > floor && CUE_AUX.has(lower(toks[k]))) k--;
        const inner = findSubject(toks, q, k, floor, depth + 1);
        if (inner) return inner;
      }
    }
    return np;
  }

  /**
   * "The lawmakers who met the governor said", "A man who knew Ted Cruz for years told": when the
   * mention before the verb is inside a relative clause without commas (who/that + a verb, then the
   * mention), the subject is the clause's antecedent, and the source spans the antecedent and its clause.
   */
  function restrictiveAntecedent(toks: Token[], q: boolean[], st: number, floor: number, L: number): Subject | null {
    for (let k = st - 1; k > floor && st - k <= 6; k--) {
      if (q[k] || !isWord(toks[k])) return null;
      const w = lower(toks[k]);
      if (w !== 'who' && w !== 'that') continue;
      // restrictive only: after ", who" the verb that follows is the clause's own ("Jo Roe, who has long
      // described him as …")
      if (k < 1 || !isWord(toks[k - 1])) return null;
      // the clause's verb stands before the mention (auxiliaries skipped): "who have battled X", not
      // "who has in the past described"
      let v = k + 1;
      while (v < st && CUE_AUX.has(lower(toks[v]))) v++;
      const verb = v < st ? lower(toks[v]) : '';
      if (!(/[a-z]{2,}(ed|s)$/.test(verb) || VERBISH.test(verb) || /^(met|knew|saw|fought|built|bought|run|win|lead|back|support|oppose|know|see|employ|own|represent|follow)$/.test(verb))) return null;
      const ante = findSubject(toks, q, k - 1, floor, 2);
      if (!ante || ante.tok >= k) return null;
      // the speaker is the antecedent's, never a name inside the clause
      const key = ante.key ?? (ante.opaque ? null : mentionIn(ante.span[0], ante.span[1])?.key ?? null);
      return { span: [ante.span[0], toks[L].end], key, strong: ante.strong, tok: ante.tok, opaque: key === null };
    }
    return null;
  }

  /**
   * Cue words that are no act of saying here: the noun of a compound ("a conference call", "a TV show"),
   * "appear" of a physical appearance ("appeared on Fox", "appeared at the rally"), a naming participle
   * ("a group called Black Votes Matter"), "found themselves …". `c0` is where the cue's verb group
   * starts; the learned pass reads a naming participle only with no auxiliary before it.
   */
  function notACue(toks: Token[], q: boolean[], i: number, c0 = i): boolean {
    const w = lower(toks[i]);
    const nx = i + 1 < toks.length && !q[i + 1] ? lower(toks[i + 1]) : '';
    if (NAMING_PARTICIPLES.test(w)) return c0 === i && namingParticiple(toks, i);
    // "found themselves …"; "found a way to …", "could not find a new sponsor": coming upon something, not a finding
    if (FIND.test(w)) return REFLEXIVES.test(nx) || /^(a|an|some|way|ways)$/.test(nx) || (nx === 'common' && lower(toks[i + 2]) === 'ground');
    // the modifier in lower case ("ABC News shows that …" is a verb) or the acronym TV ("the reality TV show “…”"); a
    // clause after it is reported ("the game shows that …")
    if (COMPOUND_HEADS.test(w) && i > 0 && !q[i - 1] && (COMPOUND_MODIFIERS.test(toks[i - 1].text) || toks[i - 1].text === 'TV') && !/^(that|how|what|why|whether)$/.test(nx)) return true;
    if (APPEAR.test(w)) return APPEARANCE_PREPS.test(nx);
    // "supporters showed up at the rally": an arrival
    if (SHOW.test(w)) return nx === 'up';
    // "maintains a lead", "maintained an energetic pace": keeping something, not asserting it
    if (MAINTAIN.test(w)) return /^(a|an|his|her|their|its|this|close)$/.test(nx);
    // "made a visit", "made his fortune": a support verb is a cue only with a noun of saying ("made the case", "made no mention")
    if (MAKE.test(w) && c0 === i && !/^(clear|plain|known|it)$/.test(nx) && !speechObject(toks, q, i)) return true;
    // "used the alias …", "used markers to …": using something is saying only with words ("used the term", "used his speech to …")
    if (USE.test(w) && c0 === i && !speechObject(toks, q, i, true)) return true;
    // "launched his bid", "launched a rocket": launching is saying only for an attack, an ad or a statement
    if (LAUNCH.test(w) && !speechObject(toks, q, i, true)) return true;
    // "who has advised the governor", "introduced a bill": a role or an act unless advice or a description follows
    if (ADVISE.test(w) && !adviceFollows(toks, q, i)) return true;
    if (INTRODUCE.test(w) && !introducedAs(toks, q, i)) return true;
    // a credit line: "Additional reporting by Ann Lee in Lagos", "Editing by Tom Bell"
    if (CREDIT.test(w) && nx === 'by' && creditLine(toks, i)) return true;
    // "the Benghazi attack", "Paris attacks test …", "his insults and attacks": the noun, not the verb
    if (ATTACK.test(w) && c0 === i && i > 0 && attackNoun(toks, q, i)) return true;
    // an attempt is a cue only when what is attempted is saying something ("tried to portray him as …")
    if (ATTEMPT.test(w)) return !(nx === 'to' && i + 2 < toks.length && !q[i + 2] && CUE_FORMS.has(lower(toks[i + 2])));
    // "began to spread", "started brewing", "continues to hover near the top": beginning or going on is
    // a cue only when what begins is saying ("began to chant", "started asking", "began by saying")
    if (ASPECT.test(w) && (nx === 'to' || (nx === 'by' && i + 2 < toks.length && /ing$/.test(lower(toks[i + 2]))))) return !(i + 2 < toks.length && !q[i + 2] && CUE_FORMS.has(lower(toks[i + 2])));
    if (ASPECT.test(w) && /^[a-z]{3,}ing$/.test(nx)) return !CUE_FORMS.has(nx);
    // "added to the confusion", "is adding to her lead": adding to a thing is increasing it, not speaking
    if (ADD.test(w) && nx === 'to' && i + 2 < toks.length && !q[i + 2] && !/^(reporters|journalists|me|him|them|us)$/.test(lower(toks[i + 2])) && (NOUN_MARKERS.has(lower(toks[i + 2])) || !CUE_FORMS.has(lower(toks[i + 2])))) return true;
    // "the blast claimed at least 217 lives": a death toll, not a claim
    if (CLAIMS.test(w) && livesClaimed(toks, q, i)) return true;
    // "chargés d'affaires", written without the accent: a diplomat's title
    if (w === 'charges' && /^d['’]/.test(nx)) return true;
    if (BLAST.test(w) && ((i > 0 && !q[i - 1] && (NOUN_MARKERS.has(lower(toks[i - 1])) || BLAST_BEFORE.test(lower(toks[i - 1])))) || BLAST_AFTER.test(nx))) return true;
    if (w === 'back' && BACK_PLACE.test(nx) && !(i > 0 && !q[i - 1] && RETORT_VERBS.test(lower(toks[i - 1])))) return true;
    // a noun that is the subject of the next verb: "the report was released", "party rules allow"
    if (NOUN_SUBJECT_FORMS.test(w) && NOUN_SUBJECT_NEXT.test(nx)) return true;
    return false;
  }

  /** A short quotation in title case that fills the span: "“Amazing Grace”", "“Born to Run”". */
  function quotedTitle(span: Span): boolean {
    const ri = regionAt(regions, span[0]);
    if (ri < 0 || regions[ri].start !== span[0] || regions[ri].end < span[1] - 1) return false;
    const inner = text.slice(regions[ri].start + 1, regions[ri].end - 1);
    const words = inner.match(/[\p{L}'’]+/gu) ?? [];
    return words.length > 0 && words.length <= 7 && !/[.!?,;:]\s*$/.test(inner) && words.every((w, k) => /^\p{Lu}/u.test(w) || (k > 0 && /^(a|an|the|of|to|in|on|and|or|for|at|by|with|from)$/.test(w)));
  }

  /** "seen by critics as a giveaway" is a judgement; "seen by the Herald" is a document read, no one's view. */
  function seenAsFollows(toks: Token[], q: boolean[], r: number): boolean {
    for (let k = r; k < toks.length && k < r + 8 && !q[k] && isWord(toks[k]); k++) if (lower(toks[k]) === 'as') return true;
    return false;
  }

  /** "claimed (at least 217 / African / many) lives", "claimed the lives of": lives within the next few words, before a clause. */
  function livesClaimed(toks: Token[], q: boolean[], i: number): boolean {
    for (let k = i + 1; k < toks.length && k <= i + 5 && !q[k] && !/^[;:.!?()"“”—–-]$/.test(toks[k].text); k++) {
      const w = lower(toks[k]);
      if (w === 'lives' || w === 'life') return true;
      if (/^(that|and|but|or|because|when|while|if|as|who|which)$/.test(w)) return false;
    }
    return false;
  }

  /** A noun of saying among the next few words of "made", before punctuation or a clause: "made several statements". */
  function speechObject(toks: Token[], q: boolean[], i: number, media = false): boolean {
    for (let k = i + 1; k < toks.length && k <= i + 6 && !q[k] && isWord(toks[k]); k++) {
      const w = lower(toks[k]);
      if (CLAIM_NOUNS.has(w) || ATTITUDE_NOUNS.has(w) || MADE_SPEECH.test(w) || (media && STATEMENT_NOUNS.has(w))) return true;
      if (w === 'that' || w === 'to') break;
    }
    return false;
  }

  /** "advised him to wait", "advised that …", "advised against …": advice given, within the next few words. */
  function adviceFollows(toks: Token[], q: boolean[], i: number): boolean {
    for (let k = i + 1; k < toks.length && k <= i + 6; k++) {
      if (q[k] || OPEN_Q.has(toks[k].text) || toks[k].text === ':') return true;
      const w = lower(toks[k]);
      if (w === 'that' || w === 'against' || w === 'whether' || (w === 'to' && k + 1 < toks.length && isWord(toks[k + 1]) && !DETERMINERS.has(lower(toks[k + 1])) && !mentionStartingAt(toks[k + 1].start))) return true;
      if (!isWord(toks[k])) return false;
    }
    return false;
  }

  /** "introduced him as a fighter for families": a description follows within the next few words. */
  function introducedAs(toks: Token[], q: boolean[], i: number): boolean {
    for (let k = i + 1; k < toks.length && k <= i + 5 && !q[k] && isWord(toks[k]); k++) if (lower(toks[k]) === 'as') return true;
    return false;
  }

  /** "(Additional reporting by …; Editing by …)": the credit opens the sentence, a parenthesis or a list item. */
  function creditLine(toks: Token[], i: number): boolean {
    let k = i - 1;
    if (k >= 0 && /^(additional|contributing|further)$/.test(lower(toks[k]))) k--;
    return k < 0 || /^[(;]$/.test(toks[k].text);
  }

  /**
   * "attack(s)" as a noun: after a determiner, an adjective or other modifier word, or a place ("the
   * Benghazi attack", "Blistering attacks upend …", "Paris attacks test …"); a verb follows its pronoun
   * or named subject, an auxiliary, an adverb or "to" ("she attacks her rival", "did not attack").
   */
  function attackNoun(toks: Token[], q: boolean[], i: number): boolean {
    const p = toks[i - 1];
    if (q[i - 1] || !isWord(p)) return false;
    const pw = lower(p);
    if (VERB_LEFT.test(pw) || /ly$/.test(pw)) return false;
    const m = mentionEndingAt(p.end);
    if (m) {
      if (actorKind.get(m.key) === 'LOCATION') return true;
      // "the Romney attack": a name after a determiner modifies the noun
      const before = m.start > toks[0].start ? lower(toks[tokAt(toks, m.start) - 1]) : '';
      return /^(the|a|an|this|that|these|those|his|her|their|its|our)$/.test(before);
    }
    return true;
  }

  /** "called" right after an indefinite noun phrase modifies it: "a new group called …", "a PAC called …". */
  function namingParticiple(toks: Token[], i: number): boolean {
    const head = toks[i - 1];
    if (!head || !isWord(head) || SUBJECT_PRONOUNS.has(lower(head)) || mentionEndingAt(head.end)) return false;
    // a person can call something something: "a senator called the plan a disaster"
    if (TITLE_HEADS.has(lower(head)) || GROUP_HEADS.has(lower(head))) return false;
    for (let k = i - 2; k >= Math.max(0, i - 6); k--) {
      const w = lower(toks[k]);
      if (w === 'a' || w === 'an') return true;
      if (!isWord(toks[k]) || FINITE.has(w) || CUE_FORMS.has(w)) return false;
    }
    return false;
  }

  /**
   * A mention that is the object of a preposition is not the subject: "an aide to the senator said",
   * "a source close to him said", "John Smith of Texas said". The subject is the noun phrase the
   * prepositional phrase modifies. Only a spokesman, a share of a group or a document from a body speaks
   * for the body it is named with; anyone else is their own speaker, or an unresolved one.
   */
  function prepositionalHolder(toks: Token[], q: boolean[], st: number, floor: number, m: MentionRef): Subject | null {
    let p = st - 1;
    if (p > floor && /^(the|a|an|his|her|its|their|our|this|that|these|those)$/.test(lower(toks[p]))) p--;
    if (p - 1 < floor || q[p]) return null;
    const prep = lower(toks[p]);
    if (!HOLDER_PREPS.has(prep)) return null;
    let h = p - 1;
    if (RELATION_ADJECTIVES.has(lower(toks[h])) && h - 1 >= floor) h--;
    if (q[h] || !isWord(toks[h])) return null;
    const hw = lower(toks[h]);
    const headMention = mentionEndingAt(toks[h].end);
    const named = headMention && headMention.kind !== 'PRONOUN' && actorKind.get(headMention.key) !== 'LOCATION' ? headMention : null;
    const speaksFor =
      (SPOKES_HEADS.has(hw) && /^(for|of|from|at)$/.test(prep)) ||
      (QUANTITY_HEADS.has(hw) && prep === 'of') ||
      (DOCUMENT_HEADS.has(hw) && /^(from|by|of)$/.test(prep));
    if (!named && !speaksFor && !TITLE_HEADS.has(hw) && !GROUP_HEADS.has(hw) && !DOCUMENT_HEADS.has(hw)) return null;
    const np = named ? { span: [named.start, named.end] as Span, tok: tokAt(toks, named.start) } : heuristicNP(toks, q, h, floor);
    if (!np) return null;
    // "in an interview with CNN, Smith said" is handled as an adverbial; here the phrase must open the subject
    if (np.tok > floor && ADVERBIAL_PREPS.has(lower(toks[np.tok - 1]))) return null;
    const key = speaksFor ? m.key : named ? named.key : null;
    return { span: [np.span[0], m.end], key, strong: true, tok: np.tok, opaque: key === null };
  }

  /**
   * The antecedent of a relative clause closed by the comma at token L, right before the verb: "Ann Roe,
   * who lost her seat in Ames, Iowa, in 2012, said" (commas inside the clause are not appositives).
   */
  function relativeAntecedent(toks: Token[], q: boolean[], L: number, floor: number): Subject | null {
    for (let k = L - 1; k > floor && k >= L - 40; k--) {
      const w = lower(toks[k]);
      // a scare quote inside the relative clause is read over ("Roe, who chairs the “oversight” panel, said")
      const ri = q[k] || /^["“”]$/.test(w) ? regionAt(regions, toks[k].start) : -1;
      if (ri >= 0 && regions[ri].closed && regions[ri].end - regions[ri].start < 40 && !tagClosable(toks, tokAt(toks, regions[ri].end - 1))) continue;
      if (q[k] || /^[;:—–"“”]$/.test(w)) return null;
      if (w !== 'who' && w !== 'whose' && w !== 'which') continue;
      if (k === L - 1 || k - 2 < floor || toks[k - 1].text !== ',') return null;
      const m = mentionEndingAt(toks[k - 2].end);
      if (m && actorKind.get(m.key) !== 'LOCATION' && m.kind !== 'PRONOUN') return { span: [m.start, m.end], key: m.key, strong: true, tok: tokAt(toks, m.start) };
      const np = heuristicNP(toks, q, k - 2, floor);
      // "who" takes a person: a noun phrase no list knows is one before ", who" ("Roe, who leads the panel, said")
      if (np && !np.strong && w === 'who' && /^\p{Lu}/u.test(toks[k - 2].text)) return { ...np, strong: true };
      return np && np.strong ? np : null;
    }
    return null;
  }

  /** A noun phrase ending at token L: back over words that are not clause openers, at most 7. */
  function heuristicNP(toks: Token[], q: boolean[], L: number, floor: number): Subject | null {
    const t = toks[L];
    if (!isWord(t) || q[L]) return null;
    const lw = lower(t);
    const verbForm = (w: string): boolean => !!CUE_FORMS.get(w)?.some((e) => e.form === 'PAST' || e.form === 'ING');
    // a verb form right after an article is a noun: "the ruling", "a finding"
    const nounAfterArticle = L - 1 >= floor && /^(the|a|an)$/.test(lower(toks[L - 1])) && /ing$/.test(lw);
    if (CLAUSE_OPENERS.has(lw) || DETERMINERS.has(lw) || (/ly$/.test(lw) && !LY_NOUNS.has(lw)) || (verbForm(lw) && !nounAfterArticle) || /['’]s$/.test(t.text) || NOT_NP_HEAD.has(lw)) return null;
    let s = L;
    let skipped = 0;
    while (s - 1 >= floor && L - s - skipped < 7) {
      const p = toks[s - 1];
      const pw = lower(p);
      // a short quotation before the head noun names or qualifies it: "the “Save Our Pier” group"
      const qm = quotedModifierStart(toks, q, s - 1, floor);
      if (qm >= 0) {
        skipped += s - qm - 1;
        s = qm;
        continue;
      }
      // left of such a quotation, an object pronoun or a verb and its particle end the phrase ("told me for
      // the “X” podcast", "rolled out a “X” campaign")
      if (skipped > 0 && /^(me|him|us|them|out|up|off|down|[a-z]+ed)$/.test(pw)) break;
      // a plural possessive: "Sanders’ campaign", "the senators' aides"
      if ((p.text === '’' || p.text === "'") && s - 2 >= floor && toks[s - 2].end === p.start && /s$/.test(toks[s - 2].text) && isWord(toks[s - 2])) {
        s -= 2;
        continue;
      }
      if (q[s - 1] || !isWord(p) || (CLAUSE_OPENERS.has(pw) && !['of', 'for', 'in', 'at', 'on', 'from', 'the'].includes(pw)) || verbForm(pw) || SUBJECT_PRONOUNS.has(pw)) break;
      // a determiner right after a noun opens a new noun phrase: "the reward the government offered",
      // "a force few politicians want to provoke", "exiles insist the majority …" (a contact relative or a clause)
      if (NP_OPENERS.test(lower(toks[s])) && /^[a-z]/.test(p.text) && !DETERMINERS.has(pw) && !NP_OPENER_LINKS.test(pw) && !/(ed|ing|ly|n't|n’t)$/.test(pw) && pw !== 'not' && pw !== 'never' && !CUE_FORMS.has(pw) && !VERBISH.test(pw) && nounPhraseEndsAt(toks, q, s - 1, floor)) break;
      s--;
    }
    // drop leading prepositions / determiners that cannot start a subject
    while (s < L && ['of', 'for', 'in', 'at', 'on', 'from', 'with'].includes(lower(toks[s]))) s++;
    const m = mentionIn(toks[s].start, t.end);
    const headed = !!m && m.end === t.end;
    const actorHead = ORG_WORDS.has(lw) || GROUP_HEADS.has(lw) || TITLE_HEADS.has(lw);
    return { span: [toks[s].start, t.end], key: headed ? m!.key : null, strong: (headed && m!.kind !== 'PRONOUN') || actorHead, tok: s };
  }

  /**
   * A quotation used as a premodifier of the noun after it ("a spokesman for the “Save Our Pier” group",
   * "the ‘Yes’ campaign"): token k closes a short quotation (at most four words, no sentence mark
   * inside its closing mark) that opens right after a determiner. The index of its opening mark, or -1.
   */
  function quotedModifierStart(toks: Token[], q: boolean[], k: number, floor: number): number {
    if (k <= floor || !q[k]) return -1;
    const ri = regionAt(regions, toks[k].start);
    if (ri < 0) return -1;
    const reg = regions[ri];
    if (!reg.closed || reg.end !== toks[k].end || !/[\p{L}\p{N}]/u.test(text[reg.end - 2] ?? '')) return -1;
    let j = k;
    while (j > floor && toks[j].start > reg.start) j--;
    if (toks[j].start !== reg.start || j - 1 < floor || !DETERMINERS.has(lower(toks[j - 1])) || /^(of|to|that)$/.test(lower(toks[j - 1]))) return -1;
    const words = text.slice(reg.start, reg.end).match(/[\p{L}\p{N}]+/gu);
    return words && words.length <= 4 ? j : -1;
  }

  /**
   * Whether token k ends a noun phrase opened by a determiner ("a change", "the largest reward", "the
   * kind of management job") or is an indefinite pronoun ("something"): not the object of a verb
   * ("who met the governor").
   */
  function nounPhraseEndsAt(toks: Token[], q: boolean[], k: number, floor: number): boolean {
    if (/^(something|anything|nothing|everything)$/.test(lower(toks[k]))) return true;
    for (let j = k - 1; j >= floor && j >= k - 6; j--) {
      const w = lower(toks[j]);
      if (q[j] || !isWord(toks[j])) return false;
      if (DETERMINERS.has(w)) return true;
      if (w !== 'of' && (!/^[a-z]/.test(toks[j].text) || CUE_FORMS.has(w) || VERBISH.test(w) || CLAUSE_OPENERS.has(w) || /^(who|whom|whose|which|that)$/.test(w))) return false;
    }
    return false;
  }

  function mentionStartingAt(start: number): MentionRef | null {
    return byStart.get(start) ?? null;
  }

  function mentionEndingAt(end: number): MentionRef | null {
    return byEnd.get(end) ?? null;
  }

  function tokAt(toks: Token[], pos: number): number {
    return Math.min(tokenIndexAt(toks, pos), toks.length - 1);
  }

  /** The source of the latest statement whose cue precedes `pos` in this sentence ("X said …, adding …"). */
  function previousSource(sent: Sentence, pos: number): Subject | null {
    let best: Draft | null = null;
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 20; k--) {
      const d = drafts[k];
      if (!d.cue || !d.source || d.cue[0] < sent.start || d.cue[0] >= pos) continue;
      if (!best || d.cue[0] > best.cue![0]) best = d;
    }
    if (!best || !best.source) return null;
    return { span: best.source, key: best.speaker, strong: true, tok: 0 };
  }

  /**
   * The source of a verb phrase coordinated after the "and"/"but" at token j: that of the statement whose
   * content ends right before it ("X forecast that … and praised …" — X).
   */
  function coordinatedSource(toks: Token[], j: number): Subject | null {
    if (j < 1) return null;
    for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 20; k--) {
      const d = drafts[k];
      if (!d.source || !d.cue || d.cue[0] >= toks[j].start) continue;
      const end = d.content[d.content.length - 1][1];
      if (end < toks[j - 1].start || end > toks[j].start || !/^[\s,”"’']*$/.test(text.slice(end, toks[j].start))) continue;
      return { span: d.source, key: d.speaker, strong: true, tok: 0 };
    }
    return null;
  }

  /** The first actor mention of a sentence (the main clause's subject, for participles). */
  function firstSubject(toks: Token[], before: number): Subject | null {
    for (let k = datelineEnd(toks, before); k < before; k++) {
      const m = byStart.get(toks[k].start);
      if (m && actorKind.get(m.key) !== 'LOCATION') return { span: [m.start, m.end], key: m.key, strong: true, tok: k };
    }
    return null;
  }

  /**
   * The subject of the sentence's main clause for a participle at token `before`: the first actor
   * mention not inside a leading prepositional phrase ("In an interview with Fox, Smith said …, adding").
   */
  function mainClauseSubject(toks: Token[], q: boolean[], before: number): Subject | null {
    let inPP = false;
    for (let k = datelineEnd(toks, before); k < before; k++) {
      if (q[k]) continue;
      const w = lower(toks[k]);
      // a parenthesis ("(AFP)") or a dateline before a dash is not the clause
      if (w === '(') {
        while (k < before && toks[k].text !== ')') k++;
        continue;
      }
      // a leading prepositional phrase or subordinate clause: "In an interview with X, …", "Once he was …, …"
      if (k === 0 && /^(in|on|at|during|after|before|with|for|from|despite|like|unlike|as|asked|speaking|according|to|once|when|while|if|although|though|because|since|until|unless)$/.test(w)) inPP = true;
      // "Hours after the ruling, …", "Two days before the vote, …"
      if (k === 0 && before > 3 && toks.slice(1, 4).some((t) => /^(after|before|since|until|later|earlier|ago)$/.test(lower(t)))) inPP = true;
      if (inPP && toks[k].text === ',') {
        inPP = false;
        continue;
      }
      if (inPP) continue;
      const m = byStart.get(toks[k].start);
      if (m && actorKind.get(m.key) !== 'LOCATION') return { span: [m.start, m.end], key: m.key, strong: true, tok: k };
      // a personal pronoun opening the clause: "He’s comparing … and says …"
      const pr = /^(he|she|they|we|i)(['’](s|re|ve|ll|d|m))?$/.exec(w);
      if (pr && (k === 0 || /^[,;:—–(]$/.test(toks[k - 1].text))) return { span: [toks[k].start, toks[k].start + pr[1].length], key: null, strong: true, tok: k };
    }
    return firstSubject(toks, before);
  }

  /** The token after a dateline that opens a sentence ("ORLANDO, Fla. (Reuters) - …"), or 0. */
  function datelineEnd(toks: Token[], before: number): number {
    for (let k = 1; k < Math.min(before, 16); k++) {
      const x = toks[k].text;
      if (x === '-' || x === '—' || x === '–' || x === '--') return /^\p{Lu}{2}/u.test(toks[0].text) ? k + 1 : 0;
      // a wire's name in parentheses or slashes may be lower case ("(dpa)", "/PRNewswire/"), a year a date's
      if (!/^(\p{Lu}[\p{L}.]*|[(),./]|\d{1,2}|\d{4})$/u.test(x) && !(/^\p{Ll}+$/u.test(x) && /^[(/]$/.test(toks[k - 1].text))) return 0;
    }
    return 0;
  }

  /** The possessor of a claim noun: "Lee Park's (first) statement", "his claim", "the minister's view". */
  function possessor(toks: Token[], q: boolean[], i: number, floor: number): Subject | null {
    for (let k = i - 1; k >= Math.max(floor, i - 3); k--) {
      if (q[k] || !isWord(toks[k])) return null;
      const w = toks[k].text;
      const lw = w.toLowerCase();
      if (lw === 'his' || lw === 'her' || lw === 'their' || lw === 'its') {
        const m = byStart.get(toks[k].start);
        return { span: [toks[k].start, toks[k].end], key: m?.key ?? null, strong: true, tok: k };
      }
      if (/['’]s$/.test(w) || (k + 1 < toks.length && /^['’]s$/.test(toks[k + 1].text))) {
        const end = /['’]s$/.test(w) ? toks[k].end - 2 : toks[k].end;
        const m = byEnd.get(end);
        if (m) return { span: [m.start, m.end], key: m.key, strong: true, tok: tokAt(toks, m.start) };
        // a role or body no mention holds: "The governor’s claim", "the ministry's statement"
        const head = lw.replace(/['’]s$/, '');
        if (!TITLE_HEADS.has(head) && !GROUP_HEADS.has(head) && !ORG_WORDS.has(head)) return null;
        // back to its article over at most two modifiers (after "his", a name or a verb it is no source of its own)
        let st = k;
        for (let d = k - 1; d >= floor && d >= k - 3 && !q[d] && isWord(toks[d]); d--) {
          if (/^(the|a|an|this|that)$/.test(lower(toks[d]))) {
            st = d;
            break;
          }
          if (!/^\p{Ll}/u.test(toks[d].text) || CLAUSE_OPENERS.has(lower(toks[d])) || CUE_FORMS.has(lower(toks[d]))) break;
        }
        if (st === k) return null;
        return { span: [toks[st].start, end], key: null, strong: true, tok: st };
      }
    }
    return null;
  }

  /** The source of an inverted cue: "said [the minister]", up to a comma, a full stop or a clause. */
  function npRight(toks: Token[], q: boolean[], r: number): Subject | null {
    // a handle: "…,” tweeted @JoRoe, a former minister."
    if (r + 1 < toks.length && toks[r].text === '@' && !q[r] && toks[r].end === toks[r + 1].start) {
      const h = npRight(toks, q, r + 1);
      return h ? { ...h, span: [toks[r].start, h.span[1]], tok: r } : null;
    }
    if (r >= toks.length || q[r] || !isWord(toks[r])) return null;
    const m = byStart.get(toks[r].start);
    let e = r;
    while (e + 1 < toks.length && e - r < 8 && !q[e + 1] && isWord(toks[e + 1]) && !/^(who|which|that|in|on|at|during|after|before|when|while|as|last|this|of|about|to|because|and)$/.test(lower(toks[e + 1]))) e++;
    if (m && m.end > toks[e].end) e = tokAt(toks, m.end - 1);
    // a finite verb inside is a clause, not an inverted source: "…, said [stagnation] is the cause"
    // (a negated auxiliary too: "…, said the mayor didn’t appear worried")
    for (let k = m ? tokAt(toks, m.end - 1) + 1 : r + 1; k <= e; k++) if (FINITE.has(lower(toks[k])) || /n['’]t$/.test(lower(toks[k]))) return null;
    const lw = lower(toks[r]);
    if (CLAUSE_OPENERS.has(lw) && lw !== 'it') return null;
    // a subject pronoun with words after it opens the reported clause: "…, said he fully supports it"
    if (e > r && /^(he|she|they|we|i|you)$/.test(lw)) return null;
    // a description, then the name in apposition ending the sentence: "…, said the head nurse, Anne Boyd."
    if ((!m || m.kind === 'NOMINAL') && /^(the|a|an|its|their|his|her|our|one|another)$/.test(lw) && e + 2 < toks.length && toks[e + 1].text === ',' && !q[e + 2]) {
      const nm = byStart.get(toks[e + 2].start);
      const after = nm ? toks[tokAt(toks, nm.end - 1) + 1] : undefined;
      if (nm && (nm.kind === 'NAME' || nm.kind === 'TITLE') && actorKind.get(nm.key) === 'PERSON' && (after === undefined || /^[.!?]$/.test(after.text))) return { span: [toks[r].start, nm.end], key: nm.key, strong: true, tok: r };
    }
    return { span: [toks[r].start, m && !/^(a|an|the)$/.test(lw) ? Math.max(m.end, toks[e].end) : toks[e].end], key: m?.key ?? null, strong: !!m, tok: r };
  }

  // ---- contents ------------------------------------------------------------------------------
  /** What follows the cue: nothing but adjuncts ("on Tuesday", "in a statement") up to the sentence end? */
  function afterCue(toks: Token[], q: boolean[], r: number): { empty: boolean } {
    let k = r;
    while (k < toks.length && !q[k]) {
      const w = lower(toks[k]);
      if (!isWord(toks[k])) {
        // an opening mark counts unless it opens a programme title ("on NBC’s “Meet the Press.”")
        if (w === ':' || (OPEN_Q.has(w) && regionAt(regions, toks[k].start) >= 0) || (OPEN_Q.has(w) && !isProgramTitleAt(toks[k].start))) return { empty: false };
        if (w === ',' || w === '.' || w === '!' || w === ';' || w === '—' || w === '–' || (w === '-' && toks[k + 1]?.text === '-')) {
          if (w === ',' && k + 1 < toks.length && (q[k + 1] || OPEN_Q.has(toks[k + 1].text))) return { empty: false };
          if (w === ',' && k + 1 < toks.length && CONTINUATION.test(lower(toks[k + 1]))) return { empty: true };
          // an appositive on the whole clause: "…, Roe said, a change that would …"
          if (w === ',' && k + 2 < toks.length && /^(a|an)$/.test(lower(toks[k + 1])) && !q[k + 1]) return { empty: true };
          if (w === ',' && k + 1 < toks.length && !/^(adding|according|who|which|as|before|after|and|but|while|when|because|though|although|in|at|on|during)$/.test(lower(toks[k + 1])) && !/ing$/.test(lower(toks[k + 1]))) return { empty: false };
          return { empty: true };
        }
        k++;
        continue;
      }
      if (ADJUNCT_PREPS.has(w) || WEEKDAYS.test(w) || /^(a|an|the|his|her|their|its|of|to|with|for|by|from|recent|new|interview|statement|news|conference|reporters|week|month|year|morning|afternoon|evening|night|day)$/.test(w) || STATEMENT_NOUNS.has(w) || /^\p{Lu}/u.test(toks[k].text) || /^\d/.test(w)) {
        k++;
        continue;
      }
      // inside an adjunct phrase ("in a video message to the convention") any noun may follow
      if (k > r && /^(of|to|with|for|by|from|in|on|at|during|about|after|before|following|over|through|via|outside|inside)$/.test(lower(toks[r])) && !FINITE.has(w) && w !== 'that' && (!CUE_FORMS.has(w) || DETERMINERS.has(lower(toks[k - 1])))) {
        k++;
        continue;
      }
      return { empty: false };
    }
    return { empty: k >= toks.length };
  }

  /**
   * A quotation split around its cue: "“A,” she said, “B.”" — the second part follows the cue (and any
   * adjuncts) after a comma and belongs to the same statement.
   */
  function withSplitQuote(content: Span[], toks: Token[], q: boolean[], r: number): Span[] {
    const last = content[content.length - 1];
    if (regionAt(regions, last[1] - 1) < 0) {
      // a parenthetical cue inside indirect content: "The plan, she said, would fail."
      let k = r;
      while (k < toks.length && k < r + 20 && !q[k] && toks[k].text !== '.' && toks[k].text !== ';' && !(toks[k].text === ',' && k + 1 < toks.length && CONTINUATION.test(lower(toks[k + 1])))) k++;
      if (k + 1 < toks.length && toks[k].text === ',' && !q[k + 1] && CONTINUATION.test(lower(toks[k + 1]))) {
        let e = toks.length - 1;
        while (e > k + 1 && !isWord(toks[e]) && !CLOSE_Q.has(toks[e].text)) e--;
        if (e > k + 1 && !isClaimed(toks[k + 1].start, toks[e].end)) return [...content, [toks[k + 1].start, toks[e].end]];
      }
      return content;
    }
    let k = r;
    while (k < toks.length && k < r + 8 && !q[k] && toks[k].text !== ',' && toks[k].text !== ':' && toks[k].text !== '.') k++;
    if (k >= toks.length || (toks[k].text !== ',' && toks[k].text !== ':')) return lowerQuoteAfterTag(content, toks, q, r);
    k++;
    if (k >= toks.length || !q[k]) return lowerQuoteAfterTag(content, toks, q, r);
    const reg = regions[regionAt(regions, toks[k].start)];
    if (!reg || reg.start < toks[k].start - 1 || isClaimed(reg.start, reg.end)) return content;
    return [...content, [reg.start, reg.end]];
  }

  /**
   * "“The danger,” said Jo Roe, the council's leader, “is that …”": a quotation that opens in lower
   * case after a comma finishes the sentence an earlier quotation (closed by its comma) began, however
   * long the speech tag between them (an appositive, a relative clause, a participle).
   */
  function lowerQuoteAfterTag(content: Span[], toks: Token[], q: boolean[], r: number): Span[] {
    const last = content[content.length - 1];
    if (!/,[”"'’»\s]*$/.test(text.slice(Math.max(last[0], last[1] - 4), last[1]))) return content;
    let k = r;
    while (k < toks.length && k < r + 40 && !q[k] && toks[k].text !== '.' && toks[k].text !== ';' && toks[k].text !== ':') k++;
    // after a comma, or a dash right after the tag ("“I was terrified,” she said – “truly terrified.”")
    if (k >= toks.length || !q[k] || !(toks[k - 1]?.text === ',' || (k - 1 === r && /^[—–-]$/.test(toks[r].text)))) return content;
    const reg = regions[regionAt(regions, toks[k].start)];
    if (!reg || reg.start < toks[k].start - 1 || isClaimed(reg.start, reg.end)) return content;
    const first = /[\p{L}\p{N}]/u.exec(text.slice(reg.start, Math.min(reg.end, reg.start + 6)));
    if (!first || !/\p{Ll}/u.test(first[0])) return content;
    return [...content, [reg.start, reg.end]];
  }

  /**
   * The token after the addressee of a verb like "told" that starts at r: a mention, or a short noun
   * phrase of lower-case words ("his closest aides", "a Senate panel"); r when there is none.
   */
  function addresseeEnd(toks: Token[], q: boolean[], r: number): number {
    if (r >= toks.length || q[r] || !isWord(toks[r])) return r;
    const m = byStart.get(toks[r].start);
    let e = m ? tokAfter(toks, r, m.end) : r;
    // a determiner, or a bare plural noun ("…, she told delegates.", "… told lawmakers on Friday.")
    const w0 = lower(toks[r]);
    const barePlural = /^\p{Ll}+s$/u.test(toks[r].text) && !FINITE.has(w0) && !CUE_FORMS.has(w0) && !ADJUNCT_PREPS.has(w0) && !CLAUSE_OPENERS.has(w0) && !SUBJECT_PRONOUNS.has(w0) && !/(ss|ly|ous|is|us)$/.test(w0);
    if (e === r && !barePlural && !/^(the|a|an|his|her|their|its|our|my|your|some|several|two|three|four|five|fellow)$/.test(w0)) return r;
    while (e < toks.length && e < r + 6 && !q[e] && isWord(toks[e])) {
      const w = lower(toks[e]);
      if (CLAUSE_OPENERS.has(w) && !/^(the|a|an)$/.test(w)) break;
      if (FINITE.has(w) || CUE_FORMS.has(w) || ADJUNCT_PREPS.has(w) || WEEKDAYS.test(w) || SUBJECT_PRONOUNS.has(w) || timexAt(toks[e].start)) break;
      e++;
    }
    return e;
  }

  /** After an inverted source ("…, said X, a spokesman for Y, on Tuesday."): no new clause follows. */
  function restIsAdjunct(toks: Token[], q: boolean[], r: number): boolean {
    let appositive = false;
    for (let k = r; k < toks.length; k++) {
      // "…, said Jo Roe, director of the union, a group that has …": a relative clause in the appositive
      if (appositive && lower(toks[k]) === 'that' && toks[k - 1]?.text !== ',' && isWord(toks[k - 1]) && !q[k - 1]) return true;
      if (k > r && toks[k].text === ',' && k + 1 < toks.length && /^(a|an|the)$/.test(lower(toks[k + 1]))) appositive = true;
      if (q[k] || toks[k].text === ':' || toks[k].text === ';') return false;
      const w = lower(toks[k]);
      // a relative clause or a participle describes the source; what follows is not new content
      if (toks[k].text === ',' && /^(who|which|whose|noting|adding|referring|pointing|though|although|but|as|while|according)$/.test(lower(toks[k + 1]))) return true;
      if (w === 'that' && toks[k - 1]?.text !== ',') return false;
      // an infinitive after the noun phrase makes it the object: "…, asked a judge to block the rule"
      if (w === 'to' && k + 1 < toks.length && !q[k + 1] && /^[a-z]+$/.test(toks[k + 1].text) && !DETERMINERS.has(lower(toks[k + 1])) && !/^(date|me|him|her|them|us|reporters)$/.test(lower(toks[k + 1]))) return false;
      if (k <= r + 3 && /^(is|was|were|are|has|have|had|will|would|could|can|should|must|may|might|did|does|do)$/.test(w)) return false;
      if (w === 'who') return true;
      if (k === r && isWord(toks[k]) && !ADJUNCT_PREPS.has(w) && !WEEKDAYS.test(w) && !/^(of|about|to|with|for|from|who|whose|which|as|because|and|referring|adding|pointing|noting|though|although|but|while|according)$/.test(w)) return false;
    }
    return true;
  }

  /**
   * "In a changing economy, voters still believe in …", "Finally, with X in attendance, we decided to …":
   * a phrase or subordinate clause fronted before the subject is an adjunct of the verb's own clause, not
   * the content of a postposed tag — unless a comma after the verb makes the tag parenthetical ("While
   * …, she added, revoking …"). Only a lone phrase counts: a comma inside it means a clause of its own.
   */
  function frontedAdjunctOnly(toks: Token[], q: boolean[], floor: number, pre: number, cueEnd: number): boolean {
    if (floor < 0 || cueEnd + 1 >= toks.length || !isWord(toks[cueEnd + 1]) || q[cueEnd + 1]) return false;
    let k = floor;
    if (FRONT_CONNECTIVE.test(lower(toks[k]))) k++;
    if (k < pre && toks[k].text === ',') k++;
    if (k >= pre || !FRONT_ADJUNCT.test(lower(toks[k]))) return false;
    if (/^(last|this|next|early|late)$/.test(lower(toks[k])) && !TIME_NOUN.test(lower(toks[k + 1]))) return false;
    if (lower(toks[k]) === 'even' && !FRONT_SUB.test(lower(toks[k + 1]))) return false;
    for (let j = k; j < pre; j++) if (q[j] || !isWord(toks[j])) return false;
    return true;
  }

  /**
   * "The plan is widely seen as a gamble": a common view held by no one named, like "is expected to"
   * (the subject and the complement are the content). Not after a relative pronoun ("Roe, who is seen as
   * …" describes Roe in passing) nor as an aim ("to be seen as", "being seen as").
   */
  function beSeenAs(toks: Token[], q: boolean[], be: number, i: number): boolean {
    if (be < 1 || be >= i || q[be] || lower(toks[i + 1]) !== 'as' || !BE.has(lower(toks[be])) || lower(toks[be]) === 'being') return false;
    const before = lower(toks[be - 1]);
    if (lower(toks[be]) === 'be' && before === 'to') return false;
    let k = be - 1;
    while (k > 0 && /^(can|could|will|would|may|might|must|should|not|n't|also|still|now)$/.test(lower(toks[k]))) k--;
    return !/^(who|whom|whose|that|which|what)$/.test(lower(toks[k]));
  }

  /** Content on the left of a postposed source: the quotation that ends there, or the clause. */
  function leftContent(sent: Sentence, toks: Token[], q: boolean[], k: number, floor: number): Span[] | null {
    // skip the comma / dash between content and source
    let e = k;
    while (e >= 0 && (toks[e].text === ',' || toks[e].text === '—' || toks[e].text === '–')) e--;
    if (e < floor || e < 0) return null;
    const endPos = toks[e].end;
    const ri = regionAt(regions, toks[e].start);
    let start: number;
    if (ri >= 0) {
      const reg = regions[ri];
      if (reg.start < sent.start) start = reg.start;
      else {
        // the quotation alone, unless it continues a clause of the narrative ("The plan is “dead,” he said")
        const lead = text.slice(toks[floor].start, reg.start);
        start = /^\s*$|[:,.;—–-]\s*$/.test(lead) ? reg.start : toks[floor].start;
      }
      // a quote that began in an earlier paragraph is a new paragraph's quote only
    } else {
      start = toks[floor].start;
      // skip a leading conjunction or connective ("But …", "And …")
    }
    if (isClaimed(start, endPos)) {
      // start after the claimed part
      let s2 = endPos;
      while (s2 > start && !claimed[s2 - 1]) s2--;
      start = s2;
    }
    const span: Span = [start, endPos];
    const words = text.slice(span[0], span[1]).match(/[\p{L}\p{N}]+/gu);
    if (!words || words.length < 2) return null;
    return [span];
  }

  /** Content on the right of a cue: its complement clause, to the sentence end or the next linked cue. */
  function rightContent(sent: Sentence, toks: Token[], q: boolean[], r: number, verb: ReportingVerb): Span[] | null {
    const n = toks.length;
    let k = r;
    // adjuncts before the clause: "said on Tuesday (that)", "said in a statement (that)", "told reporters (that)"
    for (let guard = 0; guard < 4 && k < n && !q[k]; guard++) {
      const w = lower(toks[k]);
      const tx = timexAt(toks[k].start);
      // a time expression that is the clause's subject or its possessor stays in it ("said the year had
      // been hard", "said Tuesday's attack killed six", "said last year was the worst")
      const timeSubject = (j: number): boolean => j < n && !q[j] && k > 0 && !ADJUNCT_PREPS.has(lower(toks[k - 1])) && !/^(on|in|at|by|of|for)$/.test(lower(toks[k - 1])) && (/^['’]s?$/.test(toks[j].text) || (toks[j].start === toks[j - 1].end && /^['’]/.test(toks[j].text)) || FINITE_AUX.test(lower(toks[j])));
      if (tx) {
        const tEnd = tokAfter(toks, k, tx.span[1]);
        if (toks[tEnd - 1].end > tx.span[1] || timeSubject(tEnd)) break;
        k = tokAfter(toks, k, tx.span[1]);
        continue;
      }
      if ((w === 'on' || w === 'last' || w === 'this' || w === 'late' || w === 'early') && k + 1 < n && (timexAt(toks[k + 1].start) || WEEKDAYS.test(lower(toks[k + 1])))) {
        const tx2 = timexAt(toks[k + 1].start);
        k = tx2 ? tokAfter(toks, k + 1, tx2.span[1]) : k + 2;
        continue;
      }
      if (WEEKDAYS.test(w)) {
        if (timeSubject(k + 1)) break;
        k++;
        continue;
      }
      // an aside between dashes before the clause: "said — on Twitter, as it happens — that …"
      if (verb.speech && (w === '—' || w === '–' || w === '--') && k + 2 < n) {
        let j = k + 2;
        while (j < n && j < k + 14 && !q[j] && toks[j].text !== w && toks[j].text !== '.') j++;
        if (j + 1 < n && toks[j].text === w && !q[j + 1] && (lower(toks[j + 1]) === 'that' || /^(he|she|they|we|i)$/.test(lower(toks[j + 1])))) {
          k = j + 1;
          continue;
        }
      }
      if ((w === 'in' || w === 'during' || w === 'at' || w === 'on' || w === 'via' || w === 'through') && k + 1 < n) {
        // "in a statement", "in an interview with CNN", "on Twitter", "at a rally in Ohio"
        let j = k + 1;
        let found = false;
        // the clause may follow with no "that", opened by a subject pronoun: "said in a statement they …"
        // ("… it was", "… there is": with a finite verb, since "in a statement it issued" is a relative clause)
        const pronounAt = (x: number): boolean => verb.speech && verb.frame === 'CLAUSE' && x > k + 2 && !/^(that|whom|which|who)$/.test(lower(toks[x - 1])) &&
          (/^(he|she|they|we|i)$/.test(lower(toks[x])) || (/^(it|there)$/.test(lower(toks[x])) && x + 1 < n && FINITE_AUX.test(lower(toks[x + 1]))) || npClauseAt(x));
        // or by a short noun phrase and a copula or modal ("said in a statement the plant was safe")
        const npClauseAt = (x: number): boolean => {
          if (!/^(the|this|these|its|his|her|their|our)$/.test(lower(toks[x]))) return false;
          // right after the adjunct's noun ("in a statement | the …", "in an interview with CNN | the …")
          if (!(STATEMENT_NOUNS.has(lower(toks[x - 1])) || /^\p{Lu}/u.test(toks[x - 1].text))) return false;
          for (let y = x + 1; y < n && y <= x + 4 && !q[y] && isWord(toks[y]); y++) {
            const wy = lower(toks[y]);
            if (/^(that|which|who|whom|it|he|she|they|we|i)$/.test(wy)) return false;
            if (y > x + 1 && /^(is|was|were|are|will|would|could|can|may|might|must|should)$/.test(wy)) return true;
          }
          return false;
        };
        while (j < n && j < k + 10 && !q[j] && toks[j].text !== ',' && lower(toks[j]) !== 'that' && !(found && pronounAt(j))) {
          if (STATEMENT_NOUNS.has(lower(toks[j])) || /^\p{Lu}/u.test(toks[j].text)) found = true;
          j++;
        }
        if (found && j < n && (toks[j].text === ',' || lower(toks[j]) === 'that' || q[j] || toks[j].text === ':' || pronounAt(j))) {
          k = j;
          continue;
        }
      }
      break;
    }
    if (verb.speech && k < n && !q[k] && toks[k].text !== ':') {
      // "responded pointedly, with a smile: “…”"
      for (let j = k + 1; j < n && j < k + 10 && !q[j]; j++) {
        if (toks[j].text === ':' && j + 1 < n && q[j + 1]) { k = j + 1; break; }
        if (toks[j].text === '.' || lower(toks[j]) === 'that') break;
      }
      if (!q[k]) {
        const qa = quoteAfterAdjunct(toks, q, k);
        if (qa >= 0) k = qa;
      }
    }
    // "said for weeks (that) …", "said over the weekend …": a time adjunct
    if (k + 1 < n && !q[k] && /^(for|over|in|during|since|at|on|throughout|after|before|earlier|late|last|this)$/.test(lower(toks[k]))) {
      const tx = timexAt(toks[k + 1].start);
      if (tx) k = tokAfter(toks, k + 1, tx.span[1]);
    }
    if (verb.frame === 'CLAUSE' && k < n && !q[k] && /^(from|in|on|at|during|since|after|before|over|throughout|through|to|with|about|repeatedly|publicly|privately|recently|previously|often|also|again|for)$/.test(lower(toks[k]))) {
      const thatAt = findThat(toks, q, k, 8);
      if (thatAt >= 0) k = thatAt;
    }
    if (verb.frame === 'OBJECT_CLAUSE' && k < n && !q[k]) {
      // the addressee: a mention, a pronoun or a short noun phrase, then "that" or the clause
      const thatAt = findThat(toks, q, k, 20);
      if (thatAt >= 0) k = thatAt;
      else {
        const k0 = k;
        const m = byStart.get(toks[k].start);
        // a nominative pronoun is never the one addressed: it opens the clause ("warned they would strike")
        if (m && NOMINATIVE.test(toks[k].text)) { /* no addressee */ }
        else if (m) k = tokAfter(toks, k, m.end);
        else if (OBJECT_WORDS.has(lower(toks[k]))) {
          let j = k + 1;
          // (a second article opens the clause's subject: "told the BBC the plan had been shelved")
          if (/^(the|a|an|his|their|its|our|my)$/.test(lower(toks[k]))) while (j < n && j < k + 4 && isWord(toks[j]) && !q[j] && !/^(that|to)$/.test(lower(toks[j])) && !(/^(the|a|an)$/.test(lower(toks[j])) && !/^(of|for|in|on|at|with|about|from|by)$/.test(lower(toks[j - 1]))) && !NOMINATIVE.test(toks[j].text) && !(/^(it|this|there)$/.test(lower(toks[j])) && j + 1 < n && FINITE.has(lower(toks[j + 1])))) j++;
          k = j;
        }
        // an addressee no list knows, ended by a time adjunct: "told parliament on Wednesday (the army …)"
        if (k === k0 && !m) {
          let j = k;
          while (j < n && j < k + 3 && isWord(toks[j]) && !q[j] && !FINITE_AUX.test(lower(toks[j])) && !NOMINATIVE.test(toks[j].text) && !/^(that|to|on|last|this|late|early)$/.test(lower(toks[j])) && !timexAt(toks[j].start) && !CUE_FORMS.has(lower(toks[j]))) j++;
          if (j > k && j + 1 < n && ((/^(on|last|this)$/.test(lower(toks[j])) && (timexAt(toks[j + 1].start) || WEEKDAYS.test(lower(toks[j + 1])))) || (timexAt(toks[j].start) && j > k))) k = j;
        }
        // "on Tuesday", "Tuesday", "last week" after the object
        const onDay = k > k0 && k + 1 < n && /^(on|last|this|late|early)$/.test(lower(toks[k])) && !q[k] && (timexAt(toks[k + 1].start) || WEEKDAYS.test(lower(toks[k + 1]))) ? k + 1 : k;
        const tx = onDay < n ? timexAt(toks[onDay].start) : null;
        if (tx) k = tokAfter(toks, onDay, tx.span[1]);
        else if (onDay > k) k = onDay + 1;
        // "urged him to resign": the one urged is the subject of the infinitive, part of the content
        else if (k > k0 && k < n && lower(toks[k]) === 'to' && !q[k]) k = k0;
      }
    }
    // the complementizer belongs to the content ("said [that he would run]")
    let introduced = false;
    let thatTok = -1;
    if (k < n && lower(toks[k]) === 'that' && !q[k]) {
      thatTok = k;
      k++;
      introduced = true;
    }
    while (k < n && (toks[k].text === ':' || toks[k].text === ',' || toks[k].text === '—')) k++;
    if (k >= n) {
      // "He continued:" — the quotation (or transcript) is the next paragraph
      return toks[n - 1].text === ':' && !q[n - 1] ? nextParagraphWords(sent) : null;
    }
    // "said in an editorial on Monday, Oct. 26:" — only adjuncts before a colon that ends the sentence:
    // the words are the next paragraph (below)
    const inTimex = (x: number): boolean => timexes.some((t) => t.span[0] <= toks[x].start && toks[x].end <= t.span[1]);
    if (verb.speech && k < n - 1 && toks[n - 1].text === ':' && !q[n - 1] && n - 1 - k <= 12 && (ADJUNCT_OPENERS.test(lower(toks[k])) || inTimex(k))) {
      let j = k;
      // a name in the adjuncts ("writing at The Post:") or "went on to say:" is read by the cue rules
      const plain = (x: number): boolean => !/^\p{Lu}/u.test(toks[x].text) || inTimex(x);
      while (j < n - 1 && !q[j] && plain(j) && lower(toks[j]) !== 'that' && lower(toks[j]) !== 'to' && !FINITE.has(lower(toks[j])) && !SUBJECT_PRONOUNS.has(lower(toks[j]))) j++;
      if (j === n - 1) return nextParagraphWords(sent);
    }
    // the end: sentence end, or before ", adding …" / "; " / ", according to"
    let e = n - 1;
    // a bare verb cannot share the subject of a cue in -s or the past: after "and" it goes on the reported
    // clause ("says he would sit Putin down and tell him …")
    const mainFinite = r > 0 && finiteCue(lower(toks[r - 1]));
    for (let j = k + 1; j < n; j++) {
      if (q[j]) continue;
      const w = toks[j].text;
      // "…,” adding …" / "…,” referring to …": the comma sits inside the quotation
      if (q[j - 1] && PARTICIPLE_LINKS.has(lower(toks[j])) && j > k + 1) { e = j - 1; break; }
      if (w === ';') { e = j - 1; break; }
      // a noun phrase or infinitive content ends at its clause: ", …", "— …", "(…"
      if (verb.frame === 'NP' || verb.frame === 'INFINITIVE') {
        if ((w === ',' || w === '—' || w === '–' || w === '(') && !numberComma0(toks, j)) { e = j - 1; break; }
      }
      // non-restrictive modifiers after the clause: ", a sentiment …", ", which …", "— a play on …"
      if ((w === ',' || w === '—' || w === '–') && j + 1 < n && !q[j + 1] && j > k + 2) {
        const nw = lower(toks[j + 1]);
        if (/^(which|whom|whose|down|up|providing|prompting|making|leaving|despite|a|an)$/.test(nw) || (w !== ',' && /^(the|that|this|and|but|which|who|a|an)$/.test(nw))) { e = j - 1; break; }
      }
      // "… and said …", ", though X said …": a coordinated clause with its own cue ends the content
      const numberComma = w === ',' && toks[j - 1].end === toks[j].start && /\d$/.test(toks[j - 1].text) && /^\d/.test(toks[j + 1]?.text ?? '');
      if (!numberComma && (w === ',' || /^(and|but|though|although|while|whereas|because|when)$/i.test(w)) && j > k + 1) {
        let hit = false;
        for (let h = j + 1; h < n && h <= j + 7 && !q[h]; h++) {
          const hw = lower(toks[h]);
          if (hw === ',' || hw === 'that') break;
          if (STRONG_CUES.has(hw) && !NOUN_MARKERS.has(lower(toks[h - 1]))) { hit = true; break; }
          // a verb the cue detector is confident about, right after the conjunction or its subject
          if (h <= j + 3 && /^[a-z]/.test(toks[h].text) && !NON_HEADS.has(hw) && !claimed[toks[h].start] && !(h === j + 1 && mainFinite && bareVerb(hw)) && cueScoreAt(toks, q, h) > MODEL_THRESHOLD + SPLIT_MARGIN) { hit = true; break; }
        }
        if (hit) { e = j - 1; break; }
      }
      if ((w === 'and' || w === 'but') && j > k + 1 && coordinatedCue(toks, q, j, mainFinite)) { e = j - 1; break; }
      if (w === ',' && j + 1 < n && !q[j + 1]) {
        const nw = lower(toks[j + 1]);
        if (PARTICIPLE_LINKS.has(nw) || nw === 'according') { e = j - 1; break; }
        // "…, he said." — a second cue closing the sentence belongs to someone else
      }
    }
    // content that opens with a quotation ends with it ("said: “…,” but …"), though not before a second
    // complement of the same verb ("said that “…” and that the state …")
    if (q[k] && regionAt(regions, toks[k].start) >= 0) {
      const reg = regions[regionAt(regions, toks[k].start)];
      if (reg.start >= toks[k].start && reg.end < toks[e].end) {
        const tail = text.slice(reg.end, toks[e].end);
        if (/^[\s,]*(but|and|though|although|while|as|which|in|on|at|—|–)\b/.test(tail) && !(introduced && /^[\s,]*(and|or)\s+that\b/.test(tail)) || /^\s*[,—–]\s*(but|and|though|although|while|as|which|referring|adding|noting)\b/.test(tail)) e = tokAt(toks, reg.end - 1);
      }
    }
    while (e > k && !isWord(toks[e]) && !CLOSE_Q.has(toks[e].text)) e--;
    let endPos = toks[e].end;
    // a quotation that runs on past the sentence end is content to its end
    const ri = regionAt(regions, toks[e].start);
    if (ri >= 0 && regions[ri].end > endPos && regions[ri].start >= toks[k].start - 1) endPos = regions[ri].end;
    const startPos = toks[k].start;
    const first = lower(toks[k]);
    // (a short fronted phrase of the reported clause is its own: "said in politics it takes time …")
    const frontedPhrase = (): boolean => {
      if (!verb.speech || verb.frame !== 'CLAUSE' || !/^(in|during|at|for)$/.test(first)) return false;
      for (let j = k + 2; j < n && j <= k + 4 && !q[j] && isWord(toks[j]); j++) {
        if (/^(he|she|they|we|i|it|there)$/.test(lower(toks[j]))) return j + 1 < n && (FINITE_AUX.test(lower(toks[j + 1])) || /^[a-z]+s$/.test(toks[j + 1].text) || /n['’]t$/.test(toks[j + 1].text));
        if (!/^[a-z]+$/.test(toks[j].text) || CUE_FORMS.has(lower(toks[j]))) return false;
      }
      return false;
    };
    if (!q[k] && !introduced && verb.frame !== 'NP' && (/^(in|during|on|at|of|with|from|via|through|and|but|or|than|for)$/.test(first) || (/ing$/.test(first) && toks[k - 1]?.text === ',' && !/^(nothing|something|everything|anything)$/.test(first))) && !frontedPhrase()) return null;
    const words = text.slice(startPos, endPos).match(/[\p{L}\p{N}]+/gu);
    if (!words || (words.length < (verb.frame === 'NP' ? 1 : 2) && !/^(yes|no|so|nothing)$/i.test(words[0] ?? ''))) return null;
    // "argued that, in the end, …": the complementizer stays in the content across a comma after it
    const thatKept = thatTok >= 0 && (thatTok === k - 1 || (thatTok === k - 2 && toks[k - 1].text === ','));
    return [[thatKept ? toks[thatTok].start : startPos, endPos]];
  }

  /**
   * A verb phrase coordinated after "and"/"but" at token j whose verb the detector takes for a cue of its
   * own ("forecast that prices would fall and praised the bank"): news annotation gives the second verb
   * a statement of its own with the same source (coordinatedSource), so the first content ends before
   * the conjunction. Auxiliaries and adverbs may come between. A clause with a subject of its own
   * counts only after a comma and with a name or pronoun as subject (", but he did not apologize"):
   * without the comma the "and" mostly joins two subjects ("she and her aides had met").
   */
  function coordinatedCue(toks: Token[], q: boolean[], j: number, afterFinite = false): boolean {
    const n = toks.length;
    let h = j + 1;
    if (h < n && !q[h] && toks[j - 1].text === ',') {
      const m = byStart.get(toks[h].start);
      if (m && actorKind.get(m.key) !== 'LOCATION') h = tokAfter(toks, h, m.end);
      else if (NOMINATIVE.test(toks[h].text)) h++;
    }
    const h0 = h;
    while (h < n && h <= h0 + 2 && !q[h] && (CUE_AUX.has(lower(toks[h])) || /^[a-z]+ly$/.test(toks[h].text))) h++;
    if (h >= n || q[h] || !/^[a-z]/.test(toks[h].text) || claimed[toks[h].start]) return false;
    const hw = lower(toks[h]);
    if (NON_HEADS.has(hw) || hw.length < 3 || !(VERBISH.test(hw) || CUE_FORMS.has(hw))) return false;
    if (COPULA.test(hw) && h + 1 < n && /^[a-z]/.test(toks[h + 1].text)) return false;
    if (afterFinite && h === h0 && bareVerb(hw)) return false;
    return cueScoreAt(toks, q, h) > MODEL_THRESHOLD;
  }

  function numberComma0(toks: Token[], j: number): boolean {
    return toks[j].text === ',' && j > 0 && toks[j - 1].end === toks[j].start && /\d$/.test(toks[j - 1].text) && /^\d/.test(toks[j + 1]?.text ?? '');
  }

  function findThat(toks: Token[], q: boolean[], k: number, max: number): number {
    for (let j = k; j < toks.length && j < k + max; j++) {
      if (q[j] || toks[j].text === ';' || toks[j].text === '.') return -1;
      if (lower(toks[j]) === 'that') return j;
      // another verb of saying on the way has its own "that" ("asked X to …, Hackett said that …")
      if (j > k && (STRONG_CUES.has(lower(toks[j])) || PARTICIPLE_LINKS.has(lower(toks[j]))) && !NOUN_MARKERS.has(lower(toks[j - 1]))) return -1;
    }
    return -1;
  }

  function tokAfter(toks: Token[], k: number, pos: number): number {
    while (k < toks.length && toks[k].start < pos) k++;
    return k;
  }

  function timexAt(pos: number): TimexFinding | null {
    return timexByStart.get(pos) ?? null;
  }

  /**
   * "“…,” Walker said, according to an AP account.": the report of the quotation is the outer attribution
   * (annotators mark it alone): the quotation and its speech tag are its content, the report's source and
   * cue replace the tag's.
   */
  function reportedQuote(ls: number, le: number, cue: Span, subject: Subject): void {
    const tag = drafts.find((x) => x.cue && x.cue[0] >= ls && x.cue[1] <= le && x.content[0][1] <= ls && inQuote(x.content[0][0]));
    if (!tag) return;
    tag.content = [[tag.content[0][0], le], ...tag.content.slice(1)];
    tag.cue = cue;
    tag.source = subject.span;
    tag.speaker = subject.key;
    claim([tag.content[0]]);
    usedCues.add(cue[0]).add(cue[1]);
    reportedQuotes.add(tag);
  }

  /** "According to X, …" and "…, according to X." */
  function according(sent: Sentence, toks: Token[], q: boolean[], i: number, floor: number): Draft & { subject: Subject } | null {
    const n = toks.length;
    let e = i + 2;
    while (e < n && e < i + 20 && !q[e] && !/^[,.;:!?—]$/.test(toks[e].text)) e++;
    if (e === i + 2) return null;
    const srcSpan: Span = [toks[i + 2].start, toks[e - 1].end];
    const m = mentionIn(srcSpan[0], srcSpan[1]);
    const subject: Subject = { span: srcSpan, key: m?.key ?? null, strong: !!m, tok: i + 2 };
    const cue: Span = [toks[i].start, toks[i + 1].end];
    let content: Span | null = null;
    let lead = floor;
    while (lead < i && /^(but|and|yet|so|also|however|,)$/.test(lower(toks[lead]))) lead++;
    if (i <= lead) {
      // "According to X, …": the rest of the sentence
      let s = e;
      while (s < n && /^[,:—]$/.test(toks[s].text)) s++;
      if (s < n) {
        let end = n - 1;
        for (let j = s + 1; j < n; j++) if (!q[j] && toks[j].text === ';') { end = j - 1; break; }
        while (end > s && !isWord(toks[end]) && !CLOSE_Q.has(toks[end].text)) end--;
        content = [toks[s].start, toks[end].end];
      }
    } else {
      let end = i - 1;
      while (end > floor && !isWord(toks[end]) && !CLOSE_Q.has(toks[end].text)) end--;
      // content after the source too: "X, according to Y, is …"
      let tailEnd = -1;
      // but not a clause about the source (`, who …`, `, a pollster`) or one the writer adds (`, but …`,
      // `, including …`): a clause interrupted by the tag goes on with its verb or an adverb, never these
      // and a clause complete before the tag (a finite verb in it) goes on after it only with a
      // coordinated or subordinate clause, not with an appositive or a participle of the writer's
      // (a finite verb of a relative clause, or of a fronted subordinate clause, leaves it incomplete)
      const complete = () => {
        if (/^(while|as|when|if|because|although|though|since|after|before|unless|until|once)$/.test(lower(toks[lead]))) return false;
        for (let k = lead; k < i; k++) {
          const w = lower(toks[k]);
          if (q[k] || /^(who|whom|whose|which|that)$/.test(w)) return false;
          if (FINITE.has(w)) return true;
        }
        return false;
      };
      const next = lower(toks[e + 1] ?? toks[e]);
      if (e < n && toks[e].text === ',' && e + 2 < n && !/^(who|whom|whose|which|where|a|an|but|including|compared|even)$/.test(next) && (/^(and|or|although|though|because|while|so)$/.test(next) || FINITE.has(next) || /ed$/.test(next) || !complete())) {
        tailEnd = n - 1;
        while (tailEnd > e && !isWord(toks[tailEnd]) && !CLOSE_Q.has(toks[tailEnd].text)) tailEnd--;
      }
      if (end >= lead) {
        // what is left of the sentence is another statement's speech tag ("…,” Smith said at a rally,
        // according to the Sun"), not a content of its own
        const left = text.slice(toks[lead].start, toks[end].end);
        const words = left.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
        // "That’s according to X.": the pronoun stands for what was just said
        const pron = end === lead ? /^(that|this)['’]s$/.exec(lower(toks[lead])) : end === lead + 1 && /^(that|this)$/.test(lower(toks[lead])) && /^(is|was)$/.test(lower(toks[end])) ? /^(that|this)/.exec(lower(toks[lead])) : null;
        if (pron && e >= n - 2) {
          const pe = toks[lead].start + pron[1].length;
          const added = addDraft([[toks[lead].start, pe]], [end === lead ? pe : toks[end].start, cue[1]], subject, sent);
          return added ? { ...drafts[drafts.length - 1], subject } : null;
        }
        // "Turnout, according to X, rose …", "Now, according to X, …": a short subject or adverb set off
        // before the source; the clause goes on after it (a bare connective is left out)
        if (words <= 2 && tailEnd > e + 1 && toks[end + 1]?.text === ',' && !SAY_CUE.test(left.toLowerCase()) && !isClaimed(toks[e + 1].start, toks[tailEnd].end)) {
          const connective = isBareConnective(left);
          const segs: Span[] = connective ? [[toks[e + 1].start, toks[tailEnd].end]] : [[toks[lead].start, toks[end].end], [toks[e + 1].start, toks[tailEnd].end]];
          const added = addDraft(segs, cue, subject, sent);
          return added ? { ...drafts[drafts.length - 1], subject } : null;
        }
        if (words <= 8 && (SAY_CUE.test(left.toLowerCase()) || /(^|\s)(replied|responded|asked)(\s|$)/i.test(left))) {
          reportedQuote(toks[lead].start, toks[end].end, cue, subject);
          return null;
        }
        if (words <= 2) return null;
        const segs: Span[] = [[toks[lead].start, toks[end].end]];
        if (tailEnd > e + 1) segs.push([toks[e + 1].start, toks[tailEnd].end]);
        const added = addDraft(segs, cue, subject, sent);
        return added ? { ...drafts[drafts.length - 1], subject } : null;
      }
    }
    if (!content) return null;
    const added = addDraft([content], cue, subject, sent);
    return added ? { ...drafts[drafts.length - 1], subject } : null;
  }

  // ---- nested attributions ------------------------------------------------------------------------
  /**
   * A clause set off inside a content is attributed apart: a content on the right of its cue ends before
   * a clause inside it that has a cue of its own ("hopes the council will act, even as she concedes …", "argued that the tax was
   * fair — opponents have derided it as …"). The clause follows a comma, dash or parenthesis; its cue is
   * one an earlier pass has already made a statement of (within seven words), or a strong verb of saying
   * or a word the cue detector is confident about (within five words: a short subject, a subordinator).
   * Called before the overlap check, so an outer content that runs over an inner statement is cut rather
   * than dropped (an inner statement in a complement, not set off, is nested instead: evictNested); the words after the cut are left to the later rule passes and the detector. While
   * training examples are collected the detector sees these words (and cuts nothing), so that it learns
   * them as the extractor scores them.
   */
  function innerCut(segs: Span[], cue: Span | null, sent: Sentence): Span[] {
    if (segs.length !== 1 || !cue || cue[1] > segs[0][0] || segs[0][1] > sent.end) return segs;
    const [s, e] = segs[0];
    if (options.collect && isClaimed(s, e)) return segs; // a content that will not be kept shows the detector nothing
    const toks = sent.tokens;
    const n = toks.length;
    let a = 0;
    while (a < n && toks[a].start < s) a++;
    let q: boolean[] | null = null;
    const pc = participleConjunct(toks, a, e, cue);
    if (pc > 0) return [[s, toks[pc - 1].end]];
    let seen = -1;
    for (let j = a + 1; j < n && toks[j].end < e; j++) {
      // a quotation closed by its own comma is a boundary too ("who calls him a “fraud,” said …")
      const quoteComma = CLOSE_Q.has(toks[j].text) && toks[j - 1].text === ',' && j > a + 1;
      if (!INNER_BOUNDARY.test(toks[j].text) && !quoteComma) continue;
      q ??= toks.map((t) => inQuote(t.start));
      if ((q[j] && !quoteComma) || (j + 1 < n && q[j + 1]) || numberComma0(toks, j)) continue;
      // right after the cue's first word or at a closed quotation, only the main clause's verb of saying
      // ends the content ("ruled out, Cole said …", "a “fraud,” said …"): the cue's phrase was set off before it
      const early = j === a + 1 || quoteComma;
      // not after a complementizer ("determined that, due to …, Bush would …")
      if (j === a + 1 && /^(that|whether|if|how|what|why|when|where|who)$/.test(lower(toks[a]))) continue;
      let h = -1;
      for (let k = j + 1; k <= j + 7 && k < n && toks[k].end <= e; k++) {
        if (q[k] || !isWord(toks[k])) break;
        // a cue an earlier pass has already made a statement of
        // (set off early, a verb of saying with words of its own after it: a tag between commas,
        // "…,” he said, “…", goes on with the content)
        if (early) {
          if ((usedCues.has(toks[k].start) || (k <= j + 5 && SAY_MAIN.test(lower(toks[k])) && !NOUN_MARKERS.has(lower(toks[k - 1])))) && k + 1 < n && isWord(toks[k + 1]) && !q[k + 1]) { h = k; break; }
          continue;
        }
        if (usedCues.has(toks[k].start)) { h = k; break; }
        const hw = lower(toks[k]);
        if (k > j + 5) continue;
        if (!/^[a-z]/.test(toks[k].text) || NON_HEADS.has(hw) || hw.length < 3 || (hw.endsWith('ly') && hw !== 'reply')) continue;
        if (COPULA.test(hw) && k + 1 < n && /^[a-z]/.test(toks[k + 1].text)) continue;
        if (options.collect) {
          if (k > seen) options.collect(cueFeatures(toks, k, q, ctx), toks[k]);
          seen = Math.max(seen, k);
          continue;
        }
        if ((STRONG_CUES.has(hw) && !NOUN_MARKERS.has(lower(toks[k - 1]))) || cueScoreAt(toks, q, k) > MODEL_THRESHOLD + INNER_MARGIN) { h = k; break; }
      }
      if (h < 0) continue;
      if (quoteComma) return [[s, toks[j].end]];
      let end = j - 1;
      while (end > a && !isWord(toks[end]) && !CLOSE_Q.has(toks[end].text)) end--;
      // one word before the main clause: its object ("defending Roe, …"), or a particle of the cue
      // ("ruled out, …"), which leaves it nothing to report
      if (end === a && early) return LEAD_PARTICLE_WORDS.test(lower(toks[a])) || !isWord(toks[a]) ? [] : [[s, toks[a].end]];
      return end > a ? [[s, toks[end].end]] : segs;
    }
    return segs;
  }

  /**
   * "thanked donors, touting her record and pounding him on guns": after a participle cue and its
   * object, "and"/"or" and a second participle with an object of its own is a second act, which news
   * annotation attributes apart; the token of the conjunction, or -1. A content that is itself a gerund
   * or a clause ("saying that …", "opposes raising taxes and cutting …") coordinates inside.
   */
  function participleConjunct(toks: Token[], a: number, e: number, cue: Span): number {
    if (!/[a-z]{2}ing$/.test(text.slice(cue[0], cue[1])) || a >= toks.length) return -1;
    const first = lower(toks[a]);
    if (!isWord(toks[a]) || /ing$/.test(first) || /^(that|how|whether|why|what|if|when|who|to)$/.test(first)) return -1;
    for (let j = a + 1; j + 2 < toks.length && toks[j + 2].end <= e; j++) {
      const w = toks[j].text;
      // an object with a verb of its own ("pains to say they are …") is a clause, coordinated inside
      if (w === ',' || w === ';' || w === '—' || w === '–' || inQuote(toks[j].start) || FINITE.has(lower(toks[j])) || SAY_CUE.test(lower(toks[j]))) return -1;
      if (w !== 'and' && w !== 'or') continue;
      let v = j + 1;
      if (/^[a-z]+ly$/.test(toks[v].text) || /^(then|also|even|still|later)$/.test(toks[v].text)) v++;
      if (v + 1 >= toks.length || toks[v + 1].end > e) return -1;
      const vw = toks[v].text;
      // a participle, not an adjective or noun in -ing ("rising costs", "a funding bill"): an object follows
      if (!/^[a-z]{3,}ing$/.test(vw) || NON_HEADS.has(vw) || /^(nothing|something|anything|everything)$/.test(vw)) return -1;
      const next = toks[v + 1].text;
      return DETERMINERS.has(next.toLowerCase()) || SUBJECT_PRONOUNS.has(next.toLowerCase()) || /^(him|them|it|me|us|about|from|with|on|to|for|at|in|up|out|back|down|over|off)$/.test(next) || /^\p{Lu}/u.test(next) ? j : -1;
    }
    return -1;
  }

  // ---- learned cues ---------------------------------------------------------------------------
  /**
   * Words the rules did not take, scored by the learned cue detector; a cue above the threshold takes
   * its source on the left (subject or possessor) and its content on the right, to the clause end.
   */
  function modelPass(): void {
    const collect = options.collect;
    const threshold = options.threshold ?? MODEL_THRESHOLD;
    const cueMask = new Uint8Array(text.length + 1);
    for (const d of drafts) if (d.cue) cueMask.fill(1, d.cue[0], d.cue[1]);
    for (const sent of doc.sentences) {
      const toks = sent.tokens;
      const n = toks.length;
      if (n < 3 || n > 2000) continue;
      // reported speech inside a question is not asserted ("Did he say that …?")
      if (toks[n - 1].text === '?' && !inQuote(toks[n - 1].start)) continue;
      let q: boolean[] | null = null;
      let titleCase = -1; // a headline in title case ("Smith Slams Plan"): capitalised words are candidates too
      for (let i = 0; i < n; i++) {
        const t = toks[i];
        if (claimed[t.start] || cueMask[t.start] || hypothetical.has(t.start)) continue;
        const c = t.text.charCodeAt(0);
        // lower-case words (a capitalised word is a name), or the sentence's first word
        if (!((c >= 97 && c <= 122) || (i === 0 && c >= 65 && c <= 90))) {
          if (!(c >= 65 && c <= 90)) continue;
          if (titleCase < 0) titleCase = isTitleCase(toks) ? 1 : 0;
          if (titleCase === 0) continue;
        }
        if (t.text.length < 3) continue;
        const lw = t.text.toLowerCase();
        if (NON_HEADS.has(lw) || (lw.endsWith('ly') && lw !== 'reply' && lw !== 'apply')) continue;
        // a manner verb is a cue only next to a quotation, which the rules have seen to ("She read the report")
        if (lexClass(lw) === 'manner' && CUE_FORMS.get(lw)!.every((e) => e.verb.quoteOnly)) continue;
        // a copula before a word is not the head: the adjective after it is ("remained wary of")
        if (COPULA.test(lw) && i + 1 < n && /^[a-z]/.test(toks[i + 1].text)) continue;
        q ??= toks.map((x) => inQuote(x.start));
        if (q[i]) continue;
        if (collect) {
          collect(cueFeatures(toks, i, q, ctx), t);
          continue;
        }
        const score = cueScoreAt(toks, q, i);
        if (score <= threshold) continue;
        modelStatement(sent, toks, q, i, score, threshold);
      }
    }
  }

  function modelStatement(sent: Sentence, toks: Token[], q: boolean[], i: number, score: number, threshold: number): void {

    const n = toks.length;
    let c0 = i;
    // "shot back at", "hit back": the verb whose particle was scored is the cue, not the subject's last word
    if (lower(toks[i]) === 'back' && i > 1 && !q[i - 1] && /^[a-z]/.test(toks[i - 1].text) && RETORT_VERBS.test(toks[i - 1].text) && !claimed[toks[i - 1].start]) c0--;
    // auxiliaries, adverbs and a copula belong to the cue ("has long been", "remain wary of")
    while (c0 - 1 >= 0 && !q[c0 - 1] && (CUE_AUX.has(lower(toks[c0 - 1])) || /^[a-z]+ly$/.test(toks[c0 - 1].text) || (c0 === i && COPULA.test(lower(toks[c0 - 1])))) && !claimed[toks[c0 - 1].start]) c0--;
    let ce = i;
    const nx = lower(toks[i + 1]);
    let np = false;
    // "made (it) clear that …", "made known …"
    if (/^(clear|plain|known)$/.test(nx) && !q[i + 1]) ce++;
    else if (nx === 'it' && /^(clear|plain|known)$/.test(lower(toks[i + 2])) && !q[i + 2]) ce += 2;
    else if (/^(of|about|for|on|against|with|as|over|toward|towards|at|regarding|into)$/.test(nx)) {
      ce++;
      np = true;
    } else if (nx === 'to' && i + 2 < n && !q[i + 2] && (byStart.has(toks[i + 2].start) || DETERMINERS.has(lower(toks[i + 2])) || /^\p{Lu}/u.test(toks[i + 2].text))) {
      ce++;
      np = true;
    }
    const prev = c0 > 0 ? lower(toks[c0 - 1]) : '';
    const nounLike = c0 === i && (NOUN_MARKERS.has(prev) || /['’]s$/.test(prev) || prev === "'s" || prev === '’s');
    // "a fierce critic of", "his harsh attacks on": the words between a determiner or possessive and a
    // noun cue before its preposition modify the noun and join the cue; the subject stands before them
    let det = -1;
    if (np && c0 === i && !nounLike && i >= 2 && NOUN_CUE.test(lower(toks[i]))) {
      let k = i - 1;
      while (k > 0 && i - k <= 2 && !q[k] && /^[a-z][a-z-]+$/.test(toks[k].text) && !/[^su]s$/.test(toks[k].text) && !NON_HEADS.has(toks[k].text) && !CUE_AUX.has(toks[k].text) && !COPULA.test(toks[k].text) && !NOUN_MARKERS.has(toks[k].text) && !claimed[toks[k].start]) k--;
      if (k < i - 1 && !q[k] && (/^(the|a|an|this|these|those|its|their|his|her|our|my|your|no|any|some|every|each|such|whose)$/.test(lower(toks[k])) || /['’]s$/.test(toks[k].text))) {
        det = k;
        c0 = k + 1;
      }
    }
    if (ce + 1 >= n) return;
    const frame = np || (nounLike && ce === i) ? 'NP' : lower(toks[ce + 1]) === 'to' ? 'INFINITIVE' : 'CLAUSE';
    if (notACue(toks, q, i, c0)) return;
    const content = namedByQuote(lower(toks[i]), rightContent(sent, toks, q, ce + 1, { base: 'model', frame, speech: frame === 'CLAUSE' }));
    if (!content) return;
    let subj: Subject | null = null;
    const ing = c0 === i && /ing$/.test(lower(toks[i]));
    if (ing && (c0 === 0 || /^[,;—–(]$/.test(toks[c0 - 1].text) || /^(by|after|before|while|when|without|since|in|and|or|for|from|of|about|between|despite)$/.test(prev))) {
      // a participle or gerund of the main clause: ", remarking that …", "by mentioning …": its subject
      subj = mainClauseSubject(toks, q, c0);
    } else if (nounLike) {
      subj = possessor(toks, q, i, 0);
      // "Smith rebutted Jones's accusation that …": the verb before the possessive is the cue, the
      // possessive noun phrase its content (attributions do not nest)
      const pt = subj ? subj.tok : -1;
      const vb = pt > 0 ? lower(toks[pt - 1]) : '';
      if (pt > 0 && !q[pt - 1] && (VERBISH.test(vb) || CUE_FORMS.has(vb)) && /^[a-z]/.test(toks[pt - 1].text) && !claimed[toks[pt - 1].start]) {
        let v0 = pt - 1;
        while (v0 - 1 >= 0 && !q[v0 - 1] && (CUE_AUX.has(lower(toks[v0 - 1])) || /^[a-z]+ly$/.test(toks[v0 - 1].text))) v0--;
        const vs = v0 > 0 ? findSubject(toks, q, v0 - 1, 0) : null;
        const vc = vs ? rightContent(sent, toks, q, pt, { base: 'model', frame: 'NP', speech: false }) : null;
        if (vs && vc) {
          addDraft(vc, [toks[v0].start, toks[pt - 1].end], vs, sent);
          return;
        }
      }
      // a possessor is a weak guess at the source: only for a confident noun cue
      if (subj && score <= threshold + CONFIDENT_MARGIN) return;
      // "X expressed / is doubling down on his support for …": the clause's subject holds the view
      if (subj && pt > 0 && /^(his|her|their|its)$/.test(lower(toks[pt]))) subj = verbSubjectBefore(toks, q, pt, 0) ?? subj;
    } else if (det >= 0) {
      // "X, a vocal critic of", "X is a vocal critic of": the subject before the noun phrase (or its copula)
      let b = det - 1;
      while (b > 0 && !q[b] && (COPULA.test(lower(toks[b])) || CUE_AUX.has(lower(toks[b])) || /^[a-z]+ly$/.test(toks[b].text))) b--;
      subj = possessor(toks, q, i, 0) ?? (b >= 0 && b < det - 1 || toks[det - 1]?.text === ',' ? findSubject(toks, q, b, 0) : null);
      // otherwise the noun phrase names no holder ("no immediate assertion of …")
      if (!subj) {
        addDraft(content, [toks[c0].start, toks[ce].end], null, sent);
        return;
      }
    }
    else if (c0 > 0) subj = findSubject(toks, q, c0 - 1, 0);
    const scoredCue = c0;
    // a "subject" that is a verb phrase ("has drawn intense", "spent long hours"): the verb belongs to
    // the cue, and the subject stands further left
    for (let guard = 0; guard < 2 && subj && !subj.strong && c0 > 0; guard++) {
      let verbAt = -1;
      for (let k = subj.tok; k < c0; k++) if (VERBISH.test(lower(toks[k])) && !DETERMINERS.has(lower(toks[k - 1]))) { verbAt = k; break; }
      if (verbAt < 0) break;
      c0 = verbAt;
      while (c0 - 1 >= 0 && !q[c0 - 1] && (CUE_AUX.has(lower(toks[c0 - 1])) || /^[a-z]+ly$/.test(toks[c0 - 1].text))) c0--;
      subj = c0 > 0 ? findSubject(toks, q, c0 - 1, 0) : null;
    }
    if (!subj && (prev === 'and' || prev === 'but')) subj = coordinatedSource(toks, c0 - 1);
    // no subject in the clause: the main clause's subject, only for a confident cue
    if (!subj && score > threshold + CONFIDENT_MARGIN) subj = mainClauseSubject(toks, q, c0);
    // a confident cue whose clause names no one ("Then came the warning that …") is still speech: a
    // statement whose source is unknown, rather than none or a guessed speaker — but not a capitalised
    // word, a cue the subject search moved, or a naming participle the quoted-name pass reads
    if (!subj && (score <= threshold + CONFIDENT_MARGIN || c0 !== scoredCue || !/^[a-z]/.test(toks[i].text) || NAMED_BEFORE.test(text.slice(Math.max(0, content[0][0] - 40), content[0][0])))) return;
    addDraft(content, [toks[c0].start, toks[ce].end], subj, sent);
  }

  /**
   * The subject of the verb that governs a possessive pronoun at token `pt` ("X expressed his …",
   * "X is doubling down on his …", "X laid out her …"): the verb right before it or before at most two
   * particles; null when no verb governs it ("the criticism of his …").
   */
  function verbSubjectBefore(toks: Token[], q: boolean[], pt: number, floor: number): Subject | null {
    let v = pt - 1;
    for (let guard = 0; guard < 2 && v > 0 && PARTICLES.test(lower(toks[v])); guard++) v--;
    const vw = lower(toks[v]);
    if (v < 1 || q[v] || !/^[a-z]/.test(toks[v].text) || !(VERBISH.test(vw) || CUE_FORMS.has(vw))) return null;
    let v0 = v;
    while (v0 - 1 >= 0 && !q[v0 - 1] && (CUE_AUX.has(lower(toks[v0 - 1])) || /^[a-z]+ly$/.test(toks[v0 - 1].text))) v0--;
    if (v0 - 1 < floor || DETERMINERS.has(lower(toks[v0 - 1]))) return null;
    return findSubject(toks, q, v0 - 1, floor);
  }

  /**
   * The source of a raising verb at token `i`: its subject when the complement is a verb of saying or
   * attitude ("She appeared to imply that …", "He seems to feel …"); null for a state ("seemed tired",
   * "appears to have fallen").
   */
  function raisedHolder(toks: Token[], q: boolean[], i: number, subj: Subject): Subject | null {
    let k = i + 1;
    if (lower(toks[k]) === 'to') k++;
    if (lower(toks[k]) === 'be' && lower(toks[k - 1]) === 'to') k++;
    if (k >= toks.length || q[k]) return null;
    return CUE_FORMS.has(lower(toks[k])) ? subj : null;
  }

  /**
   * The subject of a participle at token `i` with no comma before it: the name right before it ("a
   * speech with Smith vowing to …", "an ad featuring voters telling …"), not the main clause's subject.
   */
  function participleSubject(toks: Token[], q: boolean[], i: number): Subject | null {
    const p = toks[i - 1];
    if (q[i - 1] || !isWord(p) || /^(and|or|while|before|after|but)$/.test(lower(p))) return null;
    const m = mentionEndingAt(p.end);
    if (!m || actorKind.get(m.key) === 'LOCATION' || /^(him|them|me|us|her|it|you)$/i.test(lower(p))) return null;
    const st = tokAt(toks, m.start);
    return { span: [m.start, m.end], key: m.key, strong: true, tok: st };
  }

  /** The possessor of an attitude noun, or the subject of the verb that governs a possessive pronoun. */
  function viewHolder(toks: Token[], q: boolean[], i: number, floor: number): Subject | null {
    const subj = possessor(toks, q, i, floor);
    if (!subj || !/^(his|her|their|its)$/.test(lower(toks[subj.tok]))) return subj;
    return verbSubjectBefore(toks, q, subj.tok, floor) ?? subj;
  }

  // ---- polls -----------------------------------------------------------------------------------
  /**
   * "In a Post-ABC News poll released Sunday, Smith led by 8 points.": a fronted "In" + a poll or
   * survey is the source of the clause that follows.
   */
  function pollFronted(sent: Sentence): void {
    if (sent.end - sent.start < 20) return;
    const head = text.slice(sent.start, Math.min(sent.end, sent.start + 200));
    const m = POLL_FRONTED.exec(head);
    if (!m) return;
    const inAt = sent.start + m[0].indexOf(m[1]);
    const srcStart = inAt + m[1].length + 1;
    const srcEnd = sent.start + m[0].lastIndexOf(',');
    let a = sent.start + m[0].length;
    while (a < sent.end && /\s/.test(text[a])) a++;
    let e = sent.end;
    while (e > a && /[\s.]/.test(text[e - 1])) e--;
    if (e - a < 10 || isClaimed(a, e) || isClaimed(srcStart, srcEnd)) return;
    const m2 = mentionIn(srcStart, srcEnd);
    addDraft([[a, e]], [inAt, inAt + m[1].length], { span: [srcStart, srcEnd], key: m2?.key ?? null, strong: false, tok: 0 }, sent);
  }

  /**
   * "As one farmer put it: “…”", "In her own words, …", "In the words of a nurse: “…”": a fronted frame
   * that names the speaker of what follows its comma or colon (a quotation, or the rest of the sentence).
   */
  function speakerFrame(sent: Sentence): void {
    const toks = sent.tokens;
    const n = toks.length;
    const k = afterOpeningConjunction(toks);
    if (k + 5 >= n || inQuote(toks[k].start)) return;
    const w0 = lower(toks[k]);
    let ss = -1;
    let se = -1;
    let cue: Span;
    let after: number;
    if (w0 === 'as') {
      let v = k + 1;
      while (v < n - 2 && v <= k + 9 && isWord(toks[v]) && !inQuote(toks[v].start) && !(lower(toks[v]) === 'put' && lower(toks[v + 1]) === 'it')) v++;
      if (v === k + 1 || lower(toks[v]) !== 'put' || lower(toks[v + 1]) !== 'it') return;
      [ss, se] = [k + 1, v - 1];
      cue = [toks[v].start, toks[v + 1].end];
      after = v + 2;
    } else if (w0 === 'in' && lower(toks[k + 1]) === 'the' && lower(toks[k + 2]) === 'words' && lower(toks[k + 3]) === 'of') {
      let e = k + 4;
      while (e < n && e < k + 14 && isWord(toks[e]) && !inQuote(toks[e].start)) e++;
      [ss, se] = [k + 4, e - 1];
      cue = [toks[k].start, toks[k + 3].end];
      after = e;
    } else if (w0 === 'in') {
      // "In her (own) words", "In Roe's words"
      let e = k + 1;
      while (e < n && e <= k + 5 && isWord(toks[e]) && lower(toks[e]) !== 'words') e++;
      if (e >= n || lower(toks[e]) !== 'words') return;
      let pe = e - 1;
      if (lower(toks[pe]) === 'own') pe--;
      const poss = pe === k + 1 && /^(his|her|their|its|our|my)$/.test(lower(toks[pe]));
      const named = pe > k && /^['’]s$|['’]s$|s['’]$/.test(toks[pe].text);
      if (!poss && !named) return;
      [ss, se] = [k + 1, /^['’]s$/.test(toks[pe].text) ? pe - 1 : pe];
      cue = [toks[k].start, toks[e].end];
      after = e + 1;
    } else return;
    if (se < ss || after >= n - 1 || !/^[,:]$/.test(toks[after].text)) return;
    let srcEnd = toks[se].end;
    if (/['’]s$/.test(toks[se].text) && toks[se].text.length > 2) srcEnd -= 2;
    const src: Span = [toks[ss].start, srcEnd];
    const content = quotationOrRest(toks, after + 1);
    if (isClaimed(content[0], content[1]) || content[1] - content[0] < 3) return;
    const m = mentionIn(src[0], src[1]);
    addDraft([content], cue, { span: src, key: m?.key ?? null, strong: !!m, tok: ss }, sent);
  }

  /**
   * "The court heard that …", "The inquest has heard …": court-report English for what was said in
   * evidence; the hearing is no speaker, so the statement has none.
   */
  function hearingHeard(sent: Sentence): void {
    const toks = sent.tokens;
    const n = toks.length;
    const k = afterOpeningConjunction(toks);
    if (k + 4 >= n || lower(toks[k]) !== 'the' || !HEARINGS.test(lower(toks[k + 1]))) return;
    let v = k + 2;
    if (/^(has|had|was|were|also|later|previously|earlier)$/.test(lower(toks[v]))) v++;
    if (lower(toks[v]) !== 'heard' || inQuote(toks[v].start) || usedCues.has(toks[v].start)) return;
    const r = v + 1;
    // a clause: "that"/"how", or a subject and a finite verb ("the case in May" is an object)
    const finite = toks.slice(r + 1, r + 9).some((t) => FINITE.has(t.text));
    if (r >= n - 1 || inQuote(toks[r].start) || !(lower(toks[r]) === 'that' || lower(toks[r]) === 'how' || (clauseAt(toks, r, n) && finite))) return;
    const q = toks.map((t) => inQuote(t.start));
    const content = rightContent(sent, toks, q, r, { base: 'hear', frame: 'CLAUSE', speech: true });
    if (!content || isClaimed(content[0][0], content[content.length - 1][1])) return;
    addDraft(content, [toks[v].start, toks[v].end], null, sent);
  }

  /**
   * A one-word topic before a headline colon, then a lower-case phrase with no verb and no quotation:
   * "Brexit: the road ahead", "Storm Ciara: flights cancelled and roads closed" name no speaker.
   */
  function topicLabel(name: string, s: number, e: number): boolean {
    if (/\s/.test(name.replace(/^(Storm|Hurricane|Typhoon|Cyclone)\s+/, '')) || !/^\p{Ll}/u.test(text.slice(s, s + 1))) return false;
    const c = text.slice(s, e);
    if (/[“”"‘’']/.test(c)) return false;
    return !(c.match(/\p{Ll}+/gu) ?? []).some((w) => FINITE.has(w) || CUE_FORMS.get(w)?.some((x) => x.form === 'S' || x.form === 'PAST'));
  }

  /**
   * "Roe’s verdict: “A shambles.”", "Her message to the board was simple: “Resign.”", "The mayor's
   * answer was blunt: no.": a possessor and a noun of saying before a colon; what follows is said.
   */
  function possessiveVerdict(sent: Sentence): void {
    const toks = sent.tokens;
    const n = toks.length;
    let k = afterOpeningConjunction(toks);
    if (k + 3 >= n || inQuote(toks[k].start)) return;
    const ss = k;
    if (/^(the)$/.test(lower(toks[k]))) k++;
    // the possessor: a pronoun, or up to three capitalised words / a title ending in 's
    let pe = -1;
    if (/^(his|her|their|its|our)$/.test(lower(toks[k])) && k === ss) pe = k;
    else {
      let j = k;
      while (j < n && j < k + 4 && isWord(toks[j]) && !/['’]s$/.test(toks[j].text) && !/^['’]s$/.test(toks[j + 1]?.text ?? '')) j++;
      if (j >= n || j >= k + 4) return;
      if (/['’]s$/.test(toks[j].text)) pe = j;
      else if (/^['’]s$/.test(toks[j + 1]?.text ?? '')) pe = j + 1;
      else return;
      if (!/^\p{Lu}/u.test(toks[k].text) && !TITLE_HEADS.has(lower(toks[k]).replace(/['’]s$/, ''))) return;
    }
    let v = pe + 1;
    if (v < n && /^(own|latest|final|first|blunt|simple|short|brief|terse|stark|curt|considered)$/.test(lower(toks[v]))) v++;
    if (v >= n || !VERDICT_NOUNS.test(lower(toks[v]))) return;
    let c = v + 1;
    // "to the board", "for voters", then "was (simple|clear|blunt)"
    if (c < n && /^(to|for|on)$/.test(lower(toks[c]))) while (c < n && c < v + 6 && isWord(toks[c]) && !/^(was|is)$/.test(lower(toks[c]))) c++;
    if (c < n && /^(was|is)$/.test(lower(toks[c]))) {
      c++;
      if (c < n && /^(simple|clear|blunt|short|stark|unequivocal|plain|brief|direct|succinct|terse|this|straightforward)$/.test(lower(toks[c]))) c++;
      else return;
    }
    if (c + 1 >= n || toks[c].text !== ':') return;
    const content = quotationOrRest(toks, c + 1);
    if (isClaimed(content[0], content[1]) || usedCues.has(toks[v].start)) return;
    let srcEnd = toks[pe].end;
    if (/^['’]s$/.test(toks[pe].text)) srcEnd = toks[pe - 1].end;
    else if (/['’]s$/.test(toks[pe].text) && toks[pe].text.length > 2) srcEnd -= 2;
    const src: Span = [toks[ss].start, srcEnd];
    const m = mentionIn(src[0], src[1]);
    addDraft([content], [toks[v].start, toks[v].end], { span: src, key: m?.key ?? null, strong: !!m, tok: ss }, sent);
  }

  /** What a frame before a comma or colon introduces: the quotation opening at token `k`, else the rest of the sentence. */
  function quotationOrRest(toks: Token[], k: number): Span {
    const ri = regionAt(regions, toks[k].start);
    if (ri >= 0 && regions[ri].start === toks[k].start) return [regions[ri].start, regions[ri].end];
    let e = toks.length - 1;
    while (e > k && !isWord(toks[e]) && !CLOSE_Q.has(toks[e].text)) e--;
    return [toks[k].start, toks[e].end];
  }

  /** An actor the article names once only (a topic word taken for a name, not a speaker it follows). */
  function singleMention(key: string): boolean {
    return (actors.find((a) => a.key === key)?.mentions.length ?? 0) <= 1;
  }

  /** The first token after a sentence-opening "But", "And" or "Yet" (0 when there is none). */
  function afterOpeningConjunction(toks: Token[]): number {
    return /^(but|and|yet)$/.test(lower(toks[0])) ? 1 : 0;
  }

  /**
   * "To Smith, the vote was a turning point.": a fronted "To" + a person (a name or pronoun, nothing
   * longer than a short noun phrase) is whose view the clause after the comma gives. A relative clause
   * on the person is skipped ("To Roe, who has studied rallies, …"); "To date," or "To be sure," name no
   * one and are left alone.
   */
  function frontedExperiencer(sent: Sentence): void {
    const toks = sent.tokens;
    const n = toks.length;
    if (n < 6) return;
    const k = afterOpeningConjunction(toks);
    if (toks[k].text !== 'To' && !(k === 1 && toks[k].text === 'to')) return;
    let j = k + 1;
    while (j < n && j <= k + 7 && toks[j].text !== ',' && isWord(toks[j]) && !inQuote(toks[j].start)) j++;
    if (j >= n || toks[j].text !== ',' || j === k + 1) return;
    const xs = toks[k + 1].start;
    const xe = toks[j - 1].end;
    const pron = j === k + 2 && /^(them|him|her|me|us|many|some|most|others)$/.test(lower(toks[k + 1]));
    const m = pron ? null : mentionIn(xs, xe);
    if (!pron && (!m || m.start > xs || m.end < xe || actorKind.get(m.key) === 'LOCATION')) return;
    // over a relative clause set off by commas: "To Roe, who …, the …"
    let c = j + 1;
    if (/^(who|whose)$/.test(lower(toks[c]))) {
      let r = c;
      while (r < n && r < c + 25 && toks[r].text !== ',' && !inQuote(toks[r].start)) r++;
      if (r >= n - 2 || toks[r].text !== ',') return;
      c = r + 1;
    }
    // a connective after the person: "To Roe, though, …"
    if (c + 1 < n && /^(though|however|meanwhile|then)$/.test(lower(toks[c])) && toks[c + 1].text === ',') c += 2;
    if (c >= n) return;
    let e = n - 1;
    for (let r = c + 1; r < n; r++) if (toks[r].text === ';' && !inQuote(toks[r].start)) { e = r - 1; break; }
    while (e > c && !isWord(toks[e]) && !CLOSE_Q.has(toks[e].text)) e--;
    const a = toks[c].start;
    const end = toks[e].end;
    if (end - a < 10 || isClaimed(a, end) || isClaimed(xs, xe)) return;
    addDraft([[a, end]], [toks[k].start, toks[k].end], { span: [xs, xe], key: m?.key ?? null, strong: true, tok: k + 1 }, sent);
  }

  /**
   * "The plan has drawn sharp criticism from both parties.", "Smith came under heavy criticism for the
   * remark.": criticism drawn, faced or sparked is an attribution whose content is what is criticised
   * (the subject, and a "for"/"over" phrase) and whose source follows "from".
   */
  function criticismDrawn(sent: Sentence): void {
    const toks = sent.tokens;
    const n = toks.length;
    let q: boolean[] | null = null;
    for (let c = 2; c < n; c++) {
      if (!/^criticisms?$/.test(lower(toks[c])) || inQuote(toks[c].start) || claimed[toks[c].start] || usedCues.has(toks[c].start)) continue;
      // back over up to two modifiers ("harsh", "widespread public") to the verb
      let v = c - 1;
      while (v > 0 && v >= c - 2 && /^[a-z]+$/.test(toks[v].text) && !CRITICISM_VERBS.test(lower(toks[v])) && !DETERMINERS.has(lower(toks[v])) && lower(toks[v]) !== 'under' && lower(toks[v]) !== 'to') v--;
      let vs = v;
      const vw = lower(toks[v]);
      if (vw === 'under' && v > 0 && /^(came|come|comes|coming)$/.test(lower(toks[v - 1]))) vs = v - 1;
      else if (vw === 'to' && v > 0 && lower(toks[v - 1]) === 'subject') vs = v - 1;
      else if (!CRITICISM_VERBS.test(vw)) continue;
      // the subject: what is criticised
      let v0 = vs;
      while (v0 - 1 >= 0 && !inQuote(toks[v0 - 1].start) && (CUE_AUX.has(lower(toks[v0 - 1])) || /^[a-z]+ly$/.test(toks[v0 - 1].text) || lower(toks[v0 - 1]) === 'already')) v0--;
      q ??= toks.map((t) => inQuote(t.start));
      const subj = v0 >= 1 && !DETERMINERS.has(lower(toks[v0 - 1])) && !/^(despite|after|without|for|by)$/.test(lower(toks[v0 - 1])) ? findSubject(toks, q, v0 - 1, 0) : null;
      const segs: Span[] = [];
      if (subj && !/^(who|which|that)$/.test(lower(toks[subj.tok]))) segs.push(subj.span);
      // "from X", "for Y" / "over Y", in either order
      let source: Subject | null = null;
      let k = c + 1;
      for (let round = 0; round < 2 && k < n; round++) {
        const p = lower(toks[k]);
        if (p !== 'from' && p !== 'for' && p !== 'over') break;
        let e = k + 1;
        while (e < n && e < k + 20 && !inQuote(toks[e].start) && !/^[,.;:!?—–(]$/.test(toks[e].text) && !/^(from|for|over|when|after|because|as|that|and|but|while)$/.test(lower(toks[e]))) e++;
        if (e === k + 1) break;
        const span: Span = [toks[k + 1].start, toks[e - 1].end];
        if (p === 'from') {
          if (source) break;
          const m = mentionIn(span[0], span[1]);
          source = { span, key: m?.key ?? null, strong: !!m, tok: k + 1 };
        } else segs.push(span);
        k = e;
      }
      if (segs.length === 0) continue;
      segs.sort((x, y) => x[0] - y[0]);
      addDraft(segs, [toks[vs].start, toks[c].end], source, sent);
    }
  }

  /**
   * "…, campaign finance records show.", "…, a new poll indicates.": a postposed verb of showing whose
   * subject is a document, poll or analysis (no actor, so the postposed-tag rules pass it by) attributes
   * the clause before it.
   */
  function documentsShow(sent: Sentence): void {
    const toks = sent.tokens;
    const n = toks.length;
    for (let v = 4; v < n; v++) {
      if (!SHOW_VERBS.test(lower(toks[v])) || inQuote(toks[v].start) || usedCues.has(toks[v].start)) continue;
      if (v + 1 < n && !/^[.,;]$/.test(toks[v + 1].text)) continue;
      let h = v - 1;
      if (lower(toks[h]) === 'also') h--;
      if (!DOCUMENT_NOUNS.test(lower(toks[h]))) continue;
      let c = h - 1;
      while (c > 0 && c >= h - 10 && toks[c].text !== ',' && !inQuote(toks[c].start) && (isWord(toks[c]) || /^[&./-]$/.test(toks[c].text))) c--;
      if (c < 2 || toks[c].text !== ',' || inQuote(toks[c].start)) continue;
      let a = 0;
      while (a < c && /^(but|and|yet|so)$/.test(lower(toks[a]))) a++;
      let e = c - 1;
      while (e > a && !isWord(toks[e]) && !CLOSE_Q.has(toks[e].text)) e--;
      if (e - a < 3) continue;
      const content: Span = [toks[a].start, toks[e].end];
      const src: Span = [toks[c + 1].start, toks[h].end];
      if (isClaimed(content[0], content[1]) || isClaimed(src[0], src[1])) continue;
      const m = mentionIn(src[0], src[1]);
      addDraft([content], [toks[v].start, toks[v].end], { span: src, key: m?.key ?? null, strong: false, tok: c + 1 }, sent);
    }
  }

  /**
   * "As reported by the Daily Bugle, the bridge was closed.", "As first noted by Roe, …": a fronted
   * passive "as"-clause of a verb of reporting; its agent is the source of the main clause.
   */
  function asReportedBy(sent: Sentence): void {
    const toks = sent.tokens;
    const n = toks.length;
    if (n < 8) return;
    let k = afterOpeningConjunction(toks);
    if (lower(toks[k]) !== 'as') return;
    k++;
    if (/^(first|previously|originally|initially|exclusively|widely|recently|also|earlier)$/.test(lower(toks[k]))) k++;
    const v = k;
    if (!/^(reported|noted|revealed|detailed|documented|explained|described|outlined|disclosed)$/.test(lower(toks[v])) || lower(toks[v + 1]) !== 'by') return;
    let c = v + 2;
    while (c < n && c < v + 18 && toks[c].text !== ',' && !inQuote(toks[c].start)) c++;
    if (c >= n - 2 || toks[c].text !== ',' || c === v + 2) return;
    // the main clause reports speech of its own ("…, the mayor said he …"): that statement wins
    for (let j = c + 1; j < n; j++) if (STRONG_CUES.has(lower(toks[j]))) return;
    const a = toks[c + 1].start;
    let e = sent.end;
    while (e > a && /[\s.]/.test(text[e - 1])) e--;
    const srcSpan: Span = [toks[v + 2].start, toks[c - 1].end];
    if (e - a < 10 || isClaimed(a, e) || isClaimed(srcSpan[0], srcSpan[1])) return;
    const m = mentionIn(srcSpan[0], srcSpan[1]);
    addDraft([[a, e]], [toks[v].start, toks[v + 1].end], { span: srcSpan, key: m?.key ?? null, strong: !!m, tok: v + 2 }, sent);
  }

  // ---- quoted names ----------------------------------------------------------------------------
  /**
   * A quoted name or title right after a naming participle is what the name-giver calls it: "an ad
   * titled “Unifier?”", "a group known as “the Five,”", "Smith, who goes by “Vito,”". No source: the
   * name-giver is rarely the noun before it.
   */
  function namedQuotes(): void {
    for (const reg of regions) {
      if (!reg.closed || reg.end - reg.start < 3) continue;
      const m = NAMED_BEFORE.exec(text.slice(Math.max(0, reg.start - 40), reg.start));
      if (!m) continue;
      if (isClaimed(reg.start, reg.end)) continue;
      const sent = sentenceOf(reg.start);
      if (!sent) continue;
      const cueStart = reg.start - m[0].length + m[0].search(/\S/) + (m[1] ? m[1].length : 0);
      const cue: Span = [cueStart, cueStart + m[2].length];
      addDraft([[reg.start, reg.end]], cue, null, sent);
    }
  }

  /**
   * "The group has reportedly spent $1 million": a hearsay adverb attributes its clause to unnamed
   * reports. No source; the content is the clause without the adverb.
   */
  function reportedClauses(): void {
    for (const sent of doc.sentences) {
      const toks = sent.tokens;
      const n = toks.length;
      for (let i = 1; i + 1 < n; i++) {
        if (toks[i].text !== 'reportedly') continue;
        if (inQuote(toks[i].start) || usedCues.has(toks[i].start) || claimed[toks[i].start]) continue;
        // the clause's start: the sentence start, punctuation or a subordinator
        let a = i - 1;
        while (a > 0 && isWord(toks[a - 1]) && !inQuote(toks[a - 1].start) && !/^(that|because|while|although|though|after|before|when|since|if|but|as|whereas)$/i.test(toks[a - 1].text)) a--;
        // the clause's end: the sentence end, a semicolon, a dash or a parenthesis
        let e = i + 1;
        while (e + 1 < n && !/^[;—–(]$/.test(toks[e + 1].text) && !(toks[e + 1].text === ',' && /^(but|and|while|although|though|which|who|according)$/i.test(toks[e + 2]?.text ?? ''))) e++;
        while (e > i + 1 && !isWord(toks[e]) && !CLOSE_Q.has(toks[e].text)) e--;
        if (a >= i || e <= i) continue;
        const left: Span = [toks[a].start, toks[i - 1].end];
        const right: Span = [toks[i + 1].start, toks[e].end];
        if (isClaimed(left[0], left[1]) || isClaimed(right[0], right[1])) continue;
        addDraft([left, right], [toks[i].start, toks[i].end], null, sent);
      }
    }
  }

  // ---- a quotation that finishes the writer's sentence ---------------------------------------------
  /**
   * "An early vote, she said, “would be a mistake.”": a quotation opening in lower case after a
   * parenthetical cue finishes a sentence the writer began; that beginning is part of the content.
   */
  function frontedQuoteStart(): void {
    for (const d of drafts) {
      if (d.content.length !== 1 || !d.cue) continue;
      const [s, e] = d.content[0];
      const ri = regionAt(regions, s);
      if (ri < 0 || regions[ri].start !== s) continue;
      const first = /[\p{L}\p{N}]/u.exec(text.slice(s, Math.min(e, s + 6)));
      if (!first || !/\p{Ll}/u.test(first[0])) continue;
      const sent = sentenceOf(s);
      if (!sent) continue;
      const lead = Math.min(d.cue[0], d.source ? d.source[0] : d.cue[0]);
      if (lead <= sent.start || d.cue[1] > s) continue;
      // the beginning: from the sentence start to the comma before the source
      let b = lead;
      while (b > sent.start && /\s/.test(text[b - 1])) b--;
      if (text[b - 1] !== ',') continue;
      b--;
      let a = sent.start;
      while (a < b && /[\s“"]/.test(text[a])) a++;
      if (b <= a || isClaimed(a, b) || /[“”"]/.test(text.slice(a, b))) continue;
      const front = text.slice(a, b).trim();
      // a lone word is a discourse word ("Still, he said, “…”"), the writer's, unless the quotation opens with
      // the verb it is the subject of ("That, the panel said, “would help.”")
      if (!/\s/.test(front) && (isBareConnective(front) || !/^\P{L}*(is|was|are|were|has|have|had|will|would|could|can|should|may|might|must|does|did)\b/u.test(text.slice(s, e)))) continue;
      // a clause of the writer's that the quotation goes on ("…, including, he said, “…”", "…, and also, X said,
      // “…”"), or a tag with its own "that" ("he added that, “…”")
      if (/\b(including|also|coincidentally|and|but|or)$/i.test(front) || /\bthat\W*$/i.test(text.slice(d.cue[0], s))) continue;
      d.content.unshift([a, b]);
      claim([[a, b]]);
    }
  }

  // ---- chants ----------------------------------------------------------------------------------
  /**
   * A quotation right after a verb or noun of chanting or shouting is what was chanted: "protesters
   * gathered outside, chanting “Dump him!”", "chants of “Four more years!”". The participle's source is
   * the main clause's subject; a noun's is its possessor, if any.
   */
  function chantedQuotes(): void {
    for (const reg of regions) {
      if (!reg.closed || reg.end - reg.start < 3) continue;
      const m = CHANT_BEFORE.exec(text.slice(Math.max(0, reg.start - 40), reg.start));
      if (!m || isClaimed(reg.start, reg.end)) continue;
      const sent = sentenceOf(reg.start);
      if (!sent) continue;
      const cueStart = reg.start - m[0].length;
      const cue: Span = [cueStart, cueStart + m[1].length];
      let subj: Subject | null = null;
      if (/ing$/i.test(m[1].split(/\s/)[0])) {
        const toks = sent.tokens;
        const q = toks.map((t) => inQuote(t.start));
        const at = tokAt(toks, cueStart);
        if (at > 0) subj = mainClauseSubject(toks, q, at) ?? clauseOpeningNP(toks, q, at);
      }
      addDraft([[reg.start, reg.end]], cue, subj, sent);
    }
  }

  /** The noun phrase opening the main clause, up to its verb ("About 200 protesters gathered …"). */
  function clauseOpeningNP(toks: Token[], q: boolean[], before: number): Subject | null {
    let k = 0;
    if (/^(in|on|at|outside|inside|during|after|before|near|across|along)$/.test(lower(toks[0]))) {
      while (k < before && toks[k].text !== ',') k++;
      k++;
    }
    const a = k;
    while (k < before && !q[k] && isWord(toks[k]) && !FINITE.has(lower(toks[k])) && !VERBISH.test(lower(toks[k])) && !CUE_FORMS.has(lower(toks[k]))) k++;
    if (k === a || k - a > 8 || k >= before || !(FINITE.has(lower(toks[k])) || VERBISH.test(lower(toks[k])) || CUE_FORMS.has(lower(toks[k])))) return null;
    return { span: [toks[a].start, toks[k - 1].end], key: null, strong: false, tok: a };
  }

  // ---- quoted objects --------------------------------------------------------------------------
  /** "wrote to his followers, “…”": an adjunct of the cue before the quotation is not content. */
  function dropAdjunctBeforeQuote(d: Draft): void {
    const [s, e] = d.content[0];
    const m = ADJUNCT_BEFORE_QUOTE.exec(text.slice(s, Math.min(e, s + 120)));
    if (!m) {
      dropAddresseeBeforeQuote(d);
      return;
    }
    const qs = s + m[0].length - 1;
    const ri = regionAt(regions, qs);
    if (ri >= 0 && regions[ri].start === qs) d.content[0] = [qs, e];
  }

  /**
   * "told reporters in Ames last week, “We …”", "put it this way: “…”", "shot back, “…”": a short
   * phrase right after the cue, with no verb or clause of its own, then a comma or colon and a quoted
   * sentence that closes the content, is the addressee or an adjunct of the cue, not what was said.
   */
  function dropAddresseeBeforeQuote(d: Draft): void {
    if (!d.cue || !/^\s*$/.test(text.slice(d.cue[1], d.content[0][0]))) return;
    const [s, e] = d.content[0];
    const m = /^([^,;:“”"\n]{1,80})[,:]\s*[“"]/.exec(text.slice(s, Math.min(e, s + 100)));
    if (!m) return;
    const words = m[1].match(/[\p{L}\p{N}'’.-]+/gu) ?? [];
    if (words.length === 0 || words.length > 12) return;
    for (const w of words) {
      const lw = w.toLowerCase();
      if (FINITE.has(lw) || LEAD_CLAUSE_WORDS.test(lw) || SAY_CUE.test(lw) || /(ing|ed)$/.test(lw)) return;
    }
    const qs = s + m[0].length - 1;
    const ri = regionAt(regions, qs);
    if (ri < 0 || regions[ri].start !== qs || regions[ri].end < e - 1) return;
    // a quoted sentence, not a title or a name
    const quoted = text.slice(qs + 1, regions[ri].end).match(/[\p{L}\p{N}'’]+/gu) ?? [];
    if (quoted.length < 3 || !/^\p{Lu}/u.test(quoted[0] ?? '') || quoted.every((w) => /^\p{Lu}/u.test(w))) return;
    d.content[0] = [qs, e];
  }

  /**
   * A quotation closed by its own comma ends the content when the writer goes on with a new clause, a
   * name, a participle or an appositive: "called him a “moderate,” a subtle dig at …", "said he would
   * “protect them,” the crowd applauded", "“Cruz,” Beck joked".
   */
  /** "posted a message reading “…” after …": the medium joins the cue, the content is the quotation. */
  function quoteOnMedium(d: Draft): boolean {
    if (!d.cue) return false;
    const [s, e] = d.content[0];
    const r = regionFrom(regions, s);
    if (r >= regions.length || regions[r].start >= e || regions[r].start - s > 100 || regions[r].end > e + 1) return false;
    const rg = regions[r];
    const lead = text.slice(s, rg.start);
    if (!MEDIUM_BEFORE_QUOTE.test(lead)) return false;
    d.cue = [d.cue[0], s + lead.replace(/[,:]?\s*$/, '').length];
    d.content = [[rg.start, rg.end]];
    return true;
  }

  function trimQuotedObjects(): void {
    for (const d of drafts) {
      if (d.content.length !== 1 || reportedQuotes.has(d)) continue;
      if (quoteOnMedium(d)) continue;
      dropAdjunctBeforeQuote(d);
      const [s, e] = d.content[0];
      for (let r = regionFrom(regions, s); r < regions.length && regions[r].end < e; r++) {
        const rg = regions[r];
        if (!rg.closed || rg.start < s) continue;
        // the quotation closes with its own comma …
        const inner = text.slice(rg.start, rg.end).replace(/[”"»'’\s]+$/, '');
        if (!/,$/.test(inner)) continue;
        // … and the writer goes on with a new clause, a name, a participle or an appositive
        const after = text.slice(rg.end, e);
        if (!/^\s*[,;]?\s*[\p{L}\p{N}]/u.test(after)) continue;
        // a quantified subject opens a clause of the writer's too ("…,” many in the crowd cheered")
        if (!/^\s*(\p{Lu}|[a-z]+ing\b|(a|an|one|part|before|the|which|many|some|most|several|few|both|another|others)\s)/u.test(after)) continue;
        // a quotation inside a fronted subordinate phrase is followed by the main clause ("that by
        // refusing to say “X,” Democrats are …")
        if (/^(that\s+)?(by|if|when|while|as|because|after|before|although|though|since|unless|until|once|in)\s/i.test(text.slice(s, rg.start))) continue;
        d.content[0] = [s, rg.end];
        break;
      }
    }
  }

  // ---- a bare cue, then the quotation ----------------------------------------------------------
  /**
   * "Jane Roe agreed. “…”", "The governor explained on Monday.⏎“…”": a short sentence that is only a
   * speaker, a verb of saying and its adjuncts, followed at once (same paragraph, or the next one) by
   * a sentence that opens with a quotation: the quotation is what the verb reports.
   */
  function bareCueQuotes(): void {
    const sents = doc.sentences;
    for (let si = 0; si + 1 < sents.length; si++) {
      const sent = sents[si];
      const toks = sent.tokens;
      const n = toks.length;
      if (n < 3 || n > 20 || toks[n - 1].text !== '.') continue;
      const nx = sents[si + 1];
      if (nx.paragraph - sent.paragraph > 1) continue;
      let qs = nx.start;
      while (qs < nx.end && /\s/.test(text[qs])) qs++;
      const ri = regionAt(regions, qs);
      if (ri < 0 || regions[ri].start !== qs) continue;
      const reg = regions[ri];
      if (isClaimed(reg.start, reg.end)) continue;
      const words = text.slice(reg.start, reg.end).match(/[\p{L}\p{N}]+/gu);
      if (!words || words.length < 4) continue;
      const q = toks.map((t) => inQuote(t.start));
      if (q.some(Boolean) || isClaimed(sent.start, sent.end)) continue;
      for (let v = 1; v < n - 1; v++) {
        const ents = CUE_FORMS.get(toks[v].text);
        if (!ents || !ents.some((e) => e.verb.speech && e.verb.frame !== 'INFINITIVE' && !e.verb.particle && (e.form === 'PAST' || e.form === 'S'))) continue;
        if (usedCues.has(toks[v].start) || NOUN_MARKERS.has(lower(toks[v - 1]))) break;
        let c0 = v;
        while (c0 - 1 >= 0 && CUE_AUX.has(lower(toks[c0 - 1]))) c0--;
        if (c0 === 0) break;
        const subj = findSubject(toks, q, c0 - 1, 0);
        // only a possessive or a short opening adjunct before the speaker ("The university's Jo Roe", "On Monday, Roe")
        if (!subj || !subj.strong || subj.tok > 5 || toks.slice(0, subj.tok).some((t) => FINITE.has(lower(t)) || CUE_FORMS.has(lower(t)))) break;
        if (!afterCue(toks, q, v + 1).empty) break;
        addDraft([[reg.start, reg.end]], [toks[c0].start, toks[v].end], subj, sent);
        break;
      }
    }
  }

  // ---- quotes that run on ----------------------------------------------------------------------
  /**
   * A quotation with no cue of its own, right after an attributed quotation (the next sentence, or the
   * next paragraph opening a quote), continues that statement: "“…,” she said. “…”".
   */
  function attachRunOnQuotes(): void {
    if (drafts.length === 0) return;
    drafts.sort((a, b) => a.content[0][0] - b.content[0][0]);
    const sentOf = (pos: number): Sentence | undefined => sentenceAt(doc, pos);
    let d = 0;
    for (const reg of regions) {
      if (isClaimed(reg.start + 1, Math.max(reg.start + 2, reg.end - 1))) continue;
      const words = text.slice(reg.start, reg.end).match(/[\p{L}\p{N}]+/gu);
      // scare quotes and titles, but not a short sentence of its own ("“Bodies everywhere.”")
      if (!words || (words.length < 4 && !/[.?!][”"'’»]*$/.test(text.slice(reg.start, reg.end)))) continue;
      const s = sentOf(reg.start);
      if (!s) continue;
      // the quote must open its sentence
      const before = text.slice(s.start, reg.start).trim();
      if (before !== '' && !/^[—–-]$/.test(before)) continue;
      // and close it: "“…,” she said" is its own statement, not a run-on
      const sEnd = sentOf(Math.max(reg.start, reg.end - 1));
      if (sEnd && /[\p{L}\p{N}]/u.test(text.slice(reg.end, sEnd.end))) continue;
      // the latest statement ending before this quote
      while (d + 1 < drafts.length && lastEnd(drafts[d + 1]) <= reg.start) d++;
      let prev = drafts[d];
      const gapFrom = prev ? lastEnd(prev) : 0;
      // "“…,” said Jo Roe, referring to the plan. “…”": a statement inside the speech tag (a participle,
      // a relative clause) is not what the next quotation continues; the quotation before the tag is
      if (prev && prev.cue && d > 0 && !prev.content.some(([a, b]) => regionAt(regions, a) >= 0 || regionAt(regions, b - 1) >= 0)) {
        const tagSent = sentOf(prev.cue[0]);
        const p2 = drafts[d - 1];
        if (tagSent && p2.cue && lastEnd(p2) <= prev.cue[0] && p2.cue[1] <= prev.cue[0] && sentOf(p2.cue[0])?.index === tagSent.index &&
          p2.content.every(([a, b]) => regionAt(regions, a) >= 0 && regionAt(regions, b - 1) >= 0)) {
          prev = p2;
        }
      }
      const gapSent = prev ? s.index - prev.sentence : Infinity;
      const para = prev ? s.paragraph - prev.paragraph : Infinity;
      const prevQuoted = !!prev && prev.content.some(([a, b]) => regionAt(regions, a) >= 0 || regionAt(regions, b - 1) >= 0);
      // "She said the plan would fail. “It cannot work.”": reported speech by a verb of saying, then the
      // quotation as the very next sentence
      const prevSaid = !!prev && !prevQuoted && !!prev.cue && gapSent === 1 && para <= 1 && (SAY_CUE.test(text.slice(prev.cue[0], prev.cue[1]).toLowerCase()) || (para === 1 && quoteParagraphAfter(prev, reg)));
      if (!prev || lastEnd(prev) > reg.start || !(prevQuoted || prevSaid) || gapSent > 2 || para > MAX_PARA_GAP) {
        continue;
      }
      // nothing attributed in between
      if (isClaimed(gapFrom, reg.start)) continue;
      prev.content.push([reg.start, reg.end]);
      claim([[reg.start, reg.end]]);
      prev.sentence = sentOf(reg.end - 1)?.index ?? s.index;
      prev.paragraph = reg.paragraph;
    }
  }

  /**
   * A paragraph that is one quotation and nothing else (not a subhead in capitals), after a paragraph
   * whose last sentence has a named speaker report with a verb of any kind ("Jo Roe praised the plan.",
   * "Roe was quick to add that …"): the quotation goes on that report.
   */
  function quoteParagraphAfter(prev: Draft, reg: QuoteRegion): boolean {
    const p = doc.paragraphs[reg.paragraph];
    if (!reg.closed || text.slice(p.start, reg.start).trim() !== '' || text.slice(reg.end, p.end).trim() !== '' || !/\p{Ll}/u.test(text.slice(reg.start, reg.end))) return false;
    if (!prev.source || !prev.cue || !prev.speaker || !/^\p{Lu}/u.test(text.slice(prev.source[0], prev.source[1])) || NOMINATIVE.test(text.slice(prev.source[0], prev.source[1]))) return false;
    return text.slice(prev.cue[0], prev.cue[1]).split(/\s+/).some((w) => FINITE.has(w.toLowerCase()) || VERBISH.test(w) || !!CUE_FORMS.get(w)?.some((x) => x.form === 'S' || x.form === 'PAST'));
  }

  /**
   * A quotation running over several paragraphs leaves each paragraph but the last unclosed, and the
   * next one opens with a quotation mark again; its cue may come only in a later paragraph
   * ("“…⏎“…,” she said."). The unclosed paragraphs before a quoted statement's first quotation join it.
   */
  function joinOpenParagraphs(): void {
    for (const d of drafts) {
      for (let guard = 0; guard < 4; guard++) {
        const first = d.content[0];
        const ri = regionAt(regions, first[0]);
        if (ri <= 0) break;
        const reg = regions[ri];
        const para = doc.paragraphs[reg.paragraph];
        if (reg.start !== first[0] || reg.start !== para.start) break;
        const prev = regions[ri - 1];
        const pp = doc.paragraphs[prev.paragraph];
        if (prev.closed || prev.paragraph !== reg.paragraph - 1 || prev.start !== pp.start || isClaimed(prev.start, prev.end)) break;
        let e = prev.end;
        while (e > prev.start && /\s/.test(text[e - 1])) e--;
        d.content.unshift([prev.start, e]);
        claim([[prev.start, e]]);
      }
    }
  }

  function lastEnd(d: Draft): number {
    return d.content[d.content.length - 1][1];
  }

  // ---- colons: transcripts and "Name: …" ------------------------------------------------------
  function colonStatements(): void {
    // "A." opens an answer only in an interview whose questions open with "Q." ("A. Philip Roe said" is a name)
    const dottedQA = doc.paragraphs.some((p) => /^Q\.\s/.test(text.slice(p.start, p.start + 3)));
    for (const p of doc.paragraphs) {
      // a transcript quoted whole opens each turn's paragraph with a quotation mark ("“ROE: We will …")
      // and markdown copy sets the name in bold ("**ROE:** We will …", "**Roe**: …")
      const lead = /^(?:[“"]|\*\*|__)?/.exec(text.slice(p.start, p.start + 2))![0].length;
      const start = p.start + lead;
      const head = text.slice(start, Math.min(p.end, start + 80));
      // an interview's turns are "Q:"/"A:" or, in some house styles, "Q."/"A."
      // the name may be a handle ("@JoRoe:") and carry a party tag or a stage note ("ROE (D-OHIO):", "HALE (voice-over):")
      const m = /^(@?[\p{Lu}][\p{L}.'’\-]*(?:\s+[\p{Lu}][\p{L}.'’\-]*){0,3})((?:\s\([^()\n:]{1,24}\))?)(?:\*\*|__)?\s*:(?:\*\*|__)?\s+(?=\S)/u.exec(head) ?? (dottedQA ? /^(Q|A)()\.\s+(?=\S)/.exec(head) : null);
      if (!m) continue;
      const nameEnd = start + m[1].length;
      const tagEnd = nameEnd + m[2].length;
      const contentStart = start + m[0].length;
      // page furniture ("Contributing: …", "Correction: …", "The Latest: …") names no speaker
      if (PAGE_LABELS.test(m[1])) continue;
      const isQA = /^(Q|A)$/.test(m[1]);
      const ref = mentionIn(start, nameEnd);
      const allCaps = /^[\p{Lu}\s.'’\-]+$/u.test(m[1]) && m[1].length > 2 && !LOCATION_CAPS.test(m[1]);
      // an interviewer's or interviewee's initials: "JR:" for Jo Roe, named before in the article
      const initials = /^\p{Lu}{2,3}$/u.test(m[1]) && actors.some((a) => a.kind === 'PERSON' && a.name.split(/\s+/).length >= 2 && a.name.split(/\s+/).map((w) => w[0]).join('') === m[1]);
      const named = (!!ref && ref.start <= start + 4 && ref.end === nameEnd && actorKind.get(ref.key) !== 'LOCATION') || initials;
      const sourceNoun = HEADLINE_SOURCES.has(m[1].toLowerCase());
      // a dateline ("WASHINGTON:") or a section heading is not a speaker
      if (!isQA && !named && !allCaps && !sourceNoun) continue;
      // the bench and the stand of a court transcript speak in single words: "THE COURT: Overruled."
      const courtRole = /^THE (COURT|WITNESS|DEFENDANT|CLERK|JUROR|FOREPERSON|FOREMAN|BAILIFF)$/.test(m[1]);
      if (!isQA && ref && topicLabel(m[1], contentStart, p.end) && singleMention(ref.key)) continue;
      // a score or a label ("Smith: 46", "Polls: Iowa") is not a statement
      const contentWords = text.slice(contentStart, p.end).match(/[\p{L}\p{N}]+/gu) ?? [];
      if ((contentWords.length < 3 && !(courtRole && contentWords.length > 0)) || /^\d/.test(contentWords[0] ?? '')) continue;
      if (allCaps && !named && !courtRole && p.end - contentStart < 20) continue;
      const sent = sentenceOf(p.start) ?? doc.sentences[0];
      let end = p.end;
      // a turn set in bold whole ("**Q: Why now?**") leaves its closing marks out
      while (end > contentStart && (/[\s.]/.test(text[end - 1]) || (/[“"]/.test(text[p.start]) && /[”"]/.test(text[end - 1])) || (lead === 2 && /[*_]/.test(text[end - 1])))) end--;
      if (end <= contentStart) continue;
      const colon = tagEnd + m[0].slice(m[1].length + m[2].length).search(/[:.]/);
      // a named speaker's turn is one statement: a verb of saying inside it ("ROE: I said the plan would
      // work") is part of what the speaker says, as with any nested attribution. An interviewer's question
      // is not ("Q: You said the plan would work?" reports the guest's words), nor a shouted label ("BUSTED:")
      const turn = (allCaps && named) || initials;
      if (isClaimed(contentStart, end) && !(turn && evictNested([[contentStart, end]], [colon, colon + 1]))) continue;
      drafts.push({
        content: [[contentStart, end]],
        cue: [colon, colon + 1],
        source: [start, tagEnd],
        speaker: isQA ? null : ref?.key ?? null,
        sentence: sent.index,
        paragraph: p.index,
      });
      claim([[contentStart, end]]);
    }
  }

  /**
   * A headline that gives a speaker's words after a colon, the speaker named by a mention that ends
   * before the colon: "Hacker Jo Roe: …", "Mayor Roe to Council: …", "Roe on Trade: …",
   * "EXCLUSIVE – Jo Roe: …". Only the first paragraph (the title).
   */
  function headlineColon(): void {
    const p = doc.paragraphs[0];
    if (!p) return;
    const head = text.slice(p.start, Math.min(p.end, p.start + 90));
    const m = /^((?:\p{Lu}{3,}\s+[–—-]\s+)?)((?:[\p{Lu}][\p{L}.'’\-]*\s+){0,4}?[\p{Lu}][\p{L}.'’\-]*)((?:\s+(?:to|on|at|in|about|for|To|On|At|In|About|For)\s+[^:\n]{2,40}?)?)\s*:\s+(?=\S)/u.exec(head);
    // or a name's statement noun: "Daily Post editorial: …", "Democrats' new warning: …"
    const n = m ? null : /^((?:[\p{Lu}][\p{L}.'’\-]*\s+){0,3}?[\p{Lu}][\p{L}.\-]*?)((?:['’]s?)?\s+(?:[a-z]+\s+)?([a-z]+))\s*:\s+(?=\S)/u.exec(head);
    if (n && !(n[3] === 'editorial' || CLAIM_NOUNS.has(n[3]) || STATEMENT_NOUNS.has(n[3]))) {
      roleHeadline(p, head);
      return;
    }
    if (!m && !n) {
      roleHeadline(p, head);
      return;
    }
    const srcStart = p.start + (m ? m[1].length : 0);
    const nameEnd = srcStart + (m ? m[2].length : n![1].length);
    const srcEnd = m ? nameEnd : nameEnd + n![2].length;
    const whole = (m ?? n)![0];
    const colon = p.start + whole.lastIndexOf(':');
    const contentStart = p.start + whole.length;
    if (PAGE_LABELS.test(m ? m[2] : n![1]) || isClaimed(contentStart, p.end)) return;
    let ref: MentionRef | null = null;
    for (const x of allMentions) if (x.end === nameEnd && x.start >= srcStart && (!ref || x.start < ref.start)) ref = x;
    if (!ref) roleHeadline(p, head);
    if (!ref || ref.kind === 'PRONOUN' || actorKind.get(ref.key) === 'LOCATION') return;
    let end = p.end;
    while (end > contentStart && /[\s.;]/.test(text[end - 1])) end--;
    const words = text.slice(contentStart, end).match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 3 || /^\d/.test(words[0] ?? '')) return;
    if (topicLabel(text.slice(srcStart, srcEnd), contentStart, end) && singleMention(ref.key)) return;
    const sent = sentenceOf(p.start) ?? doc.sentences[0];
    drafts.push({ content: [[contentStart, end]], cue: [colon, colon + 1], source: [srcStart, srcEnd], speaker: ref.key, sentence: sent.index, paragraph: p.index });
    claim([[contentStart, end]]);
  }

  /**
   * A headline that opens with the quotation and names its speaker after a colon, in the British and
   * Irish style: "‘I was set up’: jailed banker speaks out" (the words before a verb of saying are the
   * source, the verb the cue), "‘We were betrayed’: Jo Roe on the mill closure" (a name right after the
   * colon is the source, the colon the cue). Only the first paragraph (the title).
   */
  function quoteFirstHeadline(): void {
    const p = doc.paragraphs[0];
    if (!p || p.end - p.start > 160) return;
    let s = p.start;
    while (s < p.end && /\s/.test(text[s])) s++;
    const ri = regionAt(regions, s);
    if (ri < 0 || regions[ri].start !== s || !regions[ri].closed) return;
    const reg = regions[ri];
    const colon = /^\s*:\s*/.exec(text.slice(reg.end, Math.min(p.end, reg.end + 4)));
    if (!colon || isClaimed(reg.start, reg.end)) return;
    const rest = reg.end + colon[0].length;
    const sent = sentenceOf(rest);
    if (!sent) return;
    const toks = sent.tokens.filter((t) => t.start >= rest && t.end <= p.end);
    if (toks.length === 0 || !/^\p{L}/u.test(toks[0].text)) return;
    const colonAt = reg.end + colon[0].indexOf(':');
    for (let v = 1; v < toks.length && v <= 5; v++) {
      const w = toks[v].text;
      if (!isWord(toks[v]) || /^\p{Lu}/u.test(w)) continue;
      const ents = CUE_FORMS.get(w);
      if (!ents || !ents.some((e) => e.verb.speech && e.form !== 'ING')) continue;
      const particle = v + 1 < toks.length && ents.some((e) => e.verb.particle === lower(toks[v + 1])) ? v + 1 : v;
      const m = mentionIn(toks[0].start, toks[v - 1].end);
      drafts.push({ content: [[reg.start, reg.end]], cue: [toks[v].start, toks[particle].end], source: [toks[0].start, toks[v - 1].end], speaker: m?.key ?? null, sentence: sent.index, paragraph: p.index });
      claim([[reg.start, reg.end]]);
      return;
    }
    const m = mentionStartingAt(toks[0].start);
    if (!m || m.kind === 'PRONOUN' || actorKind.get(m.key) !== 'PERSON') return;
    const after = toks.find((t) => t.start >= m.end);
    if (after && !/^(on|about|in|at|,|—|–|-)$/.test(lower(after))) return;
    drafts.push({ content: [[reg.start, reg.end]], cue: [colonAt, colonAt + 1], source: [m.start, m.end], speaker: m.key, sentence: sent.index, paragraph: p.index });
    claim([[reg.start, reg.end]]);
  }

  /**
   * A headline giving a role's words as a quotation after a colon: "Health minister: “We will not cut a
   * nurse”", "Striking doctors: ‘We had no choice’". The words before the colon (at most four, the last a
   * title, group or organisation noun) are the source; the quotation must fill the rest of the line.
   */
  function roleHeadline(p: Paragraph, head: string): void {
    const r = /^((?:[\p{L}'’-]+\s+){0,3}([\p{L}-]+))\s*:\s+/u.exec(head);
    if (!r) return;
    const noun = r[2].toLowerCase();
    if (!TITLE_HEADS.has(noun) && !GROUP_HEADS.has(noun) && !ORG_WORDS.has(noun)) return;
    const contentStart = p.start + r[0].length;
    const ri = regionAt(regions, contentStart);
    if (ri < 0 || regions[ri].start !== contentStart || /[\p{L}\p{N}]/u.test(text.slice(regions[ri].end, p.end)) || isClaimed(contentStart, regions[ri].end)) return;
    const colon = p.start + r[1].length + r[0].slice(r[1].length).indexOf(':');
    const sent = sentenceOf(p.start) ?? doc.sentences[0];
    const ref = mentionIn(p.start, p.start + r[1].length);
    drafts.push({ content: [[contentStart, regions[ri].end]], cue: [colon, colon + 1], source: [p.start, p.start + r[1].length], speaker: ref?.key ?? null, sentence: sent.index, paragraph: p.index });
    claim([[contentStart, regions[ri].end]]);
  }

  /**
   * "I" is whoever is quoted: the speaker of the statement whose content holds it ("“I said it
   * before,” Cruz said"), or the name that opens a transcript turn ("FALLIN: I think …").
   */
  function firstPersonSpeakers(): void {
    for (const d of drafts) {
      if (d.speaker || !d.source || !/^I$|^I['’](?:m|ve|d|ll)$/.test(text.slice(d.source[0], d.source[1]))) continue;
      const pos = d.source[0];
      let best: Draft | null = null;
      let bestLen = Infinity;
      for (const o of drafts) {
        if (o === d || !o.speaker) continue;
        for (const [s, e] of o.content) if (s <= pos && pos < e && e - s < bestLen) { best = o; bestLen = e - s; }
      }
      if (best) {
        d.speaker = best.speaker;
        continue;
      }
      const para = doc.paragraphs[d.paragraph];
      const turn = para ? /^([\p{Lu}][\p{Lu}.'’\-]+(?:\s+[\p{Lu}][\p{Lu}.'’\-]+){0,2})\s*:/u.exec(text.slice(para.start, Math.min(para.end, para.start + 60))) : null;
      if (!turn || pos < para.start + turn[0].length) continue;
      const ref = mentionIn(para.start, para.start + turn[1].length);
      if (ref && ref.start === para.start && actorKind.get(ref.key) === 'PERSON') d.speaker = ref.key;
    }
  }

  /**
   * "When Roe said the plan would fail, the council voted it down.": a content inside a fronted
   * adverbial clause ends at the comma that closes the clause, before the main clause (a subject and
   * its verb).
   */
  function endFrontedClause(d: Draft): void {
    if (d.content.length !== 1 || !d.cue || d.cue[1] > d.content[0][0]) return;
    const [cs, ce] = d.content[0];
    const sent = sentenceOf(cs);
    if (!sent || ce > sent.end + 1 || sent.tokens.length > 400) return;
    const toks = sent.tokens;
    let s0 = 0;
    // a short fronted phrase before the clause: "In Iowa, when …"
    for (let j = 1; j < 6 && j < toks.length && !FINITE.has(lower(toks[j - 1])) && !inQuote(toks[j].start); j++) {
      if (toks[j].text === ',') {
        if (j + 1 < toks.length && FRONT_SUB.test(lower(toks[j + 1]))) s0 = j + 1;
        break;
      }
    }
    while (s0 < toks.length && /^(but|and|yet|so|or|even|[“"‘'(—–-])$/.test(lower(toks[s0]))) s0++;
    if (s0 >= toks.length || !FRONT_SUB.test(lower(toks[s0])) || toks[s0].start >= d.cue[0]) return;
    let k = s0 + 1;
    // the clause must still be open at the content's start
    while (k < toks.length && toks[k].start < cs) {
      if (toks[k].text === ',' || toks[k].text === ';' || toks[k].text === ':') return;
      k++;
    }
    for (; k + 2 < toks.length && toks[k].end <= ce; k++) {
      if (toks[k].text !== ',' || inQuote(toks[k].start)) continue;
      if (!clauseAt(toks, k + 1, toks.length)) continue;
      if (toks[k].start > cs) d.content = [[cs, toks[k].start]];
      return;
    }
  }

  /**
   * "In the long run, she said, costs will fall." / "The plan, which, he said, was dead, …": a speech
   * tag set off by commas inside the writer's sentence splits the content; the part before the tag
   * (from the sentence start, or from a relative pronoun after a comma) is its first segment.
   */
  function leadBeforeTag(d: Draft): void {
    if (d.content.length !== 1 || !d.cue) return;
    const [cs] = d.content[0];
    const quoted = inQuote(cs);
    const tagStart = d.source ? Math.min(d.source[0], d.cue[0]) : d.cue[0];
    const tagEnd = d.source ? Math.max(d.source[1], d.cue[1]) : d.cue[1];
    if (tagEnd > cs) return;
    // "the plan, which he said was dead": the relative pronoun before the tag is the content's subject
    // (not one a preposition governs: "a speech in which he said the plan was dead")
    const rel = /\b(which|what|who)\s+$/i.exec(text.slice(Math.max(0, tagStart - 8), tagStart));
    if (rel && /^\s*$/.test(text.slice(tagEnd, cs)) && d.source && d.source[0] < d.cue[0] && !prepositionalRelative(tagStart - rel[0].length)) {
      const a = tagStart - rel[0].length;
      const b = a + rel[1].length;
      if (!isClaimed(a, b)) d.content = [[a, b], d.content[0]];
      return;
    }
    if (quoted || !/^\s*,\s*$/.test(text.slice(tagEnd, cs))) return;
    const sent = sentenceOf(cs);
    if (!sent || tagStart <= sent.start) return;
    let b = tagStart;
    while (b > sent.start && /\s/.test(text[b - 1])) b--;
    if (text[b - 1] !== ',') return;
    b--;
    const toks = sent.tokens;
    let a = sent.start;
    for (let k = 1; k < toks.length && toks[k].start < b; k++) {
      if (toks[k - 1].text === ',' && /^(which|who)$/i.test(toks[k].text)) a = toks[k].start;
    }
    while (a < b && /[\s“"‘']/.test(text[a])) a++;
    if (b <= a || isClaimed(a, b) || /[“”";:]/.test(text.slice(a, b)) || isBareConnective(text.slice(a, b))) return;
    d.content = [[a, b], d.content[0]];
  }

  /** "a speech in which he said …": a relative pronoun a preposition governs is an adjunct, not the content's subject. */
  function prepositionalRelative(rel: number): boolean {
    const before = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(0, rel - 20), rel));
    return /^which/i.test(text.slice(rel, rel + 5)) && !!before && RELATIVE_PREPS.test(before[1].toLowerCase());
  }

  /**
   * "The birth of the newest Roe is expected to …", "the relationship between A and B appears …": a
   * subject that was found at the name after a preposition starts at the noun phrase it modifies,
   * when only that phrase (a determiner, a few words, the preposition) lies between lo and start.
   */
  function headNounStart(start: number, lo: number): number {
    if (lo >= start) return start;
    const m = HEAD_BEFORE_PP.exec(text.slice(lo, start));
    if (!m || m[1].split(/\s+/).some((w) => FINITE.has(w.toLowerCase()) || LEAD_CLAUSE_WORDS.test(w.toLowerCase()))) return start;
    return lo + m.index + m[0].length - m[1].length;
  }

  /**
   * "Smith is expected to resign", "The plan was said to be dead", "Jones is known as a hawk": the
   * subject of a passive verb of saying or thinking is part of what is said about it, not its source.
   */
  function passiveSubject(d: Draft): void {
    if (d.content.length !== 1 || !d.cue || !d.source) return;
    const [cs] = d.content[0];
    const [ss, se] = d.source;
    if (se > d.cue[0] || d.cue[1] > cs || !/^(to|as)\s/.test(text.slice(cs, cs + 3))) return;
    const cue = text.slice(d.cue[0], d.cue[1]);
    const last = /(\S+)$/.exec(cue)?.[1].toLowerCase() ?? '';
    if (!PASSIVE_PARTICIPLE.test(last)) return;
    const be = /^(is|was|are|were|be|been|being|'s|’s)\b/i;
    if (!be.test(cue) && !/\b(is|was|are|were|be|been|being)\s+(\w+\s+)?$/i.test(text.slice(Math.max(0, d.cue[0] - 20), d.cue[0]))) return;
    if (!/^[\s,]*$/.test(text.slice(se, d.cue[0]).replace(/\b(is|was|are|were|be|been|being|also|not|widely|still|now|already|generally|largely|n't|n’t)\b/gi, ''))) return;
    const sent = sentenceOf(ss);
    const hs = sent ? headNounStart(ss, sent.start) : ss;
    if (isClaimed(hs, se)) return;
    d.content = [[hs, se], d.content[0]];
    d.source = null;
    d.speaker = null;
  }

  /**
   * Wire copy puts the day between subject and verb ("President Jo Roe Saturday vowed …", "the
   * ministry on Sunday issued …", "The relatives thus far have refused …") and opens a sentence with a
   * time or a sentence adverb and no comma ("Now the court has ruled …", "Later yesterday the makers
   * added …"): these date or frame the statement; they are not part of its source. A day after any
   * other preposition ("voters in Tuesday's primary said") and a day's own name ("voters on Super
   * Tuesday said") belong to the noun phrase and stay.
   */
  function trimSourceAdjuncts(d: Draft): void {
    if (!d.source) return;
    let [ss, se] = d.source;
    const stripTail = (): boolean => {
      const adv = /\s+(thus far|so far|now|meanwhile|already|recently|previously|initially)$/.exec(text.slice(ss, se));
      if (adv && adv.index > 0) {
        se = ss + adv.index;
        return true;
      }
      for (const t of timexes) {
        if (t.span[1] !== se || t.span[0] <= ss) continue;
        let before = text.slice(ss, t.span[0]).replace(/\s+$/, '');
        // "on Sunday", "late on Friday": the day of the statement, when the time names a day or a date
        const on = /\s+(?:(?:late|early)\s+)?on$/i.exec(before);
        if (on && t.type === 'DATE' && on.index > 0) {
          const np = before.slice(0, on.index);
          // only after a plain noun phrase that names someone: "the trove released on Thursday", "a rally
          // by the leaders on Wednesday", "who wrote to her on Thursday" keep their day
          if (!byEnd.has(ss + np.length) || /\b(by|of|in|at|to|for|from|with|who|which|that|whose|[a-z]+ed|[a-z]+ing)\b/.test(np)) return false;
          before = np;
        }
        if (before === '' || /\b(on|in|at|by|since|until|of|for|from|last|this|next|every)$/i.test(before)) return false;
        // a capitalised word that ends no name is part of the day's own name ("Super Tuesday")
        if (/\p{Lu}[\p{L}.]*$/u.test(before) && !byEnd.has(ss + before.length)) return false;
        se = ss + before.length;
        return true;
      }
      return false;
    };
    // "Jo Roe, in a letter to the board, urged …", "Republicans, on the other hand, offered …": an adjunct
    // set off by commas after the name belongs to the verb (an affiliation, "X, at the institute," stays)
    const aside = /,\s+(?:in|during|after|before|amid|on the other hand|for one|for (?:his|her|their|its|our|my) part)\b/.exec(text.slice(ss, se));
    if (aside && byEnd.has(ss + aside.index)) se = ss + aside.index;
    for (let guard = 0; guard < 2 && stripTail(); guard++);
    // a leading time or sentence adverb with a noun phrase after it, not a possessive ("Today's ruling")
    for (let guard = 0; guard < 2; guard++) {
      const t = timexByStart.get(ss);
      let end = t && t.span[1] < se ? t.span[1] : -1;
      // a name may open with such a word ("Now This")
      if (end < 0 && !byStart.has(ss)) {
        const adv = /^(now|then|later|meanwhile|still|also|earlier|today|yesterday|tonight)\b/i.exec(text.slice(ss, se));
        if (adv) end = ss + adv[0].length;
      }
      if (end < 0) break;
      // the noun phrase opens with a determiner or a name; "1978 resolution", "third-quarter net income" are one phrase
      const rest = /^\s+(?=\p{Lu}|(?:the|a|an|his|her|its|their|our|some|many|most|several|both|all)\s)/u.exec(text.slice(end, se));
      if (!rest) break;
      ss = end + rest[0].length;
    }
    // a parenthesis the source opens closes right after it: "The mayor (@MayorHale) tweeted"
    const src = text.slice(ss, se);
    if (src.lastIndexOf('(') > src.lastIndexOf(')') && /^\s?\)/.test(text.slice(se, se + 2))) se = text.indexOf(')', se) + 1;
    d.source = [ss, se];
  }

  /**
   * Whether a clause opens at token k: a subject word (a pronoun, a determiner, a name) and, within
   * the next six words before `max`, a finite or past-tense verb.
   */
  function clauseAt(toks: Token[], k: number, max: number): boolean {
    if (k >= toks.length) return false;
    const w = lower(toks[k]);
    const subj = SUBJECT_PRONOUNS.has(w) || DETERMINERS.has(w) || /^\p{Lu}/u.test(toks[k].text);
    if (!subj || CONTINUATION.test(w) || FRONT_SUB.test(w)) return false;
    for (let j = k + 1; j < Math.min(toks.length, max, k + 7); j++) {
      if (toks[j].text === ',') return false;
      if (FINITE.has(lower(toks[j])) || (/^[a-z]+ed$/.test(toks[j].text) && toks[j].text.length > 4)) return true;
    }
    return false;
  }

  /**
   * Quotations whose speaker the page layout names (layouts.ts): the name must be an actor that is not
   * a place, and a speaker line above a quotation must name a person.
   */
  function layoutQuotes(late: boolean): void {
    // a signature line under a paragraph is weaker than a speech tag inside it, so it comes after the sentence rules
    const found = late
      ? signatureLines(text, doc.paragraphs, regions).map((x) => ({ x, named: false }))
      : [
          ...postSignatures(text, doc.paragraphs).map((x) => ({ x, named: false })),
          ...signedQuotes(text, doc.paragraphs, regions).map((x) => ({ x, named: false })),
          ...listedVoices(text, doc.paragraphs).map((x) => ({ x, named: true })),
          ...speakerLines(text, doc.paragraphs, regions).map((x) => ({ x, named: true })),
          ...parenthesisedSignatures(text, doc.paragraphs, regions).map((x) => ({ x, named: true })),
        ];
    for (const { x, named } of found) {
      if (isClaimed(x.content[0], x.content[1])) continue;
      const ref = mentionIn(x.name[0], x.name[1]);
      const kind = ref ? actorKind.get(ref.key) : undefined;
      if (ref && (ref.kind === 'PRONOUN' || kind === 'LOCATION')) continue;
      // a label that is not a known name ("Then, later that month:") or a person line naming no person
      if (named && (!ref || ref.start !== x.name[0] || (x.cue === null && kind !== 'PERSON'))) continue;
      if (!ref && !/^\p{Lu}/u.test(text[x.name[0]])) continue;
      const sent = sentenceOf(x.content[0]) ?? doc.sentences[0];
      drafts.push({ content: [x.content], cue: x.cue, source: x.source, speaker: ref?.key ?? null, sentence: sent.index, paragraph: x.paragraph });
      claim([x.content]);
    }
  }

  // ---- findings ------------------------------------------------------------------------------
  drafts.sort((a, b) => a.content[0][0] - b.content[0][0]);
  // "…, she said, according to a transcript": a content that is only another verb of saying (and its
  // adjuncts) says nothing
  const onlySaying = (d: Draft): boolean => {
    if (d.content.length !== 1) return false;
    const c = text.slice(d.content[0][0], d.content[0][1]);
    return c.length < 40 && /^(said|says|asked|asks|told|tells|added|adds|wrote|writes)\b/i.test(c);
  };
  // "The party released a statement Thursday.": a new document whose words the sentence does not report
  const bareDocument = (d: Draft): boolean => {
    if (d.content.length !== 1 || d.content[0][1] - d.content[0][0] > 80) return false;
    const c = text.slice(d.content[0][0], d.content[0][1]);
    const m = BARE_DOCUMENT.exec(c);
    return !!m && STATEMENT_NOUNS.has(m[1].toLowerCase());
  };
  // "Editor's note: …": the sentence that opens the publication's note to its readers (a disclaimer, a
  // standing description of a candidate) stands outside the story; the annotators mark no attribution in it
  const editorsNote = (d: Draft): boolean => {
    const st = doc.sentences[d.sentence];
    return !!st && EDITORS_NOTE.test(text.slice(st.start, Math.min(st.end, st.start + 20)));
  };
  // "Most recently, Trump called to …", "As the unit reported just today, …", "offered an embrace on
  // Tuesday": a content that is only a time adjunct says nothing; the words said are elsewhere or nowhere
  const onlyTime = (d: Draft): boolean => {
    if (d.content.length !== 1 || d.content[0][1] - d.content[0][0] > 60) return false;
    const words = text.slice(d.content[0][0], d.content[0][1]).match(/[\p{L}\p{N}'’]+/gu);
    if (!words || words.length > 6) return false;
    // every word belongs to the adjunct, which ends with its time word ("in the past week", "on Tuesday")
    const isTime = (w: string): boolean => TIME_WORDS.test(w) || /^(1[89]|20)\d\d['’]?s?$/.test(w);
    if (!isTime(words[words.length - 1].toLowerCase())) return false;
    return words.every((w) => isTime(w.toLowerCase()) || TIME_LINKS.test(w.toLowerCase()));
  };
  const kept = drafts.filter((d) => !onlySaying(d) && !bareDocument(d) && !editorsNote(d) && !onlyTime(d));
  for (const d of kept) endFrontedClause(d);
  adjustExtents(doc, kept, { inQuote, lexClass, timexAt: (p) => timexByStart.has(p) }, options.extent);
  for (const d of kept) leadBeforeTag(d);
  for (const d of kept) passiveSubject(d);
  for (const d of kept) trimSourceAdjuncts(d);
  for (const d of kept) joinCoordinatedQuotes(d, kept);
  for (const d of kept) skipDateline(d);
  return kept.map((d): StatementFinding => ({
    content: d.content,
    cue: d.cue,
    source: d.source,
    speaker: d.speaker,
    kind: kindOf(d.content),
    time: timeOf(d),
  }));

  /**
   * "called it “meritless” and “improper”", "chanting “A” or “B”": quotations joined by a coordinator
   * are one content, the rules having stopped at the first; never over another statement's words.
   */
  function joinCoordinatedQuotes(d: Draft, all: Draft[]): void {
    const last = d.content.length - 1;
    let e = d.content[last][1];
    for (;;) {
      const ri = regionAt(regions, e - 1);
      if (ri < 0 || !regions[ri].closed || regions[ri].end > e + 1 || ri + 1 >= regions.length) break;
      const m = /^,?\s+(?:and|or)\s+$/.exec(text.slice(regions[ri].end, regions[ri + 1].start));
      const next = regions[ri + 1];
      if (!m || !next.closed || next.paragraph !== regions[ri].paragraph) break;
      const lo = e;
      const hi = next.end;
      const taken = all.some((o) => o !== d && [...o.content, o.cue, o.source].some((sp) => !!sp && sp[0] < hi && sp[1] > lo));
      if (taken) break;
      e = hi;
    }
    if (e !== d.content[last][1]) d.content = [...d.content.slice(0, last), [d.content[last][0], e]];
  }

  /**
   * "WASHINGTON (Reuters) - The plan will fail, she said.": the dateline that opens a story is the
   * wire's, not part of what is reported; the content starts after its dash.
   */
  function skipDateline(d: Draft): void {
    const [s, e] = d.content[0];
    const para = paragraphAt(doc, s);
    if (!para || s - para.start > 80) return;
    const m = DATELINE.exec(text.slice(para.start, para.start + 90));
    if (!m || (!/^\p{Lu}{2}/u.test(m[0]) && !m[1])) return;
    const x = para.start + m[0].length;
    if (x > s && x < e) d.content[0] = [x, e];
  }

  function kindOf(content: Span[]): StatementKind {
    let inside = 0;
    let total = 0;
    for (const [s, e] of content) {
      total += e - s;
      for (let r = regionFrom(regions, s); r < regions.length && regions[r].start < e; r++) inside += Math.min(e, regions[r].end) - Math.max(s, regions[r].start);
    }
    if (total === 0 || inside === 0) return 'INDIRECT';
    return inside / total >= 0.9 ? 'DIRECT' : 'MIXED';
  }

  /** A time expression in the statement's own clause: next to the cue, outside the content. */
  function timeOf(d: Draft): number | null {
    if (!d.cue) return null;
    const [cs, ce] = d.cue;
    let best: number | null = null;
    let bestDist = 40;
    // only time expressions starting within 200 characters of the cue can be near it
    let lo = 0;
    let hi = timexOrder.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (timexes[timexOrder[mid]].span[0] < cs - 200) lo = mid + 1;
      else hi = mid;
    }
    for (let o = lo; o < timexOrder.length && timexes[timexOrder[o]].span[0] <= ce + 200; o++) {
      const i = timexOrder[o];
      const [ts, te] = timexes[i].span;
      if (d.content.some(([s, e]) => ts < e && te > s)) continue;
      const dist = ts >= ce ? ts - ce : cs >= te ? cs - te : 0;
      if (dist >= bestDist) continue;
      // same clause: no sentence boundary or quotation between cue and time
      const between = ts >= ce ? text.slice(ce, ts) : text.slice(te, cs);
      if (/[.;!?“”"]/.test(between)) continue;
      if (d.source && ts < cs && ts < d.source[0] && cs > d.source[0]) continue;
      best = i;
      bestDist = dist;
    }
    return best;
  }
}
