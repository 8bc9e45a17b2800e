/**
 * Contact points written as plain text rather than links: e-mail addresses, including the forms
 * people obfuscate them in (`name [at] firm [dot] com`, `name (at) firm.com`, `name(собака)firm.com`,
 * `name @ firm . com`), and phone numbers in international or local formats (`+380 44 123 45 67`,
 * `(044) 123-45-67`, `067 123 45 67`). Numbers are kept as written: the finish step reads them with
 * the page's country (finish.ts).
 */

/** Raw e-mail addresses in `text`, de-obfuscated, in order; draftEmails validates and lower-cases them. */
export function emailsInText(text: string): string[] {
  const plain = text
    .replace(AT_WORD, '@')
    .replace(DOT_WORD, '.')
    .replace(SPACED_AT, '$1@$2')
    .replace(SPACED_DOMAIN, (domain) => domain.replace(/\s+/g, ''));
  return plain.match(EMAIL) ?? [];
}

/** `[at]`, `(at)`, `{at}`, `<at>`, `(собака)`, `[эт]`, with or without spaces around. */
const AT_WORD = /\s*[[({<]\s*(?:at|собака|соб|эт|ет)\s*[\])}>]\s*/giu;
const DOT_WORD = /\s*[[({<]\s*(?:dot|точка|крапка|тчк)\s*[\])}>]\s*/giu;
const SPACED_AT = /([\p{L}\d._%+-])\s+@\s*(?=[\p{L}\d])|(?<=[\p{L}\d])\s*@\s+([\p{L}\d])/gu;
/** `@ firm . com`: dots written with a space on both sides, so that "firm. Company" stays a sentence. */
const SPACED_DOMAIN = /@[\p{L}\d-]+(?:\s+\.\s+[\p{L}\d-]+)+/gu;
const EMAIL = /[\p{L}\d._%+-]{1,64}@[\p{L}\d-]{1,63}(?:\.[\p{L}\d-]{1,63})+/gu;

/**
 * Phone numbers in `text` as written. Only what reads as a phone: it starts with `+`, `(` or a trunk
 * `0`/`8` and has 9 to 15 digits, so that dates, prices and years are not taken for one.
 */
export function phonesInText(text: string): string[] {
  return (text.match(PHONE) ?? []).map((phone) => phone.trim()).filter((phone) => {
    const digits = phone.replace(/\D/g, '').length;
    return digits >= 9 && digits <= 15;
  });
}

const PHONE = /(?<![\w+])(?:\+\s?\d|\(\s?\d|[08]\s?\(?\d)[\d\s().-]{6,20}\d(?!\w)/gu;
