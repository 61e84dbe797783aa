// The model's sentence-boundary and POS machines, compiled once on first use.
import model from "wink-eng-lite-web-model";
import { Automaton } from "./automaton.js";

interface MachineSource {
  machines: string[];
}
interface ModelWithMachines {
  sbd(): MachineSource;
  pos(): MachineSource;
}

let sbd: Automaton[] | null = null;
let pos: Automaton[] | null = null;

export function sbdMachines(): Automaton[] {
  sbd ??= (model as unknown as ModelWithMachines).sbd().machines.map((m) => new Automaton(m));
  return sbd;
}

export function posMachines(): Automaton[] {
  pos ??= (model as unknown as ModelWithMachines).pos().machines.map((m) => new Automaton(m));
  return pos;
}

/**
 * Lexemes with a fixed place in the model's lexicon (its list opens with the OOV marker, "\n",
 * "\n\n"): wink's automata skip the token cache.lookup("\n") for sentences and
 * cache.lookup(cache.value(0)) (the OOV lexeme) for POS tags (automaton.js keyLF).
 */
export const OOV_LEXEME = 0;
export const LF_LEXEME = 1;
