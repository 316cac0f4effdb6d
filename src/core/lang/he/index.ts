// The Hebrew language module (issue 5): phrase rules with prefix letters and gender and
// number forms, Hebrew sentences, moves, and the customer's message read in Hebrew.
import type { CompiledRule, LanguageModule } from '../../language';
import type { PolicyRule } from '../../../policy/types';
import { hebrewOpening } from './context';
import { readHebrewCustomer } from './customer';
import { hebrewFeatures } from './features';
import { findMoves } from './moves';
import { hebrewPatternCost } from './phrase';
import { compileRule, matchRules } from './rules';
import { hebrewSentences } from './sentences';
import { HEBREW_TEMPLATES } from './templates';

export const hebrew: LanguageModule = {
  lang: 'he',
  templates: HEBREW_TEMPLATES,
  sentences: hebrewSentences,
  compile: (rule: PolicyRule): CompiledRule => compileRule(rule),
  patternCost: hebrewPatternCost,
  match: matchRules,
  moves: findMoves,
  opening: hebrewOpening,
  features: hebrewFeatures,
  readCustomer: readHebrewCustomer,
};
