/** Countries, their demonyms, U.S. states and well-known cities: locations and affiliations. */

/** Country → demonym adjectives (first is the usual one). */
const COUNTRIES: [string, string[]][] = [
  ['United States', ['American', 'U.S.', 'US']], ['Iran', ['Iranian']], ['Syria', ['Syrian']], ['Iraq', ['Iraqi']],
  ['Russia', ['Russian']], ['China', ['Chinese']], ['Israel', ['Israeli']], ['Palestine', ['Palestinian']],
  ['Egypt', ['Egyptian']], ['Turkey', ['Turkish']], ['Saudi Arabia', ['Saudi']], ['Jordan', ['Jordanian']],
  ['Lebanon', ['Lebanese']], ['Yemen', ['Yemeni']], ['Qatar', ['Qatari']], ['Kuwait', ['Kuwaiti']],
  ['Afghanistan', ['Afghan']], ['Pakistan', ['Pakistani']], ['India', ['Indian']], ['Japan', ['Japanese']],
  ['North Korea', ['North Korean']], ['South Korea', ['South Korean']], ['Korea', ['Korean']],
  ['Vietnam', ['Vietnamese']], ['Indonesia', ['Indonesian']], ['Philippines', ['Filipino', 'Philippine']],
  ['Australia', ['Australian']], ['New Zealand', ['New Zealander']], ['Canada', ['Canadian']],
  ['Mexico', ['Mexican']], ['Cuba', ['Cuban']], ['Venezuela', ['Venezuelan']], ['Brazil', ['Brazilian']],
  ['Argentina', ['Argentine', 'Argentinian']], ['Colombia', ['Colombian']], ['Chile', ['Chilean']], ['Peru', ['Peruvian']],
  ['United Kingdom', ['British', 'U.K.', 'UK']], ['Britain', ['British']], ['England', ['English']],
  ['Scotland', ['Scottish']], ['Ireland', ['Irish']], ['France', ['French']], ['Germany', ['German']],
  ['Italy', ['Italian']], ['Spain', ['Spanish']], ['Portugal', ['Portuguese']], ['Netherlands', ['Dutch']],
  ['Belgium', ['Belgian']], ['Switzerland', ['Swiss']], ['Austria', ['Austrian']], ['Sweden', ['Swedish']],
  ['Norway', ['Norwegian']], ['Denmark', ['Danish']], ['Finland', ['Finnish']], ['Poland', ['Polish']],
  ['Ukraine', ['Ukrainian']], ['Greece', ['Greek']], ['Hungary', ['Hungarian']], ['Romania', ['Romanian']],
  ['Czech Republic', ['Czech']], ['Serbia', ['Serbian']], ['Libya', ['Libyan']], ['Tunisia', ['Tunisian']],
  ['Algeria', ['Algerian']], ['Morocco', ['Moroccan']], ['Nigeria', ['Nigerian']], ['Kenya', ['Kenyan']],
  ['Ethiopia', ['Ethiopian']], ['Somalia', ['Somali']], ['Sudan', ['Sudanese']], ['South Africa', ['South African']],
  ['Bahrain', ['Bahraini']], ['Oman', ['Omani']], ['United Arab Emirates', ['Emirati']], ['Belarus', ['Belarusian']],
  ['Georgia', ['Georgian']], ['Armenia', ['Armenian']], ['Azerbaijan', ['Azerbaijani']], ['Kazakhstan', ['Kazakh']],
  ['Taiwan', ['Taiwanese']], ['Thailand', ['Thai']], ['Malaysia', ['Malaysian']], ['Singapore', ['Singaporean']],
  ['Bangladesh', ['Bangladeshi']], ['Sri Lanka', ['Sri Lankan']], ['Nepal', ['Nepalese']], ['Myanmar', ['Burmese']],
  ['Haiti', ['Haitian']], ['Honduras', ['Honduran']], ['Guatemala', ['Guatemalan']], ['El Salvador', ['Salvadoran']],
  ['Nicaragua', ['Nicaraguan']], ['Panama', ['Panamanian']], ['Dominican Republic', ['Dominican']],
  ['Puerto Rico', ['Puerto Rican']], ['Europe', ['European']], ['Africa', ['African']], ['Asia', ['Asian']],
];

const US_STATES = ['Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming'];

const CITIES = ['Washington', 'New York', 'Los Angeles', 'Chicago', 'Houston', 'Philadelphia', 'Boston', 'Miami',
  'Atlanta', 'Dallas', 'Denver', 'Seattle', 'San Francisco', 'Detroit', 'Cleveland', 'Las Vegas', 'Baltimore',
  'London', 'Paris', 'Berlin', 'Moscow', 'Beijing', 'Tokyo', 'Tehran', 'Damascus', 'Baghdad', 'Cairo', 'Jerusalem',
  'Tel Aviv', 'Beirut', 'Ankara', 'Istanbul', 'Riyadh', 'Doha', 'Dubai', 'Kabul', 'Islamabad', 'New Delhi', 'Delhi',
  'Brussels', 'Rome', 'Madrid', 'Vienna', 'Geneva', 'Kiev', 'Kyiv', 'Warsaw', 'Athens', 'Ottawa', 'Toronto',
  'Mexico City', 'Havana', 'Caracas', 'Aleppo', 'Mosul', 'Homs', 'Raqqa', 'Idlib', 'Gaza', 'Sanaa', 'Amman',
  'Seoul', 'Pyongyang', 'Manila', 'Jakarta', 'Bangkok', 'Hong Kong', 'Sydney', 'Des Moines', 'Manchester',
  'Phoenix', 'Orlando', 'Tampa', 'Charlotte', 'Pittsburgh', 'Milwaukee', 'Columbus', 'Cincinnati', 'Richmond'];

/** Lower-case location name → canonical name. */
export const LOCATIONS: Map<string, string> = new Map();
/** Lower-case demonym → country. */
export const DEMONYMS: Map<string, string> = new Map();
for (const [c, ds] of COUNTRIES) {
  LOCATIONS.set(c.toLowerCase(), c);
  for (const d of ds) DEMONYMS.set(d.toLowerCase(), c);
}
for (const s of [...US_STATES, ...CITIES]) LOCATIONS.set(s.toLowerCase(), s);
// AP-style state abbreviations ("Springfield, Ill.", "(D-Calif.)")
for (const [abbr, state] of Object.entries({
  'ala.': 'Alabama', 'ariz.': 'Arizona', 'ark.': 'Arkansas', 'calif.': 'California', 'colo.': 'Colorado',
  'conn.': 'Connecticut', 'del.': 'Delaware', 'fla.': 'Florida', 'ga.': 'Georgia', 'ill.': 'Illinois', 'ind.': 'Indiana',
  'kan.': 'Kansas', 'ky.': 'Kentucky', 'la.': 'Louisiana', 'md.': 'Maryland', 'mass.': 'Massachusetts', 'mich.': 'Michigan',
  'minn.': 'Minnesota', 'miss.': 'Mississippi', 'mo.': 'Missouri', 'mont.': 'Montana', 'neb.': 'Nebraska', 'nev.': 'Nevada',
  'n.h.': 'New Hampshire', 'n.j.': 'New Jersey', 'n.m.': 'New Mexico', 'n.y.': 'New York', 'n.c.': 'North Carolina',
  'n.d.': 'North Dakota', 'okla.': 'Oklahoma', 'ore.': 'Oregon', 'pa.': 'Pennsylvania', 'r.i.': 'Rhode Island',
  's.c.': 'South Carolina', 's.d.': 'South Dakota', 'tenn.': 'Tennessee', 'vt.': 'Vermont', 'va.': 'Virginia',
  'wash.': 'Washington', 'w.va.': 'West Virginia', 'wis.': 'Wisconsin', 'wyo.': 'Wyoming',
})) LOCATIONS.set(abbr, state);
LOCATIONS.set('u.s.', 'United States');
LOCATIONS.set('u.s', 'United States');
LOCATIONS.set('us', 'United States');
LOCATIONS.set('usa', 'United States');
LOCATIONS.set('america', 'United States');
LOCATIONS.set('uk', 'United Kingdom');
LOCATIONS.set('u.k.', 'United Kingdom');

/** Longest location name in tokens (for multi-word matching). */
export const MAX_LOCATION_TOKENS = 3;
