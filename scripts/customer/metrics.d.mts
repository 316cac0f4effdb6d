// Types for the customer-reading metrics (metrics.mjs), for the tests that check them.
export function factCarried(lang: 'en' | 'he', fact: string, reflection: string | null | undefined): boolean;
export function echoes(lang: 'en' | 'he', phrase: string, reflection: string | null | undefined): boolean;
