// The current round's held-out parts: written apart from everything else, scored once at the
// round's end, never opened, trained or tuned on while the round is worked on. The next round
// writes new ones and moves these names on; the parts of earlier rounds are read since.
// corpus/<lang>/test-n.jsonl: the reply corpus's held-out split (round sixteen).
export const REPLY_HELD_OUT = 'test-n';
// corpus/customers/<lang>-test-o.jsonl: the customer messages' held-out part (round sixteen).
export const CUSTOMER_HELD_OUT = 'test-o';
