/**
 * Field values in the forms the draft contract (CONTRACT.md §2) asks for, shared by every layer.
 */
import { normaliseEmail } from '@/lib/canonical/email';
import {
  canonicalGithubUrl,
  canonicalLinkedInCompanyUrl,
  canonicalLinkedInPersonUrl,
  canonicalXUrl,
} from '@/lib/canonical/profiles';
import { cleanText, TEXT_LIMITS } from './clean-text';
import { COMPANY_SIZES, type CompanySize, type ProspectPerson } from './types';

/** How many e-mails or phones one draft keeps: a page with more is a directory, not a prospect. */
export const MAX_CONTACT_POINTS = 20;

/** How many prospects one page lists: a page with more is a directory, and its first ones are kept. */
export const MAX_LISTED_PROSPECTS = 100;

/** Valid, normalised e-mail addresses from raw values (with or without `mailto:`), in order, without repeats. */
export function draftEmails(raws: readonly string[]): string[] {
  return unique(raws.map(normaliseEmail));
}

/**
 * Phone numbers as the page writes them (whitespace collapsed), in order, without repeats, minus
 * text too short to be one. Reading them takes the phone metadata, too big to inject into pages:
 * `draftPhones` (finish.ts) does that.
 */
export function writtenPhones(raws: readonly string[]): string[] {
  const texts = raws.map((raw) => cleanText(raw, TEXT_LIMITS.contactPoint));
  return unique(texts.filter((text) => text && text.replace(/\D/g, '').length >= MIN_PHONE_DIGITS));
}

/** The fewest digits of a valid number (a national number in Niue, say): text with fewer is none. */
const MIN_PHONE_DIGITS = 4;

/**
 * An absolute http(s) URL, resolved against `base`; anything else (javascript:, data:, junk) is
 * refused, and so is one that percent-encoding makes longer than a URL field holds.
 */
export function webUrl(raw: string | null | undefined, base?: string): string | undefined {
  const text = cleanText(raw, TEXT_LIMITS.url);
  if (!text) return undefined;
  try {
    const url = new URL(text, base);
    const isWeb = url.protocol === 'https:' || url.protocol === 'http:';
    return isWeb && url.href.length <= TEXT_LIMITS.url ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** A website as its owner gives it: without the campaign parameters a directory adds (`?utm_source=crunchbase`). */
export function withoutTracking(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const parsed = new URL(url);
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAMETER.test(key)) parsed.searchParams.delete(key);
  return parsed.href.replace(/\?$/, '');
}

const TRACKING_PARAMETER = /^(?:utm_\w+|ref|fbclid|gclid|trk)$/i;

/** "Алматы, Алматы" → "Алматы": LinkedIn writes a city that is its own region twice. */
export function withoutRepeatedParts(location: string | undefined): string | undefined {
  return location && unique(location.split(/\s*,\s*/)).join(', ');
}

type ProfileLinks = Pick<ProspectPerson, 'linkedinUrl' | 'twitterUrl' | 'githubUrl' | 'websiteUrl'>;

/**
 * Sorts a person's links (schema.org `sameAs`/`url`, h-card `u-url`) into the profile fields, in
 * canonical form; the first link that is no known profile becomes the website.
 */
export function profileLinks(urls: readonly string[]): ProfileLinks {
  const links: ProfileLinks = {};
  for (const url of urls) {
    const linkedinUrl = canonicalLinkedInPersonUrl(url);
    const twitterUrl = canonicalXUrl(url);
    const githubUrl = canonicalGithubUrl(url);
    links.linkedinUrl ??= linkedinUrl;
    links.twitterUrl ??= twitterUrl;
    links.githubUrl ??= githubUrl;
    if (!linkedinUrl && !twitterUrl && !githubUrl && !isSocialProfile(url)) links.websiteUrl ??= url;
  }
  return links;
}

/** The first LinkedIn company page among `urls`, in canonical form. */
export function companyLinkedInUrl(urls: readonly string[]): string | undefined {
  return urls.map(canonicalLinkedInCompanyUrl).find(Boolean);
}

/** Company and social pages that are never a website of the person or company themselves. */
export function isSocialProfile(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^(www|m|mobile)\./, '');
    return SOCIAL_HOSTS.some((social) => host === social || host.endsWith(`.${social}`));
  } catch {
    return false;
  }
}

const SOCIAL_HOSTS = [
  'linkedin.com',
  'x.com',
  'twitter.com',
  'github.com',
  'facebook.com',
  'instagram.com',
  'youtube.com',
  'tiktok.com',
  'crunchbase.com',
  't.me',
  'telegram.me',
];

/** Upper bound of each employee range of COMPANY_SIZES, in order. */
const SIZE_UPPER_BOUNDS = [10, 50, 200, 500, 1000, 5000, 10000, Infinity];

/** The employee range that holds `count` employees. */
export function companySizeFor(count: number): CompanySize | undefined {
  if (!Number.isFinite(count) || count < 1) return undefined;
  return COMPANY_SIZES[SIZE_UPPER_BOUNDS.findIndex((upper) => count <= upper)];
}

/**
 * A location as people write it ("Kyiv, Ukraine"), most specific part first. An ISO country code
 * ("UA") becomes the English country name; a repeated part is kept once.
 */
export function composeLocation(
  locality: string | undefined,
  region: string | undefined,
  country: string | undefined,
): string | undefined {
  const countryText = cleanText(country, TEXT_LIMITS.location);
  const parts = unique([locality, region].map((part) => cleanText(part, TEXT_LIMITS.location)));
  return cleanText([...parts, countryText && countryName(countryText)].filter(Boolean).join(', '), TEXT_LIMITS.location);
}

function countryName(country: string): string {
  if (!/^[A-Za-z]{2}$/.test(country)) return country;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(country.toUpperCase()) ?? country;
  } catch {
    return country;
  }
}

/** Sets each of `values` that `target` lacks; true when it set any. */
export function fillBlanks<T extends object>(target: T, values: Partial<T>): boolean {
  let filled = false;
  for (const key of Object.keys(values) as Array<keyof T>) {
    const value = values[key];
    if (target[key] === undefined && value !== undefined) {
      target[key] = value as T[keyof T];
      filled = true;
    }
  }
  return filled;
}

/** Defined values in first-seen order, without repeats. */
export function unique<T>(values: ReadonlyArray<T | undefined>): T[] {
  return [...new Set(values.filter((value): value is T => value !== undefined))];
}
