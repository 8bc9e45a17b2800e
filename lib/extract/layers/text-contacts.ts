/**
 * Contact points written as plain text rather than links: e-mail addresses, including the forms
 * people obfuscate them in (`name [at] firm [dot] com`, `name (at) firm.com`, `name(собака)firm.com`,
 * `name @ firm . com`), and phone numbers in international or local formats (`+380 44 123 45 67`,
 * `(044) 123-45-67`, `067 123 45 67`). Numbers are kept as written: the finish step reads them with
 * the page's country (finish.ts).
 */

/** Raw e-mail addresses in `text`, de-obfuscated, in order; draftEmails validates and lower-cases them. */
export function emailsInText(text: string): string[] {
  return (deobfuscateEmails(text).match(EMAIL_CANDIDATE) ?? []).map((candidate) => candidate.replace(/\.+$/, ''));
}

/** The text with the spelled-out or spaced `@` and `.` of an address written back as symbols. */
export function deobfuscateEmails(text: string): string {
  return text
    .replace(AT_WORD, '@')
    .replace(DOT_WORD, '.')
    .replace(SPACED_ADDRESS, (_address, local: string, domain: string) => `${local}@${domain.replace(/\s+\.\s+/g, '.')}`)
    .replace(SPELLED_OUT_ADDRESS, (_address, local: string, domain: string) => `${local}@${domain.replace(/\s+dot\s+/gi, '.')}`);
}

/**
 * An address as it stands in text. Every repetition is bounded (by the lengths RFC 5321 allows) and a
 * local part starts only where a word does, so that a long run of letters costs linear time, not
 * quadratic backtracking.
 */
export const EMAIL_CANDIDATE = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu;

/** `[at]`, `(at)`, `{at}`, `<at>`, `(собака)`, `[эт]`, `(равлик)`, with or without spaces around. */
const AT_WORD = /\s*[[({<]\s*(?:at|собака|собачка|соб|равлик|ат|эт|ет)\s*[\])}>]\s*/giu;
const DOT_WORD = /\s*[[({<]\s*(?:dot|точка|крапка|тчк)\s*[\])}>]\s*/giu;
/**
 * `name @ firm.com`, `name@ firm . com`: a dot in the domain counts when written with a space on both
 * sides or none, so that "me @ firm. Company" stays a sentence.
 */
const SPACED_ADDRESS =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})\s*@\s*([\p{L}\p{N}-]{1,63}(?:(?:\.|\s+\.\s+)[\p{L}\p{N}-]{1,63}){1,8})/gu;
/** `jane at acme dot com`: only with a spelled-out dot too, or every "Head of Sales at Acme" would be an address. */
const SPELLED_OUT_ADDRESS =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})\s+at\s+((?:[\p{L}\p{N}-]{1,63}\s+dot\s+){1,8}[a-z]{2,63})(?![\p{L}\p{N}])/giu;

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
