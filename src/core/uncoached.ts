// What in a reply is not the agent's own writing, or not worth coaching: quoted history ("On
// ... wrote:" and everything after it, lines starting with ">"), the sign-off and signature,
// and links. Findings and moves are never read there.
import type { Span } from './types';

/** A header that opens quoted history: Gmail and Outlook in English and Hebrew. */
const HISTORY_HEADER = [
  /^\s*On .{3,200}\bwrote:\s*$/i,
  /^\s*-{2,}\s*(Original Message|Forwarded message|הודעה מקורית|הודעה שהועברה)\s*-{2,}\s*$/i,
  /^\s*From: .{3,200}$/,
  /^\s*ב[-־]?.{3,200}\s(כתב|כתבה|כתב\/ה|כתבו)\s*:\s*$/,
];
/** "On Tue, 4 Mar 2025 at 10:02, Dana Levi <" wrapped before "dana@x.com> wrote:". */
const HISTORY_HEADER_START = /^\s*On .{3,200}$/;
const HISTORY_HEADER_END = /\bwrote:\s*$/i;

/** A line that closes the reply: what follows it, if short, is the signature. */
const SIGN_OFF_EN =
  /^\s*(?:kind|warm|warmest|best|many|with|all the|yours)?\s*(?:regards|wishes|thanks|thank you|cheers|best|sincerely|truly|respectfully|faithfully|take care|talk soon|speak soon)(?:\s+(?:again|so much))?\s*[,.!]?\s*[-–—]?\s*(.*)$/i;
const SIGN_OFF_HE =
  /^\s*(?:בברכה|בברכת|בכבוד רב|בהוקרה|בתודה|תודה רבה|תודה|שלך|שלכם|יום נעים|יום טוב|המשך יום נעים|המשך יום טוב|ערב נעים|סוף שבוע נעים|שבוע טוב|שבת שלום)(?:\s*[,.!]?\s*[\u05D0-\u05EA'"׳״-]+){0,3}\s*[,.!]?\s*$/u;
/** A name after the sign-off on the same line ("Thanks, Jay"): up to three capitalised words. */
const NAME = /^(?:\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2})?\s*$/u;

function isSignOff(line: string): boolean {
  const english = SIGN_OFF_EN.exec(line);
  if (english) return NAME.test(english[1]!);
  return SIGN_OFF_HE.test(line);
}
/** "-- " alone on a line: the signature delimiter. */
const SIGNATURE_DELIMITER = /^\s*--\s*$/;
/** A signature is short: a name, a role, a phone number. */
const SIGNATURE_MAX_LINES = 4;
const SIGNATURE_MAX_LINE = 80;

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'“”]+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|(?<![\w@])t\.co\/\w+/giu;

interface Line extends Span {
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const found of text.matchAll(/\r?\n/g)) {
    lines.push({ start, end: found.index, text: text.slice(start, found.index) });
    start = found.index + found[0].length;
  }
  lines.push({ start, end: text.length, text: text.slice(start) });
  return lines;
}

/** Whole lines (and the tail of the text) that are quoted history, a sign-off or a signature. */
export function uncoachedLines(text: string): Span[] {
  const lines = linesOf(text);
  const spans: Span[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    if (isHistoryHeader(lines, at) || SIGNATURE_DELIMITER.test(line.text)) {
      spans.push({ start: line.start, end: text.length });
      break;
    }
    if (/^\s*>/.test(line.text)) {
      spans.push({ start: line.start, end: line.end });
      continue;
    }
    if (line.text.trim().length > 0 && isSignOff(line.text) && lines.slice(0, at).some((before) => before.text.trim() !== '')) {
      const end = signatureEnd(lines, at);
      if (end !== null) {
        spans.push({ start: line.start, end });
        at = lines.findIndex((candidate) => candidate.end >= end);
      }
    }
  }
  return spans;
}

function isHistoryHeader(lines: Line[], at: number): boolean {
  const line = lines[at]!.text;
  if (HISTORY_HEADER.some((pattern) => pattern.test(line))) return true;
  if (!HISTORY_HEADER_START.test(line)) return false;
  const next = lines[at + 1]?.text ?? '';
  return HISTORY_HEADER_END.test(next) && next.length < 120;
}

/** Where the signature after a sign-off line ends, or null when what follows is more reply. */
function signatureEnd(lines: Line[], at: number): number | null {
  let end = lines[at]!.end;
  let count = 0;
  for (let next = at + 1; next < lines.length; next++) {
    const line = lines[next]!;
    if (line.text.trim() === '') continue;
    if (isHistoryHeader(lines, next) || /^\s*>/.test(line.text)) break;
    count++;
    if (count > SIGNATURE_MAX_LINES || line.text.length > SIGNATURE_MAX_LINE || !looksLikeSignature(line.text)) return null;
    end = line.end;
  }
  return end;
}

/** A name, a role, a team, a phone number or an address: a few words, not a sentence. */
function looksLikeSignature(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length <= 6 && !/[.?!]\s*$/.test(line.trim()) || /^[\s\d+()./@:-]+$/.test(line) || /@|https?:|www\./.test(line);
}

/** Links and e-mail addresses. */
export function urlSpans(text: string): Span[] {
  return [...text.matchAll(URL)].map((found) => {
    let end = found.index + found[0].length;
    // A sentence's full stop or a closing bracket after a link is not part of it.
    while (end > found.index && /[.,;:!?)\]]/.test(text[end - 1]!)) end--;
    return { start: found.index, end };
  });
}

/** True when `span` lies wholly inside one of `regions`. */
export function inside(span: Span, regions: readonly Span[]): boolean {
  return regions.some((region) => region.start <= span.start && span.end <= region.end);
}

/** True when `span` shares a character with one of `regions`. */
export function overlaps(span: Span, regions: readonly Span[]): boolean {
  return regions.some((region) => region.start < span.end && span.start < region.end);
}
