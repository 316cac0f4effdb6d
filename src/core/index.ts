// The analyser's public API, used unchanged by the extension and the command line.
export { analyze, type AnalyzeContext } from './analyze';
export { compilePolicy, compileRule, forgetSentences } from './compile';
export { detectLanguage } from './detect-language';
export { PatternError } from './language';
export { LANGUAGES } from './languages';
export * from './types';
