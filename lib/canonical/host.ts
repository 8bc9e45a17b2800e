/** Host and URL parsing shared by the canonical forms; untrusted text in, `undefined` out instead of a throw. */

/** An http(s) URL; a bare `host/path` as people paste it is read as https. */
export function parseWebUrl(raw: string): URL | undefined {
  const text = raw.trim();
  const withScheme = /^[a-z][a-z\d+.-]*:/i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** Lower-case punycode form of a bare host name, without a trailing dot; undefined if it is not one. */
export function asciiHost(host: string): string | undefined {
  const text = host.trim();
  if (!text || /[\s/?#@:\\[\]]/.test(text)) return undefined;
  try {
    return new URL(`http://${text}`).hostname.replace(/\.$/, '') || undefined;
  } catch {
    return undefined;
  }
}
