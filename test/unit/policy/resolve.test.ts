// The merge of built-in defaults, team policy and personal preferences, as properties over
// generated policies: what the team locks always wins, what is disabled never runs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, SEVERITIES, type Severity } from '../../../src/core/types';
import { mergePolicies, resolvePolicy, type PersonalPreferences } from '../../../src/policy/resolve';
import { DEFAULT_POLICY } from '../../../src/policy/default-policy';
import type { Policy, PolicyRule } from '../../../src/policy/types';

// A small pool of ids so that team rules, disables and locks collide with the defaults.
const ID = fc.constantFrom('alpha', 'beta', 'gamma', 'delta', 'epsilon', 'constructor');
const SEVERITY = fc.constantFrom(...SEVERITIES);

const rule = (id: string) =>
  fc.record({
    id: fc.constant(id),
    category: fc.constantFrom(...CATEGORIES),
    severity: SEVERITY,
    lang: fc.constant('en' as const),
    patterns: fc.array(fc.constantFrom('you should have', 'calm down', 'soon'), { minLength: 1, maxLength: 2 }),
    message: fc.string({ minLength: 1 }),
    why: fc.constant('why'),
    suggestions: fc.constant<string[]>(['instead']),
    examples: fc.constant<PolicyRule['examples']>({ flag: ['x'], pass: ['y'] }),
  });

const rules = fc.uniqueArray(ID, { maxLength: 5 }).chain((ids) => fc.tuple(...ids.map(rule))) as fc.Arbitrary<PolicyRule[]>;
const severities = fc.dictionary(ID, SEVERITY, { maxKeys: 4 }) as fc.Arbitrary<Record<string, Severity>>;

const defaults: fc.Arbitrary<Policy> = rules.map((list) => ({ name: 'Built-in', version: '1', rules: list }));
const team: fc.Arbitrary<Policy> = fc.record(
  {
    name: fc.constant('Team'),
    version: fc.constant('7'),
    extends: fc.constantFrom('reframe:default' as const, null),
    rules,
    disable: fc.uniqueArray(ID, { maxLength: 3 }),
    severity: severities,
    lock: fc.uniqueArray(ID, { maxLength: 3 }),
  },
  { requiredKeys: ['name', 'version', 'rules'] },
);
const personal: fc.Arbitrary<PersonalPreferences> = fc.record({ disable: fc.uniqueArray(ID, { maxLength: 4 }), severity: severities }, { requiredKeys: [] });

const layers = fc.record({ defaults, team: fc.option(team, { nil: undefined }), personal: fc.option(personal, { nil: undefined }) });

const byId = (list: PolicyRule[], id: string) => list.find((r) => r.id === id);

describe('mergePolicies', () => {
  it('lets nothing personal change a locked rule', () => {
    fc.assert(
      fc.property(layers, ({ defaults, team, personal }) => {
        const teamOnly = mergePolicies(defaults, { team });
        const merged = mergePolicies(defaults, { team, personal });
        for (const id of merged.locked) expect(byId(merged.rules, id)).toEqual(byId(teamOnly.rules, id));
      }),
    );
  });

  it('never runs a rule the team disabled, nor one the agent disabled unless the team locked it', () => {
    fc.assert(
      fc.property(layers, ({ defaults, team, personal }) => {
        const merged = mergePolicies(defaults, { team, personal });
        for (const { id } of merged.rules) {
          expect(team?.disable ?? []).not.toContain(id);
          if (!merged.locked.includes(id)) expect(personal?.disable ?? []).not.toContain(id);
        }
      }),
    );
  });

  it("applies the agent's severity to every rule the team did not lock, and the team's otherwise", () => {
    fc.assert(
      fc.property(layers, ({ defaults, team, personal }) => {
        const merged = mergePolicies(defaults, { team, personal });
        for (const r of merged.rules) {
          const mine = personal?.severity && Object.hasOwn(personal.severity, r.id) ? personal.severity[r.id] : undefined;
          const teams = team?.severity && Object.hasOwn(team.severity, r.id) ? team.severity[r.id] : undefined;
          if (!merged.locked.includes(r.id) && mine) expect(r.severity).toBe(mine);
          else if (teams) expect(r.severity).toBe(teams);
        }
      }),
    );
  });

  it("uses a team rule in place of the default rule with its id, and keeps every rule id once", () => {
    fc.assert(
      fc.property(layers, ({ defaults, team, personal }) => {
        const merged = mergePolicies(defaults, { team, personal });
        const ids = merged.rules.map((r) => r.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const r of merged.rules) {
          const source = byId(team?.rules ?? [], r.id) ?? byId(defaults.rules ?? [], r.id);
          expect({ ...r, severity: source?.severity }).toEqual(source);
        }
      }),
    );
  });

  it('starts from nothing when the team policy extends null', () => {
    fc.assert(
      fc.property(defaults, team, (defaults, team) => {
        const merged = mergePolicies(defaults, { team: { ...team, extends: null } });
        for (const r of merged.rules) expect(team.rules?.map((t) => t.id)).toContain(r.id);
      }),
    );
  });

  it('only locks rules that run, and changes none of its inputs', () => {
    fc.assert(
      fc.property(layers, ({ defaults, team, personal }) => {
        const before = JSON.stringify({ defaults, team, personal });
        const merged = mergePolicies(defaults, { team, personal });
        for (const id of merged.locked) expect(merged.rules.map((r) => r.id)).toContain(id);
        expect(JSON.stringify({ defaults, team, personal })).toBe(before);
      }),
    );
  });

  it("names the team's policy when there is one, else the defaults", () => {
    fc.assert(
      fc.property(defaults, fc.option(team, { nil: undefined }), (defaults, team) => {
        const merged = mergePolicies(defaults, { team });
        expect([merged.name, merged.version]).toEqual(team ? ['Team', '7'] : ['Built-in', '1']);
      }),
    );
  });
});

describe('resolvePolicy', () => {
  it('runs every built-in rule when there is no team policy and no preference', () => {
    expect(resolvePolicy({}).rules).toEqual(DEFAULT_POLICY.rules);
  });
});
