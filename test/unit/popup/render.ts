// Renders a Preact tree into happy-dom and waits for its effects and promises to settle.
import { h, render, type ComponentType } from 'preact';
import { act } from 'preact/test-utils';

export async function mount<P>(component: ComponentType<P>, props: P): Promise<HTMLElement> {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  await act(async () => {
    render(h(component as ComponentType<object>, props as object), root);
  });
  await settle();
  return root;
}

/** Lets pending promises (loads, saves) and the renders they cause finish. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

export function button(root: HTMLElement, text: string): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((each) => each.textContent?.trim() === text);
  if (!found) throw new Error(`no button "${text}" in: ${root.textContent}`);
  return found;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => {
    element.click();
  });
  await settle();
}
