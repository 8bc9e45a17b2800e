/**
 * The country a page's national phone numbers belong to, from the most to the least specific sign:
 * the region of `<html lang>` ("uk-UA"), the country-code TLD of the URL, then a language spoken in
 * one country only ("uk"). Undefined when nothing is telling: a wrong guess would store a wrong number.
 */
export function inferCountry(doc: Document, location: URL | undefined): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  const [language, region] = lang.split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) return region.toUpperCase();
  return countryOfTld(location) ?? (language ? COUNTRY_OF_LANGUAGE[language] : undefined);
}

function countryOfTld(location: URL | undefined): string | undefined {
  const tld = location?.hostname.split('.').pop() ?? '';
  if (!/^[a-z]{2}$/.test(tld) || GENERIC_USE_CCTLDS.has(tld)) return undefined;
  return tld === 'uk' ? 'GB' : tld.toUpperCase();
}

/** Country-code TLDs registered worldwide as generic names (.io, .ai, .co…): they say nothing of a country. */
const GENERIC_USE_CCTLDS = new Set([
  'ac', 'ai', 'cc', 'co', 'eu', 'fm', 'gg', 'im', 'io', 'la', 'ly', 'me', 'nu', 'sh', 'so', 'tk', 'to', 'tv', 'vc', 'ws',
]);

/**
 * Languages spoken as a first language in essentially one country. Russian, English, German, Spanish
 * and the like are missing on purpose: they span many countries.
 */
const COUNTRY_OF_LANGUAGE: Record<string, string> = {
  be: 'BY',
  bg: 'BG',
  cs: 'CZ',
  da: 'DK',
  el: 'GR',
  et: 'EE',
  fi: 'FI',
  he: 'IL',
  hu: 'HU',
  hy: 'AM',
  ja: 'JP',
  ka: 'GE',
  kk: 'KZ',
  ko: 'KR',
  lt: 'LT',
  lv: 'LV',
  nb: 'NO',
  pl: 'PL',
  sk: 'SK',
  sl: 'SI',
  uk: 'UA',
};
