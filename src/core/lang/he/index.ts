// The Hebrew language module (issue 5): phrase rules with prefix letters and gender and
// number forms, Hebrew sentences, moves, and the customer's message read in Hebrew.
import type { CompiledRule, LanguageModule } from '../../language';
import type { PolicyRule } from '../../../policy/types';
import { sentences } from '../../text-spans';
import { readHebrewCustomer } from './customer';
import { findMoves } from './moves';
import { compileRule, matchRules } from './rules';
import { HEBREW_TEMPLATES } from './templates';

/** Hebrew rarely ends an abbreviation with a period (it uses geresh: "וכו'"); these few do. */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['וכו', 'וגו', 'עמ', 'מס', 'רח', 'טל']);

export const hebrew: LanguageModule = {
  lang: 'he',
  templates: HEBREW_TEMPLATES,
  sentences: (text: string) => sentences(text, ABBREVIATIONS),
  compile: (rule: PolicyRule): CompiledRule => compileRule(rule),
  match: matchRules,
  moves: findMoves,
  readCustomer: readHebrewCustomer,
};
