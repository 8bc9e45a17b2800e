// tldts carries the whole Public Suffix List: import this module only where drafts are finished,
// never in code the capture script injects into pages (lib/extract/read.ts).
import { getDomain } from 'tldts';
import { FREE_MAIL_DOMAINS } from './free-mail-domains';
import { asciiHost, parseWebUrl } from './host';

/**
 * The registrable domain (eTLD+1) of a URL, host or e-mail domain, by the ICANN section of the
 * Public Suffix List: `https://eu.acme.com.ua/x` → `acme.com.ua`. The private section is ignored on
 * purpose, so that `someone.github.io` gives `github.io`, not a customer's own domain (CRM.md §6.3).
 * Undefined for IP addresses, single-label hosts and anything that is not a host.
 */
export function registrableDomain(urlOrHost: string): string | undefined {
  const host = hostOf(urlOrHost);
  return (host && getDomain(host, { allowPrivateDomains: false })) || undefined;
}

/**
 * Whether a URL or host is a site on a hosting platform's user space (`jane.github.io`,
 * `acme.netlify.app`, `shop.blogspot.com`): the private section of the Public Suffix List. Its
 * registrable domain is the platform's, never the site owner's company's.
 */
export function isPlatformHostedSite(urlOrHost: string): boolean {
  const host = hostOf(urlOrHost);
  return host !== undefined && getDomain(host, { allowPrivateDomains: true }) !== getDomain(host, { allowPrivateDomains: false });
}

/** Whether a domain (or the domain of an e-mail address) belongs to a free mailbox provider. */
export function isFreeMailDomain(domainOrEmail: string): boolean {
  const host = asciiHost(domainOrEmail.slice(domainOrEmail.lastIndexOf('@') + 1));
  if (!host) return false;
  const domain = registrableDomain(host);
  return FREE_MAIL_DOMAINS.has(host) || (domain !== undefined && FREE_MAIL_DOMAINS.has(domain));
}

function hostOf(urlOrHost: string): string | undefined {
  const text = urlOrHost.trim();
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) return parseWebUrl(text)?.hostname.replace(/\.$/, '') || undefined;
  return asciiHost(text.split(/[/?#]/, 1)[0] ?? '');
}
