// Stand-ins until lib/canonical lands; replaced by its functions, never shipped.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export function canonicalEmail(raw: string): string | undefined {
  const value = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value) ? value : undefined;
}

export function canonicalPhone(raw: string, defaultCountry?: string): string | undefined {
  const phone = parsePhoneNumberFromString(raw, defaultCountry as CountryCode | undefined);
  return phone?.isValid() ? phone.number : undefined;
}

function pathSegment(raw: string | undefined, host: RegExp, prefix: string): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    if (!host.test(url.hostname)) return undefined;
    const [first, second] = url.pathname.split('/').filter(Boolean);
    if (prefix) return first === prefix && second ? decodeURIComponent(second).toLowerCase() : undefined;
    return first ? first.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export const linkedinSlug = (url?: string) => pathSegment(url, /(^|\.)linkedin\.com$/, 'in');
export const githubLogin = (url?: string) => pathSegment(url, /^(www\.)?github\.com$/, '');
export const xHandle = (url?: string) => pathSegment(url, /^(www\.)?(x|twitter)\.com$/, '');
