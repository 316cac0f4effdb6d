// What the customer scripts (training, development runs) need from the analyser, bundled
// by scripts/customer/bundle.mjs.
export { englishMoodFeatures, moodWithCues as englishMoodWithCues } from '../../src/core/lang/en/customer-mood';
export { hebrewMoodFeatures, moodWithCues as hebrewMoodWithCues } from '../../src/core/lang/he/customer-mood';
export { LANGUAGES } from '../../src/core/languages';
export { explainReflection } from '../../src/core/lang/en/customer-reflect';
export { explainHebrewReflection } from '../../src/core/lang/he/customer-reflect';
export { englishCandidates, englishReflectionFrom } from '../../src/core/lang/en/customer-reflect';
export { englishMood } from '../../src/core/lang/en/customer-mood';
export { straighten } from '../../src/core/lang/en/customer-cues';
export { hebrewCandidates, hebrewReflectionFrom } from '../../src/core/lang/he/customer-reflect';
export { hebrewMood } from '../../src/core/lang/he/customer-mood';
export * as englishCues from '../../src/core/lang/en/customer-cues';
export * as hebrewCues from '../../src/core/lang/he/customer-cues';
export { hostileShape } from '../../src/core/lang/en/customer-hostile';
export { englishClauses } from '../../src/core/lang/en/customer-clauses';
export { hostileShape as hebrewHostileShape } from '../../src/core/lang/he/customer-hostile';
export { hebrewClauses } from '../../src/core/lang/he/customer-clauses';
export { englishUnsaidFeatures } from '../../src/core/lang/en/customer-unsaid';
export { hebrewUnsaidFeatures } from '../../src/core/lang/he/customer-unsaid';
