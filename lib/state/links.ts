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
