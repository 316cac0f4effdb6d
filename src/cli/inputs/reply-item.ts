/** One reply to check, and where it came from. */
export interface ReplyItem {
  /** The file it was read from ("<stdin>" for standard input). */
  file: string;
  /** For a macro or a CSV row: how people know it ("Refund denied"). */
  title?: string;
  /** For a macro or a CSV row: its id, when the source has one. */
  id?: string;
  text: string;
}
