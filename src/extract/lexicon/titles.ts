/** Titles, offices and roles that precede names or head nominal references ("the minister"). */

/** Heads of titles (lower-case). "Defense Minister", "the former governor", "a spokesman". */
export const TITLE_HEADS = new Set([
  'president', 'vice-president', 'minister', 'secretary', 'senator', 'sen', 'sen.', 'rep', 'rep.', 'representative',
  'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor', 'general', 'gen', 'gen.', 'admiral', 'adm.',
  'colonel', 'col.', 'lieutenant', 'lt.', 'major', 'maj.', 'captain', 'capt.', 'sergeant', 'sgt.', 'commander',
  'chief', 'chairman', 'chairwoman', 'chair', 'chairperson', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'adviser', 'advisor', 'aide', 'ambassador', 'envoy', 'judge', 'justice', 'attorney', 'prosecutor',
  'speaker', 'leader', 'king', 'queen', 'prince', 'princess', 'emperor', 'pope', 'cardinal', 'bishop', 'archbishop',
  'rabbi', 'imam', 'sheikh', 'ayatollah', 'chancellor', 'premier', 'ceo', 'cfo', 'coo', 'founder', 'co-founder',
  'executive', 'manager', 'strategist', 'consultant', 'pollster', 'analyst', 'economist', 'professor', 'prof.',
  'dr.', 'dr', 'candidate', 'nominee', 'challenger', 'incumbent', 'commissioner', 'officer', 'official',
  'lawmaker', 'legislator', 'delegate', 'diplomat', 'treasurer', 'counsel', 'lawyer', 'attorney-general',
  'sheriff', 'detective', 'inspector', 'superintendent', 'clerk', 'comptroller', 'auditor', 'administrator',
  'head', 'president-elect', 'frontrunner', 'front-runner', 'hopeful', 'contender', 'runner', 'mate',
  'organizer', 'organiser', 'activist', 'campaigner', 'operative', 'surrogate', 'donor', 'fundraiser', 'staffer',
  'reporter', 'correspondent', 'editor', 'columnist', 'anchor', 'host', 'commentator', 'journalist', 'writer',
  'author', 'historian', 'scholar', 'researcher', 'scientist', 'expert', 'fellow', 'partner', 'owner',
  'businessman', 'businesswoman', 'billionaire', 'magnate', 'mogul', 'tycoon', 'star', 'actor', 'actress',
  'singer', 'rapper', 'coach', 'pastor', 'reverend', 'rev.', 'father', 'deputy', 'assistant', 'whip',
  'investigator', 'agent', 'witness', 'victim', 'suspect', 'defendant', 'plaintiff', 'ruler', 'dictator',
  'monarch', 'crown', 'mp', 'mep', 'senator-elect', 'governor-elect', 'mayor-elect', 'councilman',
  'councilwoman', 'councilor', 'councillor', 'alderman', 'trustee', 'regent', 'dean', 'provost', 'principal',
  'teacher', 'doctor', 'physician', 'surgeon', 'nurse', 'veteran', 'soldier', 'marine', 'pilot', 'driver',
  'worker', 'employee', 'volunteer', 'voter', 'resident', 'citizen', 'student', 'mother', 'wife', 'husband',
  'daughter', 'son', 'brother', 'sister', 'man', 'woman', 'person', 'source', 'member', 'chieftain', 'boss',
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'sir', 'dame', 'lord', 'lady',
]);

/** Plural heads that denote a group ("officials", "Republicans"). */
export const GROUP_HEADS = new Set([
  'officials', 'leaders', 'lawmakers', 'legislators', 'senators', 'representatives', 'congressmen', 'members',
  'aides', 'advisers', 'advisors', 'staffers', 'spokesmen', 'sources', 'analysts', 'experts', 'economists',
  'strategists', 'operatives', 'consultants', 'pollsters', 'critics', 'supporters', 'opponents', 'backers',
  'allies', 'rivals', 'voters', 'residents', 'citizens', 'protesters', 'demonstrators', 'activists', 'delegates',
  'donors', 'investigators', 'prosecutors', 'lawyers', 'attorneys', 'judges', 'researchers', 'scientists',
  'scholars', 'historians', 'observers', 'diplomats', 'ministers', 'governors', 'mayors', 'candidates',
  'nominees', 'conservatives', 'liberals', 'progressives', 'moderates', 'republicans', 'democrats',
  'independents', 'evangelicals', 'insiders', 'veterans', 'authorities', 'organizers', 'organisers',
  'commentators', 'journalists', 'reporters', 'editors', 'pundits', 'people', 'americans', 'workers',
  'employees', 'students', 'parents', 'families', 'officers', 'agents', 'soldiers', 'troops', 'militants',
  'rebels', 'insurgents', 'fighters', 'executives',

  'forecasters', 'modelers', 'colleagues',
  'friends', 'relatives', 'neighbors', 'fans', 'followers', 'participants', 'attendees', 'respondents',
  'advocates', 'groups', 'companies', 'firms', 'investors', 'police', 'rabbis', 'clergy', 'parties', 'organizations',
  'organisations', 'defenders', 'owners', 'migrants', 'immigrants', 'refugees', 'doctors', 'nurses', 'teachers',
  'farmers', 'businesses', 'lenders', 'unions', 'networks', 'outlets', 'newspapers', 'proponents', 'detractors',
  'skeptics', 'sceptics', 'defenders', 'loyalists', 'partisans', 'liberals', 'campaigners', 'petitioners',
]);

/** Titles written before a name that also tell the gender. */
export const MALE_TITLES = new Set(['mr', 'mr.', 'king', 'prince', 'sir', 'lord', 'father', 'congressman', 'chairman', 'spokesman', 'businessman', 'brother', 'son', 'husband', 'councilman', 'pope', 'sheikh', 'ayatollah']);
export const FEMALE_TITLES = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'queen', 'princess', 'lady', 'dame', 'madam', 'congresswoman', 'chairwoman', 'spokeswoman', 'businesswoman', 'sister', 'daughter', 'wife', 'mother', 'councilwoman', 'actress']);

/** Words that modify a title ("Defense Minister", "Vice President", "former"). Capitalised inside names. */
export const TITLE_MODIFIERS = new Set([
  'vice', 'deputy', 'assistant', 'associate', 'acting', 'interim', 'former', 'ex', 'late', 'then', 'prime', 'foreign',
  'defense', 'defence', 'interior', 'finance', 'justice', 'state', 'national', 'security', 'homeland', 'press',
  'chief', 'senior', 'junior', 'executive', 'general', 'attorney', 'supreme', 'majority', 'minority', 'house',
  'senate', 'top', 'presidential', 'campaign', 'communications', 'policy', 'political', 'economic', 'military',
  'white', 'republican', 'democratic', 'gop', 'party', 'field', 'regional', 'state', 'county', 'city', 'district',
  'u.s.', 'us', 'federal', 'first', 'lady', 'health', 'education', 'energy', 'labor', 'commerce', 'trade',
  'treasury', 'transportation', 'agriculture', 'intelligence', 'special', 'high', 'grand', 'secretary',
  'lead', 'principal', 'managing', 'founding', 'co', 'longtime', 'veteran', 'outgoing', 'incoming', 'newly',
  'elected', 'sitting', 'current', 'retired', 'fellow', 'running', 'vice-presidential',
]);
