// The events stage: who did what to whom, coded in PLOVER from the lexicon in data/patterns.
export { codeEvents, defaultNewsDate, type EventContext } from "./code.js";
export { loadLexicon, parsePattern, PLOVER_TYPES, LexiconError, type Lexicon, type Pattern } from "./lexicon.js";
