import { cleanText, TEXT_LIMITS } from './clean-text';
import type { PageKind } from './types';

/**
 * A page title without what the site adds to it: the unread-notification counter ("(3) ") and the
 * site name after the last separator (" | LinkedIn", " · GitHub", " / X").
 */
export function cleanDocumentTitle(title: string, siteName?: string): string | undefined {
  const text = cleanText(title, TEXT_LIMITS.headline)?.replace(/^\(\d+\+?\)\s*/, '');
  if (!text) return undefined;
  const suffix = /\s+[|·•/–—-]\s+([^|·•/–—-]+)$/.exec(text);
  const isSiteName = suffix && (SITE_NAMES.has(suffix[1].toLowerCase()) || suffix[1] === siteName);
  return cleanText(isSiteName ? text.slice(0, suffix.index) : text, TEXT_LIMITS.headline);
}

const SITE_NAMES = new Set(['linkedin', 'github', 'x', 'twitter', 'crunchbase']);

/**
 * The person's name in the cleaned title of their profile page, where each site adds its own decoration:
 * "Olena Kovalenko - Finlytics" (LinkedIn public), "Jane Doe (@jane) on X" or "Jane Doe on X: “…”" (X),
 * "jdoe (Jane Doe)" (GitHub).
 */
export function nameFromProfileTitle(cleanedTitle: string, kind: PageKind): string | undefined {
  return cleanText(undecoratedName(cleanedTitle, kind), TEXT_LIMITS.name);
}

function undecoratedName(title: string, kind: PageKind): string {
  switch (kind) {
    case 'linkedin-person':
      return title.split(' - ')[0];
    case 'x':
      return /^(.+?)\s*\(@\w{1,15}\)/.exec(title)?.[1] ?? title.replace(/ on (?:X|Twitter)(?::.*)?$/s, '');
    case 'github':
      return /^[\w-]{1,39} \((.+)\)$/.exec(title)?.[1] ?? title;
    default:
      return title;
  }
}

/** The full name from its parts, when a page gives only those (schema.org givenName, og profile tags). */
export function joinName(firstName: string | undefined, lastName: string | undefined): string | undefined {
  return cleanText(`${firstName ?? ''} ${lastName ?? ''}`, TEXT_LIMITS.name);
}

/**
 * First and last name of a full name written first-name-first: the first word (after an honorific), and the rest; a
 * Ukrainian or Russian name with its patronymic in either order. Credentials after a comma ("Jane Doe,
 * PhD") are no part of either. Undefined for a single word.
 */
export function splitFullName(fullName: string): { firstName: string; lastName: string } | undefined {
  const words = fullName.split(',')[0].trim().split(/\s+/).filter((word, index) => !(index === 0 && HONORIFIC.test(word)));
  if (words.length < 2) return undefined;
  // First name, patronymic, surname ("Марина Петровна Лукашевич"): the patronymic is no part of either.
  if (words.length === 3 && PATRONYMIC.test(words[1])) return { firstName: words[0], lastName: words[2] };
  // Ukrainian and Russian official order: surname, first name, patronymic ("Соколов Дмитрий Андреевич").
  if (words.length === 3 && PATRONYMIC.test(words[2])) return { firstName: words[1], lastName: words[0] };
  return { firstName: words[0], lastName: words.slice(1).join(' ') };
}

/** A title before a name ("Dr. Jane Doe"): no part of the first name. */
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|д-р|проф)\.$|^(?:dr|prof|mr|mrs|ms|mx)$/i;

/**
 * Patronymics end so: -ович, -евич, -ич, -овна, -евна, -ична, -івна, -ївна. Cyrillic only: written in
 * Latin letters, "-ovich" is as often a surname (Jovanovich).
 */
const PATRONYMIC = /^\p{Lu}\p{Ll}+(?:ич|овна|евна|ична|івна|ївна)$/u;
