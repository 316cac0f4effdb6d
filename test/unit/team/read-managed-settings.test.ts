import { describe, expect, it } from 'vitest';
import { readManagedSettings } from '../../../src/team/read-managed-settings';
import { managedStorage, teamPolicy } from './team-fakes';

describe('readManagedSettings', () => {
  it('treats a missing storage.managed as no policy', async () => {
    expect(await readManagedSettings(undefined)).toEqual({ policy: null, policyUrl: null, refreshMinutes: null, problem: null });
  });

  it('treats a throwing storage.managed (no schema, no policies) as no policy', async () => {
    const throwing = { get: async () => Promise.reject(new Error('Managed storage manifest not found')) };
    expect((await readManagedSettings(throwing)).policy).toBeNull();
  });

  it('accepts the policy as JSON text, as admin consoles and the registry hand it over', async () => {
    const settings = await readManagedSettings(managedStorage({ policy: JSON.stringify(teamPolicy('4')) }));
    expect(settings.policy?.version).toBe('4');
    expect(settings.problem).toBeNull();
  });

  it("accepts the policy as an object (Firefox's policies.json)", async () => {
    const settings = await readManagedSettings(managedStorage({ policy: teamPolicy('5'), policyUrl: ' https://example.com/p.json ' }));
    expect(settings.policy?.version).toBe('5');
    expect(settings.policyUrl).toBe('https://example.com/p.json');
  });

  it('ignores an invalid policy whole and says which rule and field are wrong', async () => {
    const broken = teamPolicy('6');
    (broken.rules![0] as { category: string }).category = 'rudeness';
    const settings = await readManagedSettings(managedStorage({ policy: broken }));
    expect(settings.policy).toBeNull();
    expect(settings.problem).toContain('acme-courier-date');
    expect(settings.problem).toContain('category');
  });

  it('ignores values of the wrong type and clamps the refresh interval', async () => {
    const settings = await readManagedSettings(managedStorage({ policyUrl: 42, refreshMinutes: 0 }));
    expect(settings.policyUrl).toBeNull();
    expect(settings.refreshMinutes).toBe(1);
    expect(settings.problem).toContain('policyUrl');
    expect((await readManagedSettings(managedStorage({ refreshMinutes: '15' }))).refreshMinutes).toBe(15);
  });
});
