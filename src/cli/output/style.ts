// Terminal colour: only when writing to a terminal, and never when NO_COLOR is set
// (https://no-color.org: present and not empty).

export interface Style {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
}

const paint = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

const COLOURS: Style = {
  bold: paint(1, 22),
  dim: paint(2, 22),
  red: paint(31, 39),
  yellow: paint(33, 39),
  cyan: paint(36, 39),
  green: paint(32, 39),
};

const plain = (text: string) => text;
const PLAIN: Style = { bold: plain, dim: plain, red: plain, yellow: plain, cyan: plain, green: plain };

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): Style {
  const noColor = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return stream.isTTY === true && !noColor ? COLOURS : PLAIN;
}
