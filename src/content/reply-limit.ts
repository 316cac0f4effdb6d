// The longest reply the page coaches: one number, for the session that refuses a longer one and
// for the notice that tells the agent why.

/** Replies longer than this are not analysed (a pasted log or a book, not a reply). */
export const MAX_TEXT = 500_000;
