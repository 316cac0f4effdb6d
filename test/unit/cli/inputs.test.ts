// How the CLI turns files into replies: CSV quoting, Zendesk macros (text and HTML),
// detection by extension and by content, and JSON Lines rows.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../src/cli/cli-error';
import { readCannedReplies } from '../../../src/cli/inputs/canned-replies-csv';
import { parseCsv } from '../../../src/cli/inputs/csv';
import { htmlToText } from '../../../src/cli/inputs/html-to-text';
import { parseJsonlLine } from '../../../src/cli/inputs/jsonl-rows';
import { readReplies } from '../../../src/cli/inputs/read-replies';

const fixture = (name: string) => readFileSync(`test/fixtures/macros/${name}`, 'utf8');

describe('parseCsv', () => {
  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('title,body\r\n"Refund, denied","Say ""no"" kindly.\nThen offer."\r\nplain,row\n')).toEqual([
      ['title', 'body'],
      ['Refund, denied', 'Say "no" kindly.\nThen offer.'],
      ['plain', 'row'],
    ]);
  });

  it('keeps empty fields and a last line without a newline', () => {
    expect(parseCsv('a,b,c\n1,,3')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('says where a quoted field is never closed', () => {
    expect(() => parseCsv('title,body\nx,"never closed\nstill open')).toThrow(/line 2: a quoted field is never closed/);
  });
});

describe('htmlToText', () => {
  it('turns paragraphs and line breaks into lines, drops tags and decodes entities', () => {
    expect(htmlToText('<p>Hi <b>Dana</b>,</p>\n<p>Fish &amp; chips&nbsp;&#8212; on&#x20;us.<br/>Best,<br>Sam</p>')).toBe(
      'Hi Dana,\nFish & chips — on us.\nBest,\nSam',
    );
  });

  it('leaves escaped markup as text', () => {
    expect(htmlToText('<p>Type &lt;b&gt; to bold.</p>')).toBe('Type <b> to bold.');
  });
});

describe('readReplies', () => {
  it('reads each reply-writing macro of a Zendesk export by title, skipping macros without a comment', () => {
    const replies = readReplies('dirty-macros.json', fixture('dirty-macros.json')).items;
    expect(replies.map((r) => [r.id, r.title])).toEqual([
      ['360001', 'Refunds::Denied'],
      ['360002', 'Account::Password reset'],
      ['360003', 'Shipping::Late delivery'],
    ]);
    expect(replies[1]!.text).toBe('Hello,\n\nYou should have checked your spam folder first. The reset email was sent an hour ago.');
    expect(replies[2]!.text).toContain('I understand your frustration. This will never happen again');
    expect(replies[2]!.text).not.toContain('<');
  });

  it('reads a single macro ({"macro": ...}) too', () => {
    const single = JSON.stringify({ macro: { id: 9, title: 'One', actions: [{ field: 'comment_value', value: 'Hello there.' }] } });
    expect(readReplies('macro.json', single).items).toEqual([{ file: 'macro.json', id: '9', title: 'One', text: 'Hello there.' }]);
  });

  it('reads canned replies from a CSV, titled by their title column', () => {
    const replies = readReplies('replies.csv', fixture('dirty-canned-replies.csv')).items;
    expect(replies.map((r) => r.title)).toEqual(['Refund, denied', 'Manual', 'Update "soon"']);
    expect(replies[0]!.text).toBe("We are unable to refund this order.\nIt's not our fault the item was damaged in transit.");
  });

  it('reports a row holding only "" as a row with an empty reply, not a blank line (found by the fuzz run)', () => {
    const read = readCannedReplies('text\n""\nHi there.\n\n', 'r.csv');
    expect(read.items.map((r) => r.text)).toEqual(['Hi there.']);
    expect(read.skipped).toEqual([{ file: 'r.csv', line: 2, row: 'row 2', why: 'has an empty text cell' }]);
    expect(read.rows).toBe(2);
  });

  it('names a CSV row by its number when there is no title column', () => {
    expect(readCannedReplies('reply\nFirst.\nSecond.\n', 'r.csv').items.map((r) => r.title)).toEqual(['row 2', 'row 3']);
  });

  it('recognises a macros export and a CSV on standard input by their content', () => {
    expect(readReplies('-', fixture('clean-macros.json')).items.map((r) => r.title)).toEqual(['Shipping::Tracking number', 'Account::Login fixed']);
    expect(readReplies('-', fixture('clean-canned-replies.csv')).items.map((r) => r.file)).toEqual(['<stdin>', '<stdin>']);
  });

  it('reads anything else as one plain-text reply', () => {
    expect(readReplies('-', 'Hi, thanks for writing.\nI have fixed it.').items).toEqual([{ file: '<stdin>', text: 'Hi, thanks for writing.\nI have fixed it.' }]);
    expect(readReplies('reply.txt', '{not json, just braces}').items).toEqual([{ file: 'reply.txt', text: '{not json, just braces}' }]);
  });

  it.each([
    ['a .json file that is not a macros export', 'x.json', '{"rules": []}', 'is not a Zendesk macros export'],
    ['a .json file that is not JSON', 'x.json', '{"macros": [}', 'x.json is not valid JSON: line 1, column 13'],
    ['a CSV without a reply column', 'x.csv', 'title,notes\na,b\n', 'no reply column; the first row must be a header naming one column text, reply, body, content'],
    ['a JSON Lines file', 'x.jsonl', '{"id":1,"text":"a"}', 'check it with: reframe check --jsonl x.jsonl'],
  ])('refuses %s with what to do', (_case, path, content, message) => {
    expect(() => readReplies(path, content)).toThrow(CliError);
    expect(() => readReplies(path, content)).toThrow(message);
  });
});

describe('parseJsonlLine', () => {
  it('reads id, text, customer and lang, ignoring other fields', () => {
    expect(parseJsonlLine('{"id": "a1", "text": "Hi.", "customer": "Help!", "lang": "en", "findings": []}')).toEqual({
      ok: true,
      row: { id: 'a1', text: 'Hi.', customer: 'Help!', lang: 'en' },
    });
  });

  it.each([
    ['{"id": 1, "text": "a",}', 'not valid JSON: column 23: expected a property name'],
    ['["id", "text"]', 'must be a JSON object'],
    ['{"text": "a"}', '"id" is missing'],
    ['{"id": 1}', '"text" is missing'],
    ['{"id": 1, "text": "a", "lang": "fr"}', '"lang" must be one of: en, he, auto.'],
  ])('explains what is wrong with %s', (line, message) => {
    const parsed = parseJsonlLine(line);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain(message);
  });
});
