import { describe, expect, it } from 'vitest';
import { noChanges, policyChanges } from '../../../src/team/policy-changes';
import { teamPolicy } from './team-fakes';

describe('policyChanges', () => {
  const base = teamPolicy('1');
  const rule = base.rules![0]!;

  it('lists added and removed rules by id', () => {
    const extra = { ...rule, id: 'acme-no-eta' };
    const changes = policyChanges(base, { ...base, version: '2', rules: [extra] });
    expect(changes).toMatchObject({ fromName: 'Acme support', fromVersion: '1', added: ['acme-no-eta'], removed: ['acme-courier-date'] });
  });

  it('counts an edited rule and a new disable, lock or severity as changed', () => {
    const edited = { ...base, rules: [{ ...rule, message: 'Wait for the courier.' }] };
    expect(policyChanges(base, edited).changed).toEqual(['acme-courier-date']);
    const regraded = { ...base, disable: ['blame-should-have'], severity: { 'hollow-understand': 'error' as const }, lock: [] };
    expect(policyChanges(base, regraded).changed).toEqual(['acme-courier-date', 'blame-should-have', 'hollow-understand']);
  });

  it('does not count a different key order as a change', () => {
    const reordered = { ...base, rules: [Object.fromEntries(Object.entries(rule).reverse()) as typeof rule] };
    expect(noChanges(policyChanges(base, reordered))).toBe(true);
  });

  it('lists every rule of a first team policy as added', () => {
    expect(policyChanges(null, base)).toMatchObject({ fromVersion: '', added: ['acme-courier-date'], removed: [] });
  });
});
