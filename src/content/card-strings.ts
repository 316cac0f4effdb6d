// The words of the card around the policy's own message and why: category names and buttons,
// in the reply's language (the card is laid out right to left for Hebrew).
import type { FindingKind, Lang } from '../core/types';

export interface CardStrings {
  categories: Record<FindingKind, string>;
  dismiss: string;
  close: string;
  /** Read by screen readers when the card opens. */
  dialogLabel: string;
  /** Before the words that weighed most in a finding of the sentence model. */
  because: string;
}

export const CARD_STRINGS: Record<Lang, CardStrings> = {
  en: {
    categories: {
      'hollow-acknowledgement': 'Hollow acknowledgement',
      blame: 'Blame',
      deflection: 'Deflection',
      'over-promise': 'Over-promise',
      minimizing: 'Minimizing',
      'bare-refusal': 'Bare refusal',
      'vague-timeline': 'Vague timeline',
      confrontational: 'Confrontational',
      'unfilled-placeholder': 'Fill this in',
    },
    dismiss: 'Dismiss',
    close: 'Close',
    dialogLabel: 'Reframe suggestion',
    because: 'Flagged because of:',
  },
  he: {
    categories: {
      'hollow-acknowledgement': 'הכרה ריקה',
      blame: 'האשמה',
      deflection: 'התחמקות',
      'over-promise': 'הבטחת יתר',
      minimizing: 'הקטנה',
      'bare-refusal': 'סירוב יבש',
      'vague-timeline': 'לוח זמנים מעורפל',
      confrontational: 'עימות',
      'unfilled-placeholder': 'חסר להשלים',
    },
    dismiss: 'התעלמות',
    close: 'סגירה',
    dialogLabel: 'הצעה של Reframe',
    because: 'סומן בגלל:',
  },
};

/** Underline colours, one per category (also used for the fallback boxes). */
export const CATEGORY_COLOURS: Record<FindingKind, string> = {
  'hollow-acknowledgement': '#1a73e8',
  blame: '#d93025',
  deflection: '#9334e6',
  'over-promise': '#e8710a',
  minimizing: '#b06000',
  'bare-refusal': '#c5221f',
  'vague-timeline': '#007b83',
  confrontational: '#a50e0e',
  'unfilled-placeholder': '#b3261e',
};
