/**
 * Reporting (speech, writing, cognition and stance) verbs of English news writing, with the shape of
 * the content each one takes. Inflected forms are generated from the base form (irregulars listed).
 */

/** How a cue takes its content on the right. */
export type CueFrame =
  /** a clause, optionally introduced by "that" / ":" ("said (that) …"). */
  | 'CLAUSE'
  /** an object, then a clause ("told reporters (that) …", "warned voters …"). */
  | 'OBJECT_CLAUSE'
  /** a noun phrase or clause ("denied the report", "praised Iran for …", "called for …"). */
  | 'NP'
  /** an infinitive ("promised to …", "is expected to …", "appears to …"). */
  | 'INFINITIVE';

export interface ReportingVerb {
  base: string;
  frame: CueFrame;
  /** Verbs of speech/writing can take a postposed source ("…, said X"); cognition verbs mostly cannot. */
  speech: boolean;
  /** A particle that belongs to the cue ("call for", "point out"). */
  particle?: string;
  /** The verb reports speech only with a quotation ("the sign read: “…”", "the crowd chanted “…”"). */
  quoteOnly?: boolean;
}

const V = (base: string, frame: CueFrame, speech = true, particle?: string): ReportingVerb => ({ base, frame, speech, particle });

export const REPORTING_VERBS: ReportingVerb[] = [
  // speech with a clause
  ...['say', 'add', 'note', 'stress', 'argue', 'claim', 'insist', 'acknowledge', 'state', 'declare', 'announce',
    'explain', 'suggest', 'report', 'write', 'tweet', 'post', 'reply', 'respond', 'recall', 'conclude', 'contend',
    'assert', 'maintain', 'emphasize', 'emphasise', 'indicate', 'estimate', 'predict', 'complain', 'charge',
    'allege', 'concede', 'admit', 'confirm', 'reveal', 'boast', 'joke', 'quip', 'counter', 'testify', 'observe',
    'remark', 'mention', 'recount', 'affirm', 'caution', 'disclose', 'retort', 'exclaim', 'scoff',
    'muse', 'lament', 'speculate', 'hint', 'imply', 'proclaim', 'reiterate', 'repeat', 'underline', 'underscore',
    'signal', 'acknowlege', 'agree', 'answer', 'brag', 'declare', 'specify', 'stipulate', 'theorize', 'tout',
    'wonder', 'whisper', 'shout', 'yell', 'insinuate', 'announce', 'forecast', 'calculate', 'figure', 'surmise',
    'add', 'clarify', 'elaborate', 'concur', 'object', 'protest', 'rule', 'find', 'show', 'demonstrate', 'suggest',
    'find'].map((b) => V(b, 'CLAUSE')),
  // cognition / stance with a clause
  ...['believe', 'think', 'feel', 'know', 'fear', 'hope', 'worry', 'doubt', 'suspect', 'expect', 'assume',
    'understand', 'realize', 'realise', 'recognize', 'recognise', 'acknowledge', 'guess', 'reckon', 'imagine',
    'sense', 'consider', 'insist', 'learn', 'decide', 'determine', 'judge', 'bet', 'trust', 'anticipate',
    'see'].map((b) => V(b, 'CLAUSE', false)),
  // speech with an addressee object
  ...['tell', 'warn', 'assure', 'remind', 'inform', 'advise', 'convince', 'persuade', 'notify', 'reassure',
    'caution', 'urge', 'ask', 'promise'].map((b) => V(b, 'OBJECT_CLAUSE')),
  // speech acts with a noun phrase
  ...['deny', 'praise', 'criticize', 'criticise', 'accuse', 'blame', 'attack', 'endorse', 'defend', 'dismiss',
    'reject', 'condemn', 'slam', 'blast', 'applaud', 'welcome', 'question', 'describe', 'cite', 'propose',
    'demand', 'recommend', 'request', 'announce', 'dispute', 'mock', 'ridicule', 'thank',
    'credit', 'hail', 'decry', 'denounce', 'lambast', 'chide', 'berate', 'rebuke', 'fault', 'predict', 'oppose',
    'support', 'back', 'favor', 'favour', 'want', 'seek', 'offer', 'vow', 'pledge', 'threaten', 'refuse',
    'decline', 'plan', 'intend', 'prefer', 'urge', 'implore',
    'downplay', 'tout', 'highlight', 'acknowledge', 'concede', 'admit', 'insist', 'ask', 'call',
    'label', 'name', 'brand', 'dub', 'characterize', 'characterise'].map((b) => V(b, 'NP')),
  // manner-of-speaking verbs: speech only when they introduce a quotation
  ...['read', 'interject', 'chant', 'sing', 'echo', 'shout', 'yell', 'scream', 'whisper', 'mutter', 'murmur',
    'laugh', 'joke', 'quip', 'tease', 'needle', 'scold', 'snap', 'gush', 'rant', 'plead', 'beg', 'cheer', 'sigh',
    'chuckle', 'marvel', 'vent', 'thunder', 'bellow', 'cry', 'shrug', 'smile', 'nod', 'continue', 'begin', 'conclude',
    'go', 'text', 'email', 'e-mail', 'message', 'type', 'jot', 'scrawl', 'proclaim', 'intone', 'recite', 'declare',
    'offer', 'summarize', 'summarise', 'paraphrase', 'quote', 'cite', 'retweet'].map((b) => ({ ...V(b, 'CLAUSE'), quoteOnly: true })),
  V('call', 'NP', true, 'for'),
  V('call', 'NP', true, 'on'),
  V('point', 'CLAUSE', true, 'out'),
  V('point', 'NP', true, 'to'),
  V('refer', 'NP', true, 'to'),
  V('talk', 'NP', true, 'about'),
  V('speak', 'NP', true, 'about'),
  V('complain', 'NP', true, 'about'),
  V('warn', 'NP', true, 'of'),
  V('warn', 'NP', true, 'against'),
  V('argue', 'NP', true, 'for'),
  V('argue', 'NP', true, 'against'),
  V('push', 'NP', true, 'for'),
  V('advocate', 'NP', true, 'for'),
  V('rail', 'NP', true, 'against'),
  V('speak', 'NP', true, 'out'),
  V('talk', 'NP', true, 'of'),
  V('focus', 'NP', true, 'on'),
  V('vote', 'NP', true, 'for'),
  V('vote', 'NP', true, 'against'),
  V('worry', 'NP', false, 'about'),
  V('agree', 'NP', false, 'with'),
  V('disagree', 'NP', false, 'with'),
  V('apologize', 'NP', true, 'for'),
  V('apologise', 'NP', true, 'for'),
  V('respond', 'NP', true, 'to'),
  V('comment', 'NP', true, 'on'),
  V('reflect', 'NP', true, 'on'),
  V('insist', 'NP', true, 'on'),
  V('campaign', 'NP', true, 'for'),
  V('campaign', 'NP', true, 'against'),
  V('campaign', 'NP', true, 'on'),
  V('lobby', 'NP', true, 'for'),
  V('lobby', 'NP', true, 'against'),
  V('fight', 'NP', true, 'for'),
  V('fight', 'NP', true, 'against'),
  V('side', 'NP', true, 'with'),
  V('count', 'NP', false, 'on'),
  V('care', 'NP', false, 'about'),
  V('complain', 'NP', true, 'of'),
  V('boast', 'NP', true, 'about'),
  V('brag', 'NP', true, 'about'),
  V('joke', 'NP', true, 'about'),
  V('testify', 'NP', true, 'about'),
  V('hint', 'NP', true, 'at'),
  V('object', 'NP', true, 'to'),
  V('allude', 'NP', true, 'to'),
  V('react', 'NP', true, 'to'),
  V('reply', 'NP', true, 'to'),
  V('weigh', 'NP', true, 'in'),
  // stance with an infinitive
  ...['appear', 'seem', 'aim', 'expect', 'hope', 'want', 'plan', 'intend', 'promise', 'pledge', 'vow',
    'threaten', 'refuse', 'decline', 'agree', 'seek', 'offer', 'wish', 'claim'].map((b) => V(b, 'INFINITIVE')),
];

const IRREGULAR: Record<string, string[]> = {
  say: ['says', 'said', 'saying'],
  tell: ['tells', 'told', 'telling'],
  think: ['thinks', 'thought', 'thinking'],
  write: ['writes', 'wrote', 'written', 'writing'],
  know: ['knows', 'knew', 'known', 'knowing'],
  feel: ['feels', 'felt', 'feeling'],
  see: ['sees', 'saw', 'seen', 'seeing'],
  find: ['finds', 'found', 'finding'],
  show: ['shows', 'showed', 'shown', 'showing'],
  understand: ['understands', 'understood', 'understanding'],
  learn: ['learns', 'learned', 'learnt', 'learning'],
  bet: ['bets', 'bet', 'betting'],
  forecast: ['forecasts', 'forecast', 'forecasted', 'forecasting'],
  seek: ['seeks', 'sought', 'seeking'],
  speak: ['speaks', 'spoke', 'spoken', 'speaking'],
  lambast: ['lambasts', 'lambasted', 'lambasting'],
  rail: ['rails', 'railed', 'railing'],
  try: ['tries', 'tried', 'trying'],
  deny: ['denies', 'denied', 'denying'],
  reply: ['replies', 'replied', 'replying'],
  testify: ['testifies', 'testified', 'testifying'],
  specify: ['specifies', 'specified', 'specifying'],
  clarify: ['clarifies', 'clarified', 'clarifying'],
  imply: ['implies', 'implied', 'implying'],
  quip: ['quips', 'quipped', 'quipping'],
  admit: ['admits', 'admitted', 'admitting'],
  concur: ['concurs', 'concurred', 'concurring'],
  rebuke: ['rebukes', 'rebuked', 'rebuking'],
  slam: ['slams', 'slammed', 'slamming'],
  plan: ['plans', 'planned', 'planning'],
  brag: ['brags', 'bragged', 'bragging'],
  refer: ['refers', 'referred', 'referring'],
  prefer: ['prefers', 'preferred', 'preferring'],
  dub: ['dubs', 'dubbed', 'dubbing'],
  label: ['labels', 'labeled', 'labelled', 'labeling', 'labelling'],
  signal: ['signals', 'signaled', 'signalled', 'signaling', 'signalling'],
  favor: ['favors', 'favored', 'favoring'],
  rule: ['rules', 'ruled', 'ruling'],
  fight: ['fights', 'fought', 'fighting'],
  lobby: ['lobbies', 'lobbied', 'lobbying'],
  worry: ['worries', 'worried', 'worrying'],
  apologize: ['apologizes', 'apologized', 'apologizing'],
  apologise: ['apologises', 'apologised', 'apologising'],
  vote: ['votes', 'voted', 'voting'],
  // "states" and "state" are nouns far more often than verbs of saying
  state: ['stated', 'stating'],
  read: ['reads', 'read', 'reading'],
  sing: ['sings', 'sang', 'sung', 'singing'],
  go: ['goes', 'went', 'gone', 'going'],
  begin: ['begins', 'began', 'begun', 'beginning'],
  snap: ['snaps', 'snapped', 'snapping'],
  cry: ['cries', 'cried', 'crying'],
  shrug: ['shrugs', 'shrugged', 'shrugging'],
  nod: ['nods', 'nodded', 'nodding'],
  jot: ['jots', 'jotted', 'jotting'],
  retweet: ['retweets', 'retweeted', 'retweeting'],
  message: ['messages', 'messaged', 'messaging'],
  email: ['emails', 'emailed', 'emailing'],
};

/** Verbs whose base form is mostly a noun in news text: only their listed forms are cues. */
const NOUN_FIRST = new Set(['state']);

/** Regular inflections of an English verb: -s, -ed, -ing. */
export function inflect(base: string): string[] {
  if (NOUN_FIRST.has(base)) return IRREGULAR[base];
  if (IRREGULAR[base]) return [base, ...IRREGULAR[base]];
  const forms = [base];
  const vowel = /[aeiou]/;
  if (/(s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es');
  else if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies');
  else forms.push(base + 's');
  if (base.endsWith('e')) {
    forms.push(base + 'd', base.slice(0, -1) + 'ing');
  } else if (/[^aeiou]y$/.test(base)) {
    forms.push(base.slice(0, -1) + 'ied', base + 'ing');
  } else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(base) && vowel.test(base)) {
    // one-syllable CVC: "stop" → "stopped"
    const c = base[base.length - 1];
    forms.push(base + c + 'ed', base + c + 'ing');
  } else {
    forms.push(base + 'ed', base + 'ing');
  }
  return forms;
}

export interface CueEntry {
  verb: ReportingVerb;
  form: 'BASE' | 'S' | 'PAST' | 'ING';
}

function formOf(base: string, form: string): CueEntry['form'] {
  if (form === base) return 'BASE';
  if (form.endsWith('ing')) return 'ING';
  if (form.endsWith('s') && !form.endsWith('ss')) return 'S';
  return 'PAST';
}

/**
 * The British and Commonwealth spellings of a verb's forms the list gives in American spelling:
 * -ise for -ize ("apologised", "criticises"), -yse for -yze, and a doubled final l ("signalled",
 * "labelling"). None when the list already holds the British base.
 */
function britishForms(base: string, bases: Set<string>): string[] {
  if (/[iy]ze$/.test(base)) {
    const uk = base.replace(/([iy])ze$/, '$1se');
    return bases.has(uk) ? [] : inflect(base).map((f) => f.replace(/([iy])z(e|es|ed|ing)$/, '$1s$2'));
  }
  // two or more syllables ending in a vowel and l: "signal", "label", "cancel"
  if (/[aeiou][^aeiou]+[aeiou]l$/.test(base) && !/(ee|oo|ai|ea|ou)l$/.test(base)) return [base + 'led', base + 'ling'];
  return [];
}

/** Lower-case word form → the reporting verbs it can be (several frames per form). */
export const CUE_FORMS: Map<string, CueEntry[]> = (() => {
  const m = new Map<string, CueEntry[]>();
  const bases = new Set(REPORTING_VERBS.map((v) => v.base));
  for (const v of REPORTING_VERBS) {
    for (const f of [...inflect(v.base), ...britishForms(v.base, bases)]) {
      const list = m.get(f) ?? [];
      if (!list.some((e) => e.verb.base === v.base && e.verb.frame === v.frame && e.verb.particle === v.particle)) {
        // a manner verb never overrides a full reporting verb of the same form
        list.push({ verb: v, form: formOf(v.base, f) });
      }
      m.set(f, list);
    }
  }
  return m;
})();

/** Words that may stand between a subject and its reporting verb, and belong to the cue ("has also said"). */
export const CUE_AUX = new Set([
  'has', 'have', 'had', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'would', 'could', 'should',
  'can', 'may', 'might', 'must', 'shall', 'do', 'does', 'did', 'not', "n't", 'never', 'also', 'later', 'then',
  'previously', 'recently', 'publicly', 'privately', 'repeatedly', 'often', 'frequently', 'once', 'always',
  'already', 'still', 'long', 'again', 'first', 'since', 'reportedly', 'allegedly', 'apparently', 'clearly',
  'quickly', 'firmly', 'flatly', 'openly', 'strongly', 'just', 'even', 'only', 'further', 'explicitly',
  'privately', 'initially', 'originally', 'subsequently', 'eventually', 'ultimately', 'famously', 'falsely',
  'wrongly', 'correctly', 'rightly', 'sharply', 'bluntly', 'angrily', 'simply', 'herself', 'himself', 'themselves',
  'seemingly', 'essentially', 'basically', 'specifically', 'directly', 'separately', 'similarly', 'likewise',
  'now', 'ever', 'nonetheless', 'however', 'too', 'generally', 'broadly', 'widely', 'both', 'all', 'each',
  'cannot', "didn't", "doesn't", "don't", "hasn't", "haven't", "wasn't", "won't", "wouldn't", "isn't", "aren't",
  'didn’t', 'doesn’t', 'don’t', 'hasn’t', 'haven’t', 'wasn’t', 'won’t', 'wouldn’t', 'isn’t', 'aren’t',
]);

/** Participles that attach a further statement to the main clause's subject (", adding that …"). */
export const PARTICIPLE_LINKS = new Set(['adding', 'saying', 'noting', 'stressing', 'arguing', 'explaining', 'insisting',
  'warning', 'claiming', 'suggesting', 'declaring', 'telling', 'asking', 'urging', 'calling', 'predicting',
  'acknowledging', 'conceding', 'writing', 'emphasizing', 'emphasising', 'underlining', 'underscoring', 'citing',
  'pointing', 'referring', 'complaining', 'charging', 'contending', 'maintaining', 'asserting', 'vowing',
  'promising', 'pledging', 'recalling', 'denying', 'accusing', 'blaming', 'praising', 'criticizing', 'repeating',
  'reiterating', 'signaling', 'signalling', 'hinting', 'announcing', 'revealing', 'confirming', 'admitting', 'joking']);

/** Nouns that head a statement noun phrase ("a statement", "an interview"), introducing "in a statement" adjuncts. */
export const STATEMENT_NOUNS = new Set(['statement', 'interview', 'speech', 'tweet', 'post', 'letter', 'email', 'e-mail',
  'memo', 'report', 'release', 'op-ed', 'column', 'briefing', 'conference', 'call', 'appearance', 'remarks',
  'message', 'video', 'ad', 'advertisement', 'book', 'filing', 'testimony', 'debate', 'rally', 'town', 'hall']);

/** Words whose past participle after "the" is an adjective, not a cue ("the said agreement"). */
export const NOT_AFTER = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your']);
