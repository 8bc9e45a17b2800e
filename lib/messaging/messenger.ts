import { browser, type Browser } from 'wxt/browser';
import { isQuotaError, STORAGE_FULL } from '@/lib/db/storage-errors';
import type { Envelope, EventMap, RequestData, RequestName, RequestResult } from './protocol';

type MaybePromise<T> = T | Promise<T>;
export type RequestHandlers = {
  [N in RequestName]: (data: RequestData<N>) => MaybePromise<RequestResult<N>>;
};

function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const { kind, name } = message as Partial<Envelope>;
  return (kind === 'request' || kind === 'event') && typeof name === 'string';
}

/** Extension pages (popup, options, dashboard — also when opened in a tab) have our own origin. */
export function isExtensionPageSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
}

/** extension page → background. Rejects with the background's error when a handler throws. */
export async function request<N extends RequestName>(name: N, data: RequestData<N>): Promise<RequestResult<N>> {
  const envelope: Envelope = { kind: 'request', name, data };
  return (await browser.runtime.sendMessage(envelope)) as RequestResult<N>;
}

/**
 * What a page is told when a handler failed. Chromium passes a rejection on only when it is a
 * JavaScript Error, and only its message: a DOMException (every IndexedDB failure) arrives as "A
 * runtime.onMessage listener's promise rejected without an Error". A full disk becomes the one plain
 * `STORAGE_FULL`, which pages can tell apart.
 */
export function requestFailure(error: unknown): unknown {
  if (isQuotaError(error)) return new Error(STORAGE_FULL);
  return error instanceof DOMException ? new Error(error.message) : error;
}

/**
 * Background: answer every request. Registered synchronously at the start of `main()` so that a
 * message that wakes the service worker finds its listener. Messages that do not come from one of
 * our own extension pages (a content script, another extension) are ignored.
 */
export function handleRequests(handlers: RequestHandlers): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || message.kind !== 'request') return undefined;
    if (!isExtensionPageSender(sender)) return undefined;
    const handler = handlers[message.name] as ((data: unknown) => unknown) | undefined;
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => handler(message.data))
      .catch((error: unknown) => {
        throw requestFailure(error);
      });
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/** Background → every open extension page. No page open is not an error. */
export async function emitEvent<E extends keyof EventMap>(name: E, data: EventMap[E]): Promise<void> {
  const envelope: Envelope = { kind: 'event', name, data };
  try {
    await browser.runtime.sendMessage(envelope);
  } catch {
    // "Receiving end does not exist": no extension page is open to hear it.
  }
}

/** Extension page: listen to one background event. Returns the function that stops listening. */
export function onEvent<E extends keyof EventMap>(name: E, listener: (data: EventMap[E]) => void): () => void {
  const wrapped = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isEnvelope(message) || message.kind !== 'event' || message.name !== name) return undefined;
    if (sender.id !== browser.runtime.id) return undefined;
    listener(message.data as EventMap[E]);
    return undefined;
  };
  browser.runtime.onMessage.addListener(wrapped);
  return () => browser.runtime.onMessage.removeListener(wrapped);
}
