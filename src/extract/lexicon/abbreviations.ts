/** Abbreviations after which a full stop does not end a sentence (lower-case, without the dot). */
export const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm',
  'cmdr', 'pres', 'sec', 'amb', 'rev', 'fr', 'st', 'sr', 'jr', 'hon', 'supt', 'insp', 'det', 'atty',
  'messrs', 'mme', 'mlle', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'vs', 'v', 'no', 'nos', 'inc',
  'corp', 'co', 'ltd', 'dept', 'univ', 'assn', 'bros', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat',
  'sun', 'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans',
  'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa',
  'tenn', 'tex', 'va', 'vt', 'wash', 'wis', 'wyo', 'a.m', 'p.m', 'approx', 'est', 'ft', 'mt', 'ave',
  'blvd', 'rd', 'p', 'pp', 'fig', 'al',
]);

/** US state abbreviations: they end a sentence when a sentence opener follows ("Hartford, Conn. The …"). */
export const STATE_ABBREVIATIONS = new Set(['ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind',
  'kan', 'kans', 'ky', 'la', 'md', 'mass', 'mich', 'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn',
  'tex', 'va', 'vt', 'wash', 'wis', 'wyo']);
