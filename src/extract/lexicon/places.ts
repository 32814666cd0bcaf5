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
  // the rest of the world's countries (a name that is mostly a given name, such as Chad, is left out)
  ['Albania', ['Albanian']], ['Kosovo', ['Kosovar']], ['Bosnia', ['Bosnian']], ['Croatia', ['Croatian']],
  ['Slovenia', ['Slovenian', 'Slovene']], ['Slovakia', ['Slovak']], ['Bulgaria', ['Bulgarian']], ['Moldova', ['Moldovan']],
  ['Macedonia', ['Macedonian']], ['North Macedonia', ['Macedonian']], ['Montenegro', ['Montenegrin']],
  ['Estonia', ['Estonian']], ['Latvia', ['Latvian']], ['Lithuania', ['Lithuanian']], ['Iceland', ['Icelandic']],
  ['Luxembourg', ['Luxembourgish']], ['Cyprus', ['Cypriot']], ['Malta', ['Maltese']], ['Monaco', ['Monegasque']],
  ['Vatican', []], ['Liechtenstein', []], ['Andorra', ['Andorran']], ['San Marino', []],
  ['Uzbekistan', ['Uzbek']], ['Turkmenistan', ['Turkmen']], ['Kyrgyzstan', ['Kyrgyz']], ['Tajikistan', ['Tajik']],
  ['Mongolia', ['Mongolian']], ['Cambodia', ['Cambodian']], ['Laos', ['Laotian']], ['Brunei', []],
  ['East Timor', ['Timorese']], ['Papua New Guinea', []], ['Fiji', ['Fijian']], ['Bhutan', ['Bhutanese']],
  ['Maldives', ['Maldivian']], ['Tanzania', ['Tanzanian']], ['Uganda', ['Ugandan']], ['Rwanda', ['Rwandan']],
  ['Burundi', ['Burundian']], ['Congo', ['Congolese']], ['Angola', ['Angolan']], ['Mozambique', ['Mozambican']],
  ['Zambia', ['Zambian']], ['Zimbabwe', ['Zimbabwean']], ['Malawi', ['Malawian']], ['Namibia', ['Namibian']],
  ['Botswana', []], ['Lesotho', []], ['Eswatini', []], ['Swaziland', []], ['Madagascar', ['Malagasy']],
  ['Mauritius', ['Mauritian']], ['Eritrea', ['Eritrean']], ['Djibouti', []], ['South Sudan', ['South Sudanese']],
  ['Ghana', ['Ghanaian']], ['Senegal', ['Senegalese']], ['Mali', ['Malian']], ['Niger', []], ['Mauritania', ['Mauritanian']],
  ['Burkina Faso', []], ['Ivory Coast', ['Ivorian']], ['Liberia', ['Liberian']], ['Sierra Leone', ['Sierra Leonean']],
  ['Guinea', ['Guinean']], ['Gambia', ['Gambian']], ['Benin', []], ['Togo', ['Togolese']], ['Cameroon', ['Cameroonian']],
  ['Gabon', ['Gabonese']], ['Central African Republic', []], ['Equatorial Guinea', []],
  ['Bolivia', ['Bolivian']], ['Ecuador', ['Ecuadorian', 'Ecuadoran']], ['Paraguay', ['Paraguayan']],
  ['Uruguay', ['Uruguayan']], ['Guyana', ['Guyanese']], ['Suriname', []], ['Costa Rica', ['Costa Rican']],
  ['Belize', []], ['Jamaica', ['Jamaican']], ['Trinidad and Tobago', []], ['Bahamas', []], ['Barbados', []],
  ['Greenland', []], ['Palestinian Territories', []], ['West Bank', []], ['Gaza Strip', []],
  ['Chechnya', ['Chechen']], ['Crimea', []], ['Kashmir', ['Kashmiri']], ['Tibet', ['Tibetan']], ['Kurdistan', []],
  ['Serbia and Montenegro', []], ['Yugoslavia', ['Yugoslav']], ['Soviet Union', ['Soviet']], ['Czechoslovakia', []],
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
  'Phoenix', 'Orlando', 'Tampa', 'Charlotte', 'Pittsburgh', 'Milwaukee', 'Columbus', 'Cincinnati', 'Richmond',
  // capitals and the cities that wire datelines name most
  'Nairobi', 'Dar es Salaam', 'Addis Ababa', 'Khartoum', 'Mogadishu', 'Kampala', 'Kigali', 'Kinshasa', 'Luanda',
  'Harare', 'Lusaka', 'Johannesburg', 'Cape Town', 'Pretoria', 'Lagos', 'Abuja', 'Accra', 'Dakar', 'Tripoli', 'Benghazi',
  'Tunis', 'Algiers', 'Rabat', 'Casablanca', 'Nicosia', 'Budapest', 'Prague', 'Belgrade', 'Pristina', 'Sarajevo',
  'Zagreb', 'Ljubljana', 'Bratislava', 'Bucharest', 'Sofia', 'Skopje', 'Tirana', 'Chisinau', 'Minsk', 'Vilnius',
  'Riga', 'Tallinn', 'Helsinki', 'Stockholm', 'Oslo', 'Copenhagen', 'Reykjavik', 'Amsterdam', 'The Hague',
  'Rotterdam', 'Luxembourg', 'Frankfurt', 'Munich', 'Hamburg', 'Bonn', 'Zurich', 'Milan', 'Naples', 'Barcelona',
  'Lisbon', 'Dublin', 'Belfast', 'Edinburgh', 'Glasgow', 'Strasbourg', 'Marseille', 'Lyon', 'Tbilisi', 'Yerevan',
  'Baku', 'Almaty', 'Astana', 'Tashkent', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Karachi', 'Lahore', 'Mumbai', 'Bombay',
  'Kolkata', 'Calcutta', 'Chennai', 'Bangalore', 'Dhaka', 'Colombo', 'Kathmandu', 'Yangon', 'Rangoon', 'Hanoi',
  'Phnom Penh', 'Vientiane', 'Kuala Lumpur', 'Taipei', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Osaka', 'Canberra',
  'Melbourne', 'Auckland', 'Wellington', 'Ulan Bator', 'Bogota', 'Lima', 'Santiago', 'Buenos Aires', 'Sao Paulo',
  'Rio de Janeiro', 'Brasilia', 'Quito', 'La Paz', 'Montevideo', 'Asuncion', 'San Juan', 'San Salvador',
  'Tegucigalpa', 'Managua', 'Guatemala City', 'Panama City', 'Kingston', 'Port-au-Prince', 'Santo Domingo',
  'Montreal', 'Vancouver', 'Quebec', 'Jeddah', 'Mecca', 'Medina', 'Abu Dhabi', 'Muscat', 'Manama', 'Kuwait City',
  'Basra', 'Kirkuk', 'Fallujah', 'Ramadi', 'Tikrit', 'Erbil', 'Ramallah', 'Hebron', 'Bethlehem', 'Haifa', 'Kandahar',
  'Herat', 'Peshawar', 'Quetta', 'Mazar-i-Sharif', 'Aden', 'Benghazi', 'Grozny', 'Sevastopol', 'Donetsk', 'Luhansk',
  'Odessa', 'St. Petersburg', 'Vladivostok', 'New Orleans', 'San Diego', 'San Antonio', 'Austin', 'Nashville',
  'Memphis', 'St. Louis', 'Kansas City', 'Minneapolis', 'Indianapolis', 'Louisville', 'Sacramento', 'Portland',
  'Salt Lake City', 'Albuquerque', 'Tucson', 'Oklahoma City', 'Honolulu', 'Anchorage', 'Buffalo', 'Newark',
  'Hartford', 'Providence', 'Raleigh', 'Charleston', 'Savannah', 'Jacksonville', 'Birmingham', 'Little Rock',
  'Omaha', 'Boise', 'Cheyenne', 'Fargo', 'Sioux Falls', 'Madison', 'Springfield', 'Albany', 'Trenton', 'Annapolis'];

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

/** Two-letter postal codes of the US states, as party tags write them ("R-WI", "D-NY"). */
export const US_POSTAL: Map<string, string> = new Map(Object.entries({
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming',
}));
