/** Function words that bound clauses, noun phrases and adjuncts around reporting cues. */

/** Words that end a subject noun phrase on its left ("… because he said", "… and she said"). */
export const CLAUSE_OPENERS = new Set(['that', 'and', 'but', 'or', 'because', 'when', 'while', 'if', 'as', 'than',
  'since', 'although', 'though', 'whether', 'after', 'before', 'until', 'unless', 'so', 'where', 'what', 'why',
  'how', 'once', 'yet', 'nor', 'whereas', 'then', 'also', 'even', 'which', 'whom', 'to', 'for', 'of', 'in', 'on',
  'at', 'with', 'by', 'from', 'about', 'into', 'like', 'not', 'is', 'was', 'are', 'were', 'be', 'been', 'has',
  'have', 'had', 'do', 'does', 'did', 'it', 'there', 'this']);

/** Prepositions that open an adjunct right after a cue ("said on Tuesday", "said in a statement"). */
export const ADJUNCT_PREPS = new Set(['on', 'in', 'at', 'during', 'last', 'this', 'earlier', 'later', 'late', 'early',
  'yesterday', 'today', 'tonight', 'recently', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday',
  'sunday', 'after', 'before', 'while', 'through', 'via', 'over', 'when', 'following', 'then', 'again', 'also',
  'previously', 'repeatedly', 'publicly', 'privately', 'flatly', 'bluntly', 'frankly', 'candidly', 'simply',
  'matter-of-factly', 'firmly', 'softly', 'quietly', 'angrily', 'emphatically', 'shortly', 'separately', 'too']);

/** Determiners and possessives: a cue-form word after one of these is a noun ("the report"). */
export const NOUN_MARKERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her',
  'our', 'my', 'your', 'no', 'any', 'some', 'every', 'each', 'such', 'whose', 'of', 'to', 'new', 'first', 'latest',
  'recent', 'many', 'more', 'most', 'several', 'few', 'own']);

/** Cue forms that are too often nouns or other parts of speech to trust without a clear subject. */
export const WEAK_CUE_FORMS = new Set(['report', 'reports', 'post', 'posts', 'claim', 'claims', 'plans', 'plan',
  'calls', 'call', 'support', 'back', 'figure', 'figures', 'question', 'questions', 'show', 'shows', 'rule',
  'rules', 'state', 'states', 'offer', 'offers', 'hope', 'hopes', 'fear', 'fears', 'doubt', 'doubts', 'need',
  'needs', 'want', 'wants', 'like', 'likes', 'love', 'hate', 'answer', 'answers', 'attack', 'attacks',
  'challenge', 'challenges', 'request', 'requests', 'demand', 'demands', 'promise', 'promises', 'pledge',
  'pledges', 'vow', 'vows', 'bet', 'sense', 'guess', 'counter', 'object', 'objects', 'protest', 'protests',
  'finding', 'findings', 'saying', 'sayings', 'ruling', 'feeling', 'feelings', 'understanding', 'offering',
  'backing', 'warning', 'warnings', 'thinking', 'credit', 'name', 'names', 'label', 'labels', 'brand', 'dub',
  'forecast', 'forecasts', 'learning', 'see', 'seen', 'saw', 'known', 'found', 'shown', 'felt', 'cited',
  'welcome', 'trust', 'signal', 'signals', 'hint', 'hints', 'repeat', 'tweet', 'tweets', 'mention', 'mentions',
  'remark', 'remarks', 'estimate', 'estimates', 'joke', 'jokes', 'decline', 'declines', 'refuse', 'try', 'aim',
  'aims', 'wish', 'wishes', 'tend', 'favor', 'favour', 'seek', 'prefer', 'decide', 'consider', 'continue',
  'continues', 'continued', 'continuing', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'learn',
  'learned', 'determine', 'determined', 'judge', 'judged', 'imagine', 'bet', 'realize', 'recognize']);

/** Nouns that can stand before a headline colon as the source ("Poll: …", "Report: …"). */
export const HEADLINE_SOURCES = new Set(['poll', 'polls', 'survey', 'study', 'report', 'reports', 'sources', 'source',
  'officials', 'official', 'experts', 'analysis', 'newspaper', 'memo', 'documents', 'emails', 'aides', 'insiders',
  'lawsuit', 'audit', 'watchdog', 'investigation', 'review', 'data', 'research', 'witnesses', 'police', 'critics',
  'democrats', 'republicans', 'voters', 'insider', 'aide', 'spokesman', 'spokeswoman', 'campaign', 'white house']);

/** Nouns of saying and believing that take a "that" clause ("her claim that …", "the minister's view that …"). */
export const CLAIM_NOUNS = new Set(['statement', 'claim', 'claims', 'assertion', 'remark', 'remarks', 'comment',
  'comments', 'argument', 'suggestion', 'insistence', 'warning', 'promise', 'pledge', 'belief', 'view', 'announcement',
  'admission', 'contention', 'allegation', 'allegations', 'charge', 'prediction', 'assurance', 'assurances',
  'denial', 'insinuation', 'accusation', 'accusations', 'vow', 'conclusion', 'assessment', 'declaration',
  'acknowledgment', 'acknowledgement', 'complaint', 'fear', 'fears', 'hope', 'hopes', 'suspicion', 'opinion',
  'position', 'theory', 'notion', 'idea', 'insistence', 'boast', 'threat', 'report', 'reports', 'testimony']);

/** Nouns of stance or speech taking a prepositional object ("his support for …", "her attacks on …"). */
export const ATTITUDE_NOUNS: Map<string, string[]> = new Map(Object.entries({
  support: ['for', 'of'], attacks: ['on', 'against'], attack: ['on', 'against'], criticism: ['of'],
  critique: ['of'], questions: ['about', 'on', 'over'], question: ['about', 'of'], opposition: ['to'],
  endorsement: ['of'], allegations: ['of', 'about', 'against'], allegation: ['of', 'about', 'against'],
  accusations: ['of', 'against', 'about'], accusation: ['of', 'against', 'about'], concerns: ['about', 'over'],
  concern: ['about', 'over', 'for'], comments: ['about', 'on', 'regarding'], comment: ['about', 'on'],
  remarks: ['about', 'on'], calls: ['for'], call: ['for'], views: ['on', 'of', 'about'], view: ['on', 'of'],
  praise: ['for', 'of'], defense: ['of'], defence: ['of'], denunciation: ['of'], condemnation: ['of'],
  rejection: ['of'], embrace: ['of'], backing: ['of', 'for'], opposition_: [], promise: ['of', 'to'],
  promises: ['of', 'to'], pledge: ['to', 'of'], demands: ['for'], demand: ['for'], warnings: ['about', 'of'],
  warning: ['about', 'of'], complaints: ['about', 'of'], complaint: ['about'], criticisms: ['of'],
  assessment: ['of'], description: ['of'], characterization: ['of'], portrayal: ['of'], claims: ['of', 'about'],
  doubts: ['about'], fears: ['of', 'about'], hopes: ['for', 'of'], skepticism: ['of', 'about'],
  admiration: ['for'], contempt: ['for'], disdain: ['for'], insistence: ['on'], focus: ['on'],
  stance: ['on'], position: ['on'], positions: ['on'], proposal: ['for', 'to'], plan: ['for', 'to'],
  vision: ['for', 'of'], advocacy: ['for', 'of'], apology: ['for'], request: ['for'], appeal: ['for', 'to'],
}).filter(([, v]) => v.length > 0));
