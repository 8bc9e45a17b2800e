import { asciiHost } from './host';

/**
 * The strict e-mail key of CRM.md §6.1: trimmed, NFC, local part and domain lower-cased, domain in
 * punycode without a trailing dot; undefined when the address is not a valid dot-atom address.
 * A leading `mailto:` is accepted.
 */
export function normaliseEmail(raw: string): string | undefined {
  const address = raw.trim().replace(/^mailto:/i, '').normalize('NFC');
  const at = address.lastIndexOf('@');
  if (at < 1 || address.length > MAX_EMAIL_LENGTH) return undefined;
  const local = address.slice(0, at).toLowerCase();
  const domain = asciiHost(address.slice(at + 1));
  if (local.length > 64 || !EMAIL_LOCAL_PART.test(local) || !domain || !isDomainName(domain)) return undefined;
  return `${local}@${domain}`;
}

const MAX_EMAIL_LENGTH = 254;
const EMAIL_LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u;
const DOMAIN_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

function isDomainName(host: string): boolean {
  const labels = host.split('.');
  return (
    host.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL_LABEL.test(labels[labels.length - 1])
  );
}

/**
 * The loose e-mail key of CRM.md §6.1, for duplicate suspicion only (never an identity, never sent
 * to a CRM): the strict key without a `+tag`; at Gmail (googlemail.com is Gmail) also without dots.
 */
export function looseEmailKey(raw: string): string | undefined {
  const strict = normaliseEmail(raw);
  if (!strict) return undefined;
  const at = strict.lastIndexOf('@');
  const domain = strict.slice(at + 1) === 'googlemail.com' ? 'gmail.com' : strict.slice(at + 1);
  const local = strict.slice(0, at).replace(/\+.*$/, '');
  return `${domain === 'gmail.com' ? local.replaceAll('.', '') : local}@${domain}`;
}

/**
 * Mailboxes of a company or a team, not of one person (CRM.md §6.1): two people reached through
 * `sales@acme.com` are not one person, so such an address is never an identity key.
 */
const ROLE_MAILBOXES = new Set([
  'admin', 'billing', 'careers', 'contact', 'contacts', 'enquiries', 'feedback', 'hello', 'help', 'hi', 'hr',
  'info', 'inquiries', 'jobs', 'mail', 'marketing', 'media', 'noreply', 'no-reply', 'office', 'partners',
  'press', 'privacy', 'sales', 'service', 'support', 'team', 'webmaster',
]);

/** Whether an address is a role mailbox (`info@`, `sales+eu@`…) rather than a person's. */
export function isRoleAddress(email: string): boolean {
  const local = email.trim().toLowerCase().replace(/^mailto:/, '');
  return ROLE_MAILBOXES.has(local.slice(0, local.lastIndexOf('@')).replace(/\+.*$/, ''));
}
