/**
 * A shared database connection that is opened again once the browser has closed it. Chromium closes
 * every connection to a database when a write hits a full disk ("Connection is closing because of: IO
 * error … FILE_ERROR_NO_SPACE"), and a worker can live on for as long as the rep keeps working: without
 * this, every request after a full disk would fail until the worker stops, even once space is freed.
 * An open that fails (the disk is still full) is tried again by the next request, not kept.
 *
 * `open` must call `onClosed` when the browser closes the connection (idb's `terminated`). Awaiting
 * the result gives the connection of the moment; callers await it for each piece of work.
 */
export function reopenWhenClosed<T>(open: (onClosed: () => void) => Promise<T>): PromiseLike<T> {
  let current: Promise<T> | undefined;
  const forget = (connection: Promise<T>) => {
    if (current === connection) current = undefined;
  };
  const connect = (): Promise<T> => {
    const opening: Promise<T> = open(() => forget(opening));
    opening.catch(() => forget(opening));
    return opening;
  };
  return {
    then: (onFulfilled, onRejected) => (current ??= connect()).then(onFulfilled, onRejected),
  };
}
