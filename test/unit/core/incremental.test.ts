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

  it('re-analyses only the sentence that changed', () => {
    const policy = freshDefault();
    // Each sentence is read once, for its rules and its moves alike.
    const read = vi.spyOn(english, 'read');
    analyze(REPLY, policy);
    expect(read).toHaveBeenCalledTimes(4);

    read.mockClear();
    const edited = REPLY.replace('the manual', 'the manuals');
    analyze(edited, policy);
    expect(read.mock.calls.map(([sentence]) => sentence)).toEqual(['You should have read the manuals.']);
  });

  it('gives the same report from the cache as from scratch, offsets shifted by the edit', () => {
    const policy = freshDefault();
    analyze(REPLY, policy);
    const edited = `Hello again. ${REPLY}`;
    expect(analyze(edited, policy)).toEqual(analyze(edited, freshDefault()));
  });

  it('does not reuse work across policies', () => {
    analyze(REPLY, freshDefault());
    const read = vi.spyOn(english, 'read');
    analyze(REPLY, freshDefault());
    expect(read).toHaveBeenCalledTimes(4);
  });
});
