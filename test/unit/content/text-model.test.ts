// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { buildTextModel, offsetAt, pointAt, rangeAt } from '../../../src/content/text-model';

function editor(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true" id="editor">${html}</div>`;
  return document.getElementById('editor')!;
}

describe('text model of a contenteditable reply', () => {
  it('joins paragraphs and <br> lines with line breaks', () => {
    const root = editor('<div>Hi Noa,</div><div><br></div><div>I see the <b>problem</b>.<br>Thanks</div>');
    expect(buildTextModel(root).text).toBe('Hi Noa,\n\nI see the problem.\nThanks');
  });

  it('leaves out Gmail quoted history, the signature and non-editable islands', () => {
    const root = editor(
      '<div>Sorry for the wait.</div><br clear="all"><div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">--<br>Agent</div></div>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, Noa wrote:</div><blockquote class="gmail_quote">You never answer!</blockquote></div>' +
        '<p>P.S. <span contenteditable="false">[chip]</span>bye</p>',
    );
    expect(buildTextModel(root).text).toBe('Sorry for the wait.\n\nP.S. bye');
  });

  it('ignores indentation between blocks in the markup', () => {
    const root = editor('\n  <p>One</p>\n  <p>Two</p>\n');
    expect(buildTextModel(root).text).toBe('One\nTwo');
  });

  it('maps offsets to DOM points and back, across nodes and emoji', () => {
    const root = editor('<p>I 😀 <i>see</i></p><p>you</p>');
    const model = buildTextModel(root);
    expect(model.text).toBe('I 😀 see\nyou');
    const see = model.text.indexOf('see');
    const point = pointAt(model, see)!;
    expect(point.node.textContent).toBe('see');
    expect(point.offset).toBe(0);
    expect(offsetAt(model, point)).toBe(see);
    const you = model.text.indexOf('you');
    expect(offsetAt(model, pointAt(model, you + 2)!)).toBe(you + 2);
    // The emoji is two UTF-16 units: the offset after it is 4, inside the first text node.
    expect(pointAt(model, 4)).toEqual({ node: root.querySelector('p')!.firstChild, offset: 4 });
  });

  it('builds ranges that cover exactly the flagged text, ending before a line break', () => {
    const root = editor('<p>calm down</p><p>please</p>');
    const model = buildTextModel(root);
    expect(rangeAt(model, 0, 9)!.toString()).toBe('calm down');
    const range = rangeAt(model, 5, 9)!;
    expect(range.endContainer.textContent).toBe('calm down');
    expect(rangeAt(model, 10, 16)!.toString()).toBe('please');
    expect(rangeAt(model, 0, 99)).toBeNull();
  });

  it('gives no offset for a caret in quoted history, and the next text for an element caret', () => {
    const root = editor('<p>Hello</p><p><br></p><p>there</p><blockquote>old</blockquote>');
    const model = buildTextModel(root);
    expect(offsetAt(model, { node: root.querySelector('blockquote')!.firstChild!, offset: 1 })).toBeNull();
    const emptyLine = root.querySelectorAll('p')[1]!;
    expect(offsetAt(model, { node: emptyLine, offset: 0 })).toBe(model.text.indexOf('there'));
    expect(offsetAt(model, { node: document.body, offset: 0 })).toBeNull();
  });
});
