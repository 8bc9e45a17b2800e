/**
 * The URL as a link target when it is plain http(s), else undefined. Page data is untrusted
 * (CRM.md §5.3): a `javascript:` or `data:` URL captured from a page must never become a link.
 */
export function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const LEAD_FRAGMENT = /^#lead=(.+)$/;

/** `leads.html#lead=<id>`: the dashboard opened on one lead, as a reminder's notification opens it. */
export function leadFragment(leadId: string): string {
  return `#lead=${encodeURIComponent(leadId)}`;
}

/** The lead a `#lead=<id>` fragment points at; undefined for any other fragment. */
export function leadIdFromFragment(hash: string): string | undefined {
  const encoded = LEAD_FRAGMENT.exec(hash)?.[1];
  if (!encoded) return undefined;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}
