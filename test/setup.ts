import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // A fresh, empty IndexedDB for every test: no test sees another's databases.
  vi.stubGlobal('indexedDB', new IDBFactory());
});
