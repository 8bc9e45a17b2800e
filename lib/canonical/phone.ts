// libphonenumber's metadata is large: import this module only where drafts are finished, never in
// code the capture script injects into pages (lib/extract/read.ts).
import { isSupportedCountry, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

/**
 * E.164 (`+380441234567`) when the number is valid, read as international when written with `+` or
 * `00`, else as a national number of `countryHint` (ISO 3166 alpha-2). Undefined when it cannot be
 * made valid: the caller decides what to keep.
 */
export function normalisePhone(raw: string, countryHint?: string): string | undefined {
  const written = raw.trim().replace(/^00/, '+');
  if (!written || written.length > MAX_PHONE_LENGTH) return undefined;
  const country = countryHint?.toUpperCase();
  const defaultCountry = country && isSupportedCountry(country) ? (country as CountryCode) : undefined;
  const phone = parsePhoneNumberFromString(written, defaultCountry);
  return phone?.isValid() ? phone.number : undefined;
}

const MAX_PHONE_LENGTH = 40;
