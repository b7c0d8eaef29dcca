/**
 * The words the synthetic corpus is made of: countries with the cities news copy names,
 * sentences of diplomatic prose, and the shapes of pages that are not bulletins. Data only;
 * `generate-corpus.ts` assembles bulletins from it. Every text here is invented for
 * benchmarks and scale tests, never for the archive's content.
 */

/** How bulletins name a country, and where its meetings happen. */
export interface CountryWords {
  /** The name in running text ("the United States"). */
  name: string;
  /** The name in a title ("U.S."). */
  short: string;
  /** The adjective before an office ("American"). */
  adjective: string;
  /** The capital, then other cities that host visits; names the gazetteer resolves. */
  cities: readonly string[];
}

/**
 * The countries of the people registry, as news copy writes them. People of a country
 * missing here are not used (the generator needs to say where they are from).
 */
export const COUNTRIES: Readonly<Record<string, CountryWords>> = {
  CN: { name: 'China', short: 'China', adjective: 'Chinese', cities: ['Beijing', 'Shanghai', 'Hangzhou', 'Xiamen', 'Qingdao', 'Tianjin'] },
  RU: { name: 'Russia', short: 'Russia', adjective: 'Russian', cities: ['Moscow', 'Sochi', 'Vladivostok', 'Kazan', 'Yekaterinburg'] },
  US: { name: 'the United States', short: 'U.S.', adjective: 'U.S.', cities: ['Washington', 'New York', 'San Francisco'] },
  GB: { name: 'Britain', short: 'UK', adjective: 'British', cities: ['London', 'Edinburgh'] },
  FR: { name: 'France', short: 'France', adjective: 'French', cities: ['Paris', 'Nice', 'Marseille'] },
  DE: { name: 'Germany', short: 'Germany', adjective: 'German', cities: ['Berlin', 'Munich', 'Hamburg'] },
  JP: { name: 'Japan', short: 'Japan', adjective: 'Japanese', cities: ['Tokyo', 'Osaka', 'Nagoya'] },
  IN: { name: 'India', short: 'India', adjective: 'Indian', cities: ['New Delhi', 'Mumbai', 'Bengaluru'] },
  BR: { name: 'Brazil', short: 'Brazil', adjective: 'Brazilian', cities: ['Brasilia', 'Rio de Janeiro', 'Sao Paulo'] },
  ZA: { name: 'South Africa', short: 'South Africa', adjective: 'South African', cities: ['Pretoria', 'Johannesburg', 'Cape Town'] },
  TR: { name: 'Turkey', short: 'Turkey', adjective: 'Turkish', cities: ['Ankara', 'Istanbul'] },
  PK: { name: 'Pakistan', short: 'Pakistan', adjective: 'Pakistani', cities: ['Islamabad', 'Karachi'] },
  SA: { name: 'Saudi Arabia', short: 'Saudi Arabia', adjective: 'Saudi', cities: ['Riyadh', 'Jeddah'] },
  PT: { name: 'Portugal', short: 'Portugal', adjective: 'Portuguese', cities: ['Lisbon'] },
  TZ: { name: 'Tanzania', short: 'Tanzania', adjective: 'Tanzanian', cities: ['Dodoma', 'Dar es Salaam'] },
  QA: { name: 'Qatar', short: 'Qatar', adjective: 'Qatari', cities: ['Doha'] },
  PA: { name: 'Panama', short: 'Panama', adjective: 'Panamanian', cities: ['Panama City'] },
  MY: { name: 'Malaysia', short: 'Malaysia', adjective: 'Malaysian', cities: ['Kuala Lumpur'] },
  KR: { name: 'South Korea', short: 'ROK', adjective: 'South Korean', cities: ['Seoul', 'Busan'] },
  IR: { name: 'Iran', short: 'Iran', adjective: 'Iranian', cities: ['Tehran'] },
  GH: { name: 'Ghana', short: 'Ghana', adjective: 'Ghanaian', cities: ['Accra'] },
  ES: { name: 'Spain', short: 'Spain', adjective: 'Spanish', cities: ['Madrid', 'Barcelona'] },
  DK: { name: 'Denmark', short: 'Denmark', adjective: 'Danish', cities: ['Copenhagen'] },
  AR: { name: 'Argentina', short: 'Argentina', adjective: 'Argentine', cities: ['Buenos Aires'] },
};

/** Month names as bulletins spell them. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** Weekday names, Sunday first (as `Date#getUTCDay` counts). */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/**
 * Sentences of the kind that fill a bulletin after its lead. `{A}` and `{B}` stand for the
 * two sides' names, `{AC}` and `{BC}` for their countries, `{T}` for a topic's label.
 */
export const BODY_SENTENCES: readonly string[] = [
  '{A} said that {AC} is ready to work with {BC} to implement the important consensus reached by the leaders of the two countries.',
  '{A} said that the relationship between {AC} and {BC} has maintained sound momentum of development over the past year.',
  '{B} said that {BC} attaches great importance to its relations with {AC} and is willing to deepen practical cooperation in all fields.',
  '{B} said that {BC} firmly adheres to the principle of mutual respect and is ready to strengthen communication and coordination with {AC}.',
  'The two sides agreed to expand cooperation in trade, investment, energy, agriculture and people-to-people exchanges.',
  'Both sides spoke highly of the progress made in bilateral relations and agreed to maintain close high-level exchanges.',
  '{A} stressed that the two countries should respect each other\'s core interests and major concerns.',
  '{B} noted that the two countries share broad common interests and that cooperation between them benefits both peoples.',
  'The two sides also exchanged views on international and regional issues of common concern.',
  '{A} pointed out that the international situation is undergoing profound and complex changes.',
  'Both sides agreed to enhance coordination within multilateral frameworks and to jointly safeguard the purposes of the UN Charter.',
  '{B} expressed appreciation for the hospitality of the host and looked forward to an early meeting in {BC}.',
  'The two sides signed a number of cooperation documents covering the economy, science and technology, culture and education.',
  '{A} said the two sides should make good use of the intergovernmental committee mechanism and push forward major projects.',
  '{B} said that his country is willing to work together with {AC} to promote the sound and steady development of bilateral ties.',
  'The talks were held in a frank, friendly and pragmatic atmosphere.',
  '{A} welcomed more enterprises from {BC} to invest and do business in {AC}.',
  'The two sides agreed to strengthen cooperation in public health, the digital economy and green development.',
];

/** Sentences that carry a topic; `{T}` is the topic's label as the registry gives it. */
export const TOPIC_SENTENCES: readonly string[] = [
  'The two sides had an in-depth exchange of views on the {T}.',
  '{A} briefed {B} on {AC}\'s position on the {T}.',
  '{B} said that {BC} is willing to keep close communication with {AC} on the {T}.',
  'On the {T}, both sides agreed that dialogue and consultation are the only way out.',
];

/** Footer junk of web-page dumps, as crawled. */
export const FOOTERS: readonly string[] = ['Suggest To A Friend', 'Suggset To Friend:', 'Print\nClose', 'Email | Print | Subscribe | Comments', 'Print\n\nBack to top'];

/** Breadcrumbs of web-page dumps; the `>` is wrapped in non-breaking spaces as saved. */
export const BREADCRUMBS: readonly string[] = ['Home\u00a0>\u00a0News', 'Home\u00a0>\u00a0China News', 'Home\u00a0>\u00a0Activities', 'Home > News'];

/** Spanish prose, for the pages in another language that the parser must reject. */
export const SPANISH_PARAGRAPHS: readonly string[] = [
  'El encuentro tuvo lugar al margen de la reunión de cancilleres, que se celebró en la capital durante dos días.',
  'Según un comunicado de la cancillería, los ministros valoraron altamente el desarrollo del diálogo político entre las dos naciones.',
  'El mismo día, la agencia de noticias citó al ministro informando que la próxima reunión tendrá lugar pronto.',
  'Ambas partes consideraron que las relaciones bilaterales se encuentran en su mejor momento de la historia.',
];

/** Month-by-month post counts and menus of archive listing pages. */
export const ARCHIVE_MENU: readonly string[] = ['Editor\'s Column', 'Golden Collection', 'MFA Russia News', 'All Tags', 'Archive material'];
