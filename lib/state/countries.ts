import { getCountries, getCountryCallingCode } from 'libphonenumber-js/min';

export interface CountryOption {
  /** ISO 3166-1 alpha-2, as the phone parser expects it. */
  code: string;
  /** "Ukraine (+380)" */
  label: string;
}

/** Every country the phone parser knows, by English name, with its calling code. */
export function listCountries(): CountryOption[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  return getCountries()
    .map((code) => ({ code, label: `${names.of(code) ?? code} (+${getCountryCallingCode(code)})` }))
    .toSorted((a, b) => a.label.localeCompare(b.label, 'en'));
}
