/** General English vocabulary for temporal expressions (no document-specific entries). */

export const MONTHS = new Map<string, number>([
  ['january', 1], ['jan', 1], ['february', 2], ['feb', 2], ['march', 3], ['mar', 3], ['april', 4], ['apr', 4],
  ['may', 5], ['june', 6], ['jun', 6], ['july', 7], ['jul', 7], ['august', 8], ['aug', 8], ['september', 9],
  ['sept', 9], ['sep', 9], ['october', 10], ['oct', 10], ['november', 11], ['nov', 11], ['december', 12], ['dec', 12],
]);
/** Abbreviations that are only months when capitalised and followed by a full stop or a day number. */
export const AMBIGUOUS_MONTH = new Set(['may', 'mar', 'jan', 'jun', 'jul', 'sep', 'dec', 'aug', 'apr', 'oct', 'nov', 'feb', 'sept', 'march']);

export const WEEKDAYS = new Map<string, number>([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
  ['mon', 1], ['tue', 2], ['tues', 2], ['wed', 3], ['thu', 4], ['thur', 4], ['thurs', 4], ['fri', 5], ['sat', 6], ['sun', 7],
]);
export const WEEKDAY_PLURALS = new Map<string, number>([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export const SEASONS = new Map<string, string>([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

export const PARTS_OF_DAY = new Map<string, string>([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

export const NUMBER_WORDS = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['dozen', 12],
]);
export const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']);
/** Vague quantities: "several years" → PXY. */
export const VAGUE_QUANTITY = new Set(['several', 'few', 'many', 'some', 'numerous', 'multiple', 'couple']);

export const ORDINALS = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
  ['twentieth', 20], ['twenty-first', 21], ['thirtieth', 30], ['thirty-first', 31],
  ['1st', 1], ['2nd', 2], ['3rd', 3], ['4th', 4], ['5th', 5], ['6th', 6], ['7th', 7], ['8th', 8], ['9th', 9],
  ['10th', 10], ['11th', 11], ['12th', 12], ['13th', 13], ['14th', 14], ['15th', 15], ['16th', 16], ['17th', 17],
  ['18th', 18], ['19th', 19], ['20th', 20], ['21st', 21], ['22nd', 22],
]);

/** Duration units → [ISO letter, multiplier, is-time-unit]. */
export const UNITS = new Map<string, [string, number, boolean]>([
  ['second', ['S', 1, true]], ['seconds', ['S', 1, true]], ['minute', ['M', 1, true]], ['minutes', ['M', 1, true]],
  ['hour', ['H', 1, true]], ['hours', ['H', 1, true]], ['day', ['D', 1, false]], ['days', ['D', 1, false]],
  ['week', ['W', 1, false]], ['weeks', ['W', 1, false]], ['fortnight', ['W', 2, false]],
  ['month', ['M', 1, false]], ['months', ['M', 1, false]], ['quarter', ['Q', 1, false]], ['quarters', ['Q', 1, false]],
  ['year', ['Y', 1, false]], ['years', ['Y', 1, false]], ['decade', ['Y', 10, false]], ['decades', ['Y', 10, false]],
  ['century', ['Y', 100, false]], ['centuries', ['Y', 100, false]], ['weekend', ['WE', 1, false]], ['weekends', ['WE', 1, false]],
  ['millennium', ['Y', 1000, false]], ['season', ['S', 1, false]],
]);
/** Letter used for a vague amount of a unit: "decades" → PXE (TimeML uses E for decades, C for centuries). */
export const VAGUE_UNIT_LETTER = new Map<string, string>([
  ['second', 'S'], ['minute', 'M'], ['hour', 'H'], ['day', 'D'], ['week', 'W'], ['month', 'M'], ['quarter', 'Q'],
  ['year', 'Y'], ['decade', 'E'], ['century', 'C'], ['weekend', 'WE'], ['fortnight', 'W'], ['millennium', 'L'],
]);
export const SINGULAR = new Map<string, string>([
  ['seconds', 'second'], ['minutes', 'minute'], ['hours', 'hour'], ['days', 'day'], ['weeks', 'week'],
  ['months', 'month'], ['quarters', 'quarter'], ['years', 'year'], ['decades', 'decade'], ['centuries', 'century'],
  ['weekends', 'weekend'],
]);

/** "every week", "weekly" → SET period. */
export const SET_ADVERBS = new Map<string, string>([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'P1D'], ['weekly', 'P1W'], ['biweekly', 'P2W'], ['monthly', 'P1M'],
  ['annually', 'P1Y'], ['yearly', 'P1Y'], ['biannually', 'P6M'],
]);

/** Words that make a bare four-digit number a quantity rather than a year. */
export const QUANTITY_NOUNS = new Set([
  'people', 'persons', 'troops', 'soldiers', 'workers', 'employees', 'jobs', 'shares', 'units', 'cars', 'vehicles',
  'homes', 'houses', 'tons', 'tonnes', 'barrels', 'miles', 'kilometers', 'kilometres', 'km', 'feet', 'meters', 'metres',
  'acres', 'points', 'percent', '%', 'dollars', 'yen', 'pounds', 'euros', 'marks', 'francs', 'members', 'students',
  'children', 'refugees', 'prisoners', 'votes', 'seats', 'delegates', 'copies', 'rooms', 'beds', 'deaths', 'cases',
  'civilians', 'police', 'officers', 'inmates', 'pages', 'words', 'passengers', 'aircraft', 'planes', 'ships',
  'tanks', 'missiles', 'rockets', 'weapons', 'guns', 'rounds', 'calories', 'square', 'hectares', 'yards', 'more',
]);

/** Markers of future reference near a date ("will", "is expected to"). */
export const FUTURE_MARKERS = new Set([
  'will', "'ll", 'shall', 'wo', 'upcoming', 'scheduled', 'expected', 'expects', 'plans', 'hopes', 'wants',
  'due', 'intends', 'going', 'slated', 'would', 'tomorrow', 'coming', 'ahead', 'aims', 'payable', 'effective',
  'expires', 'begins', 'starts', 'opens', 'ends',
]);
/** Irregular past-tense verbs of news writing ("-ed" forms are recognised by ending). */
export const IRREGULAR_PAST = new Set([
  'said', 'was', 'were', 'had', 'did', 'told', 'made', 'took', 'gave', 'went', 'came', 'met', 'held', 'left', 'won',
  'lost', 'began', 'became', 'rose', 'fell', 'sold', 'bought', 'paid', 'spent', 'brought', 'thought', 'found', 'got',
  'saw', 'ran', 'led', 'sent', 'built', 'hit', 'cut', 'struck', 'shot', 'fought', 'flew', 'fled', 'broke',
  'spoke', 'wrote', 'knew', 'drew', 'grew', 'threw', 'chose', 'froze', 'stood', 'understood', 'kept', 'felt', 'meant',
  'heard', 'sought', 'caught', 'taught', 'beat', 'bit', 'hid', 'rode', 'drove', 'woke', 'wore', 'tore', 'swore',
  'withdrew', 'overthrew', 'undertook', 'forgave', 'arose', 'dealt', 'quit', 'slid', 'sank', 'sprang', 'stole',
  'ago', 'earlier', 'last', 'yesterday', 'previously', 'former', 'formerly', 'recently',
]);
