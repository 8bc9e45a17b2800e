/**
 * Person and company names in the forms de-duplication compares (CRM.md §6.4): normalised, and
 * Cyrillic written in Latin letters the Ukrainian and the Russian way.
 */

/** NFKD without diacritics, lower-cased, punctuation gone, spaces collapsed: 'José  O’Neil' → 'jose oneil'. */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Legal forms that say nothing about which company it is (English, EU, Ukrainian and Russian). */
const LEGAL_SUFFIXES = new Set([
  'the', 'inc', 'incorporated', 'corp', 'corporation', 'llc', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'sa', 'sas',
  'srl', 'bv', 'nv', 'pty', 'co', 'company', 'тов', 'ооо', 'пп', 'ат', 'пат', 'прат', 'зао', 'оао', 'пао', 'ао', 'фоп', 'ип',
]);

/** A company name without its legal form: 'The Acme Corp.' and 'ACME, Inc' are both 'acme'. */
export function normaliseCompanyName(name: string): string {
  return normaliseName(name)
    .split(' ')
    .filter((word) => !LEGAL_SUFFIXES.has(word))
    .join(' ');
}

const SHARED: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', д: 'd', е: 'e', ж: 'zh', з: 'z', й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ь: '', ъ: '',
  ю: 'iu', я: 'ia', '’': '', "'": '',
};
/** The Ukrainian national transliteration (2010): Олександр → oleksandr, Ірина → iryna, Григорій → hryhorii. */
const UKRAINIAN: Record<string, string> = { ...SHARED, г: 'h', ґ: 'g', и: 'y', і: 'i', ї: 'i', є: 'ie', ы: 'y', э: 'e', ё: 'e' };
/** The common Russian passport style: Александр → aleksandr, Ирина → irina, Григорий → grigorii. */
const RUSSIAN: Record<string, string> = { ...SHARED, г: 'g', ґ: 'g', и: 'i', і: 'i', ї: 'i', є: 'e', ы: 'y', э: 'e', ё: 'e' };

/**
 * The Latin spellings a name may have: itself when it has no Cyrillic, else its Ukrainian and
 * Russian transliterations (one name is often spelled both ways: Iryna and Irina).
 */
export function latinSpellings(name: string): string[] {
  const normalised = normaliseName(name);
  if (!/\p{Script=Cyrillic}/u.test(normalised)) return [normalised];
  return [...new Set([UKRAINIAN, RUSSIAN].map((table) => [...normalised].map((letter) => table[letter] ?? letter).join('')))];
}

/**
 * A coarse sound skeleton of a Latin name, the same for the usual spellings of one name: digraphs
 * first (sh, ch, kh, ts…), then w → v, h → g, c/q → k, vowels (and y, j) dropped, repeats collapsed.
 * Shevchenko and Шевченко give 'svsnk', Hryhorenko and Grigorenko 'grgrnk'. Only used to find
 * candidates; the score decides.
 */
export function nameSkeleton(latin: string): string {
  return latin
    .replace(/shch/g, 's')
    .replace(/sch/g, 's')
    .replace(/[sz]h/g, 's')
    .replace(/kh/g, 'g')
    .replace(/ts|tz/g, 's')
    .replace(/ch/g, 's')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/h/g, 'g')
    .replace(/[cq]/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/z/g, 's')
    .replace(/[aeiouyj\s]/g, '')
    .replace(/(.)\1+/g, '$1');
}

/** Jaro-Winkler similarity, 0..1, with the usual prefix scale 0.1 over at most 4 letters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = matchedB[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
