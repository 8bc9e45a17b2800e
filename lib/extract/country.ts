import { isNode, readJsonLdNodes, valuesOf, type JsonLdNode } from './json-ld/nodes';

/**
 * The country a page's national phone numbers belong to, from the most to the least specific sign:
 * the region of `<html lang>` ("uk-UA"), the country-code TLD of the URL, a language spoken in one
 * country only ("uk"), the page's address (one country named, by itself or by its main cities), the
 * calling code of the page's own international numbers ("+380 …" beside "(044) …"). Undefined when
 * nothing is telling, or the signs disagree: a wrong guess would store a wrong number.
 */
export function inferCountry(doc: Document, location: URL | undefined, jsonLdNodes?: readonly JsonLdNode[]): string | undefined {
  const lang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase() ?? '';
  const [language, region] = lang.split(/[-_]/);
  if (region && /^[a-z]{2}$/.test(region)) return region.toUpperCase();
  const known = countryOfTld(location) ?? (language ? COUNTRY_OF_LANGUAGE[language] : undefined);
  if (known) return known;
  const text = `${addressText(doc)} ${(jsonLdNodes ?? readJsonLdNodes(doc)).flatMap((node) => postalAddresses(node, 0)).join(' ')}`;
  return onlyOne(ADDRESS_SIGNS.filter(([, sign]) => sign.test(text)).map(([country]) => country)) ?? countryOfCallingCodes(text);
}

/** The text of the page's addresses and contact landmarks, or of its body's start: where an address is written. */
function addressText(doc: Document): string {
  const regions = [...doc.querySelectorAll(ADDRESS_REGIONS)].slice(0, MAX_REGIONS);
  const texts = regions.length > 0 ? regions.map((region) => region.textContent ?? '') : [bodyStart(doc)];
  return texts.join(' ').slice(0, MAX_ADDRESS_CHARS).replace(/\s+/g, ' ');
}

/**
 * The postal addresses JSON-LD gives, written as people write them ("Sunnyvale, CA 94086, US"), so
 * that a page says the same whether its address is marked up in its text or only in its JSON-LD.
 */
function postalAddresses(node: JsonLdNode, depth: number): string[] {
  if (depth > MAX_ADDRESS_DEPTH) return [];
  const text = (key: string) => {
    const value = node[key];
    const named = isNode(value) ? value['name'] : value;
    return typeof named === 'string' ? named : '';
  };
  const own = ['addressLocality', 'addressRegion', 'postalCode', 'addressCountry'].some((key) => node[key] !== undefined)
    ? [`${text('addressLocality')}, ${text('addressRegion')} ${text('postalCode')}, ${countryWords(text('addressCountry'))}`]
    : [];
  const nested = Object.values(node).flatMap(valuesOf).filter(isNode);
  return [...own, ...nested.flatMap((child) => postalAddresses(child, depth + 1))];
}

const MAX_ADDRESS_DEPTH = 4;

/** An ISO code as the country's name ("US" → "United States"), which the address signs know. */
function countryWords(country: string): string {
  const names: Record<string, string> = { UA: 'Ukraine', KZ: 'Kazakhstan', BY: 'Belarus', RU: 'Russia', PL: 'Poland', US: 'United States', GB: 'United Kingdom', DE: 'Germany' };
  return names[country.trim().toUpperCase()] ?? country;
}

const ADDRESS_REGIONS = 'address, footer, [itemprop="address"], [class*="address" i], [class*="contact" i], [id*="contact" i]';
const MAX_REGIONS = 20;
const MAX_ADDRESS_CHARS = 20_000;
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT: parsed documents' windows may lack NodeFilter.

/** The body's first text, read node by node up to MAX_ADDRESS_CHARS: a long page is never read whole. */
function bodyStart(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_ADDRESS_CHARS; node = walker.nextNode()) text += `${node.nodeValue ?? ''} `;
  return text;
}

function onlyOne(countries: readonly string[]): string | undefined {
  const distinct = [...new Set(countries)];
  return distinct.length === 1 ? distinct[0] : undefined;
}

/** Countries as addresses name them (in English, Ukrainian and Russian), or by their main business cities. */
const ADDRESS_SIGNS: ReadonlyArray<readonly [string, RegExp]> = [
  ['UA', /\b(?:Ukraine|Kyiv|Kiev|Lviv|Kharkiv|Odesa|Dnipro)\b|Україна|Украина|Київ|Киев|Львів|Львов|Харків|Харьков|Одеса|Одесса|Дніпро|Днепр/u],
  ['KZ', /\b(?:Kazakhstan|Almaty|Astana)\b|Казахстан|Алматы|Астана/u],
  ['BY', /\b(?:Belarus|Minsk)\b|Беларусь|Білорусь|Минск|Мінськ/u],
  ['RU', /\b(?:Russia|Moscow|Saint Petersburg)\b|Россия|Москва|Санкт-Петербург/u],
  ['PL', /\b(?:Poland|Polska|Warsaw|Warszawa|Kraków|Krakow|Wrocław)\b|Польща|Польша|Варшава/u],
  ['US', /\b(?:USA|U\.S\.A\.|United States)\b|\b[A-Z]{2} \d{5}(?:-\d{4})?\b/u],
  ['GB', /\b(?:United Kingdom|London|Manchester)\b|\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/u],
  ['DE', /\b(?:Germany|Deutschland|Berlin|München|Munich|Hamburg)\b/u],
];

/** The calling code of the international numbers the page writes, when they all share one that is one country's. */
function countryOfCallingCodes(text: string): string | undefined {
  const countries = [...text.matchAll(/(?:^|[^\d+])\+\s?(\d{1,3})[\s(.-]/g)].map((match) => COUNTRY_OF_CALLING_CODE[match[1]]);
  return countries.every(Boolean) ? onlyOne(countries) : undefined;
}

/** Calling codes that belong to one country (+7 and +1 are shared, and left out). */
const COUNTRY_OF_CALLING_CODE: Record<string, string> = {
  '380': 'UA',
  '375': 'BY',
  '48': 'PL',
  '49': 'DE',
  '44': 'GB',
  '370': 'LT',
  '371': 'LV',
  '372': 'EE',
  '373': 'MD',
  '995': 'GE',
  '374': 'AM',
  '998': 'UZ',
};

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
