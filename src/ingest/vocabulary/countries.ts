/**
 * Country names and demonyms to ISO 3166-1 alpha-2 codes, from the `world-countries`
 * package (maintained, CC-BY-SA data from mledoze/countries) plus the short forms news
 * copy uses ("U.S.", "UK", "Chinese").
 */
import countries from 'world-countries';

/** Forms the package does not list but bulletins use. */
const EXTRA_FORMS: Record<string, string> = {
  'u.s.': 'US', 'u.s': 'US', us: 'US', usa: 'US', 'u.s.a.': 'US', america: 'US', american: 'US', 'united states': 'US',
  'the united states': 'US', 'united states of america': 'US',
  uk: 'GB', 'u.k.': 'GB', britain: 'GB', 'great britain': 'GB', british: 'GB', england: 'GB', english: 'GB',
  prc: 'CN', "people's republic of china": 'CN', sino: 'CN', 'chinese mainland': 'CN',
  'russian federation': 'RU', soviet: 'RU',
  'south korea': 'KR', 'south korean': 'KR', 'republic of korea': 'KR', rok: 'KR',
  'north korea': 'KP', 'north korean': 'KP', dprk: 'KP',
  'the sudan': 'SD', 'republic of the sudan': 'SD',
  'uae': 'AE', emirati: 'AE',
  'czech republic': 'CZ', 'ivory coast': 'CI',
  'republic of congo': 'CG', 'republic of the congo': 'CG', 'congo-brazzaville': 'CG',
  'dr congo': 'CD', 'democratic republic of the congo': 'CD',
  turkish: 'TR', turkey: 'TR', 'türkiye': 'TR',
  dutch: 'NL', 'the netherlands': 'NL', holland: 'NL',
  filipino: 'PH', philippine: 'PH', swiss: 'CH', danish: 'DK', swedish: 'SE', finnish: 'FI', polish: 'PL',
  iranian: 'IR', iraqi: 'IQ', saudi: 'SA', israeli: 'IL', palestinian: 'PS', pakistani: 'PK', afghan: 'AF',
  vietnamese: 'VN', 'viet nam': 'VN', lao: 'LA', laotian: 'LA', thai: 'TH', burmese: 'MM', myanmar: 'MM',
  uzbek: 'UZ', tajik: 'TJ', kyrgyz: 'KG', kazakh: 'KZ', turkmen: 'TM', mongolian: 'MN',
  argentine: 'AR', argentinian: 'AR', brazilian: 'BR', mexican: 'MX', cuban: 'CU', chilean: 'CL', peruvian: 'PE',
  venezuelan: 'VE', colombian: 'CO', panamanian: 'PA', portuguese: 'PT', spanish: 'ES', italian: 'IT', greek: 'GR',
  german: 'DE', french: 'FR', indian: 'IN', japanese: 'JP', chinese: 'CN', russian: 'RU', ukrainian: 'UA',
  belarusian: 'BY', georgian: 'GE', armenian: 'AM', azerbaijani: 'AZ', serbian: 'RS', hungarian: 'HU',
  australian: 'AU', canadian: 'CA', 'new zealand': 'NZ', egyptian: 'EG', 'south african': 'ZA', nigerian: 'NG',
  kenyan: 'KE', ethiopian: 'ET', tanzanian: 'TZ', sudanese: 'SD', qatari: 'QA', kuwaiti: 'KW', omani: 'OM',
  bahraini: 'BH', jordanian: 'JO', syrian: 'SY', lebanese: 'LB', indonesian: 'ID', malaysian: 'MY',
  singaporean: 'SG', cambodian: 'KH', 'sri lankan': 'LK', nepalese: 'NP', bangladeshi: 'BD', austrian: 'AT',
  belgian: 'BE', irish: 'IE', norwegian: 'NO', icelandic: 'IS', croatian: 'HR', romanian: 'RO', bulgarian: 'BG',
  slovak: 'SK', slovenian: 'SI', estonian: 'EE', latvian: 'LV', lithuanian: 'LT', moldovan: 'MD', cypriot: 'CY',
  maltese: 'MT', algerian: 'DZ', moroccan: 'MA', tunisian: 'TN', libyan: 'LY', angolan: 'AO', zimbabwean: 'ZW',
  namibian: 'NA', ghanaian: 'GH', senegalese: 'SN', yemeni: 'YE',
};

const FORMS = new Map<string, string>();
for (const country of countries) {
  const code = country.cca2;
  const forms = [country.name.common, country.name.official, country.demonyms?.eng?.m, country.demonyms?.eng?.f];
  for (const form of forms) if (form) FORMS.set(form.toLowerCase(), code);
}
for (const [form, code] of Object.entries(EXTRA_FORMS)) FORMS.set(form, code);

/**
 * Answers already given, by the text as asked: the name finder asks about every capitalised
 * word of every sentence, mostly the same few hundred. `null` stands for "not a country".
 * Cleared when large, so memory stays bounded.
 */
const answers = new Map<string, string | null>();
const MAX_ANSWERS = 100_000;

/** The ISO code for a country name or demonym (`Russian`, `Russia`, `U.S.`), if known. */
export function countryCode(nameOrDemonym: string): string | undefined {
  const known = answers.get(nameOrDemonym);
  if (known !== undefined) return known ?? undefined;
  if (answers.size >= MAX_ANSWERS) answers.clear();
  const code = FORMS.get(nameOrDemonym.trim().toLowerCase().replace(/[’']s$/, ''));
  answers.set(nameOrDemonym, code ?? null);
  return code;
}

/** Every known country form, longest first, for building matchers. */
export function countryForms(): string[] {
  return [...FORMS.keys()].sort((a, b) => b.length - a.length);
}

/** The English common name of a country code (`CH` → `Switzerland`). */
export function countryName(code: string): string | undefined {
  return countries.find((country) => country.cca2 === code)?.name.common;
}
