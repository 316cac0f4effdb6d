// Renders a Preact tree into happy-dom's document and drives it like a user would.
import type { ComponentChild } from 'preact';
import { render } from 'preact';
import { act } from 'preact/test-utils';

export async function mount(tree: ComponentChild): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => {
    render(tree, root);
  });
  await settle();
  return root;
}

/** Lets storage promises and effects run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

export async function typeInto(field: Element | null, value: string): Promise<void> {
  if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) throw new Error('no such field');
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await settle();
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
}

export function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) => button.textContent?.trim().startsWith(name));
}

/** The messages shown next to a field of the editor. */
export function errorsAt(root: HTMLElement, field: string): string[] {
  return [...root.querySelectorAll(`[data-field="${field}"] .rf-errors li`)].map((item) => item.textContent ?? '');
}
