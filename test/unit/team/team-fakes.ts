// Test doubles for the browser APIs src/team and src/insight are handed.
import type { Policy } from '../../../src/policy/types';
import type { AlarmsApi } from '../../../src/team/refresh-alarm';
import type { ManagedArea, StorageArea } from '../../../src/team/storage-area';

/** storage.local as a Map, with a structured-clone round trip like the real one. */
export function memoryStorage(): StorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    async get(keys) {
      const wanted = keys == null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(wanted.filter((key) => data.has(key)).map((key) => [key, structuredClone(data.get(key))]));
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, structuredClone(value));
    },
  };
}

export function managedStorage(values: Record<string, unknown>): ManagedArea {
  return { get: async () => structuredClone(values) };
}

/** A team policy with one rule that flags promising a delivery date. */
export function teamPolicy(version: string, overrides: Partial<Policy> = {}): Policy {
  return {
    name: 'Acme support',
    version,
    rules: [
      {
        id: 'acme-courier-date',
        category: 'over-promise',
        severity: 'warning',
        lang: 'en',
        patterns: ['it will arrive tomorrow'],
        message: 'Do not promise a delivery date before the courier confirms it.',
        why: 'A date the courier then misses is a second broken promise.',
        suggestions: ["I'll confirm the delivery date as soon as the courier does."],
        examples: { flag: ['Good news, it will arrive tomorrow.'], pass: ["I'll confirm the date once the courier does."] },
      },
    ],
    lock: ['acme-courier-date'],
    ...overrides,
  };
}

/** A fetch that answers from a script of responses and records what it was asked. */
export function scriptedFetch(...responses: Array<Response | Error>) {
  const requests: Array<{ url: string; headers: Record<string, string> }> = [];
  const fetchFn = (async (url: string, init?: RequestInit) => {
    requests.push({ url, headers: { ...(init?.headers as Record<string, string>) } });
    const next = responses.shift();
    if (!next) throw new Error('unexpected extra fetch');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  return { fetchFn, requests };
}

export function jsonResponse(body: unknown, etag?: string): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: etag ? { ETag: etag, 'Content-Type': 'application/json' } : { 'Content-Type': 'application/json' },
  });
}

/** chrome.alarms as a Map from alarm name to its period in minutes. */
export function fakeAlarms(): AlarmsApi & { periods: Map<string, number> } {
  const periods = new Map<string, number>();
  return {
    periods,
    get: async (name) => (periods.has(name) ? { periodInMinutes: periods.get(name)! } : undefined),
    create: (name, info) => void periods.set(name, info.periodInMinutes),
    clear: async (name) => periods.delete(name),
  };
}
