/** Words that make a capitalised name an organisation, and well-known organisation acronyms. */
export const ORG_WORDS = new Set([
  'agency', 'news', 'party', 'committee', 'council', 'department', 'ministry', 'army', 'navy', 'forces', 'force',
  'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'press', 'network', 'association', 'union',
  'university', 'college', 'institute', 'foundation', 'corporation', 'corp', 'corp.', 'inc', 'inc.', 'co.', 'ltd',
  'group', 'campaign', 'administration', 'senate', 'house', 'congress', 'court', 'bureau', 'office', 'commission',
  'service', 'center', 'centre', 'club', 'bank', 'company', 'fund', 'pac', 'coalition', 'league', 'organization',
  'organisation', 'nations', 'government', 'police', 'church', 'board', 'authority', 'guard', 'assembly',
  'parliament', 'cabinet', 'federation', 'alliance', 'movement', 'front', 'brigade', 'brigades', 'tv', 'radio',
  'magazine', 'channel', 'broadcasting', 'media', 'reuters', 'project', 'society', 'caucus', 'conference',
  'chamber', 'trust', 'initiative', 'watch', 'action', 'industries', 'airlines', 'systems', 'technologies',
  'partners', 'capital', 'holdings', 'labs', 'studios', 'records', 'hospital', 'school', 'academy', 'review',
  'daily', 'weekly', 'monthly', 'wire', 'examiner', 'observer', 'guardian', 'telegraph', 'independent', 'insider',
  'blog', 'report', 'poll', 'pollsters', 'research', 'analytics', 'strategies',
  'secretariat', 'directorate', 'command', 'corps', 'revolutionary', 'guards', 'council', 'senate', 'state',
  // what wire and business copy calls a company or a body when it is the subject: "The firm denied …"
  'firm', 'charity', 'regulator', 'watchdog', 'airline', 'insurer', 'retailer', 'lender', 'broadcaster', 'carmaker',
]);

/** Single-word organisations written without an organisation word. */
export const KNOWN_ORGS = new Set([
  'cnn', 'msnbc', 'nbc', 'abc', 'cbs', 'fox', 'pbs', 'npr', 'bbc', 'ap', 'afp', 'upi', 'reuters', 'bloomberg',
  'fbi', 'cia', 'nsa', 'irs', 'epa', 'pentagon', 'nato', 'un', 'eu', 'opec', 'gop', 'dnc', 'rnc', 'aclu', 'naacp',
  'nra', 'isis', 'isil', 'daesh', 'hezbollah', 'hamas', 'taliban', 'google', 'facebook', 'twitter', 'apple',
  'microsoft', 'amazon', 'gallup', 'quinnipiac', 'congress', 'kremlin', 'vatican',
  'interpol', 'fec', 'sec', 'doj', 'dhs', 'wikileaks', 'univision', 'telemundo', 'cnbc', 'c-span', 'axios',
  'buzzfeed', 'salon', 'slate', 'vox', 'yahoo', 'twitter', 'instagram', 'youtube', 'senate', 'parliament',
]);

/** Capitalised plurals that name groups ("Democrats", "Republicans"). */
export const GROUP_NAMES = new Set(['democrats', 'republicans', 'conservatives', 'liberals', 'progressives',
  'independents', 'evangelicals', 'americans', 'europeans', 'muslims', 'christians', 'jews', 'catholics',
  'latinos', 'hispanics', 'democrat', 'libertarians', 'socialists', 'communists', 'sunnis', 'shiites', 'kurds']);
