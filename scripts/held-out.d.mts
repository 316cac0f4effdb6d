export const REPLY_HELD_OUT: string;
export const CUSTOMER_HELD_OUT: string;
