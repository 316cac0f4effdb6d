import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze, LANGUAGES } from '../../../src/core';
import { freshDefault } from './policies';

const english = LANGUAGES.en!;

const REPLY = [
  'Hi Dana, thanks for getting in touch.',
  'I understand your problem.',
  'You should have read the manual.',
  'We will fix it soon.',
].join(' ');

describe('incremental analysis', () => {
  afterEach(() => vi.restoreAllMocks());

  it("compiles a language's rules only when a reply in that language comes (an English reply never waits for the Hebrew rules)", () => {
    const policy = freshDefault();
    const hebrewCompile = vi.spyOn(LANGUAGES.he!, 'compile');
    analyze(REPLY, policy);
    expect(hebrewCompile).not.toHaveBeenCalled();
    analyze('אני מבין את התסכול שלך.', policy);
    expect(hebrewCompile).toHaveBeenCalled();
  });

  it('re-analyses only the sentence that changed', () => {
    const policy = freshDefault();
    const match = vi.spyOn(english, 'match');
    const moves = vi.spyOn(english, 'moves');
    analyze(REPLY, policy);
    expect(match).toHaveBeenCalledTimes(4);

    match.mockClear();
    moves.mockClear();
    const edited = REPLY.replace('the manual', 'the manuals');
    analyze(edited, policy);
    expect(match.mock.calls.map(([sentence]) => sentence)).toEqual(['You should have read the manuals.']);
    expect(moves.mock.calls.map(([sentence]) => sentence)).toEqual(['You should have read the manuals.']);
  });

  it('gives the same report from the cache as from scratch, offsets shifted by the edit', () => {
    const policy = freshDefault();
    analyze(REPLY, policy);
    const edited = `Hello again. ${REPLY}`;
    expect(analyze(edited, policy)).toEqual(analyze(edited, freshDefault()));
  });

  it('does not reuse work across policies', () => {
    analyze(REPLY, freshDefault());
    const match = vi.spyOn(english, 'match');
    analyze(REPLY, freshDefault());
    expect(match).toHaveBeenCalledTimes(4);
  });
});
