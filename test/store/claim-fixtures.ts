// Articles with hand-built claims ledgers, written for these tests: a border shelling one outlet
// reports and another side denies, and a planned meeting later held or called off.
import { makeDoc } from "./fixtures.js";

export const VAL = { id: "country:VAL", name: "Valdoria", type: "GPE", country: "VAL", surface: ["Valdoria"] };
export const KES = { id: "country:KES", name: "Kesland", type: "GPE", country: "KES", surface: ["Kesland"] };
export const KES_MOD = { id: "org:kesland-defence-ministry", name: "Kesland Defence Ministry", type: "ORG", country: "KES", surface: ["defence ministry"] };

const SHELLING = "KESTOWN, March 10 - Valdoria's army shelled three border villages in Kesland on Sunday, Kesland's defence ministry said, adding that two farmers were wounded.";
const DENIAL = "VALBURG, March 11 - Valdoria on Monday denied that its forces had fired on any villages in Kesland, calling the accusation a fabrication.";
const PLAN = "GENEVA, April 1 - The foreign ministers of Valdoria and Kesland will meet in Geneva on April 8 to discuss the border, officials said.";
const HELD = "GENEVA, April 9 - The foreign ministers of Valdoria and Kesland met in Geneva on Tuesday and agreed to reopen two crossings.";
const OFF = "GENEVA, April 7 - A meeting between the foreign ministers of Valdoria and Kesland planned for Tuesday has been called off, diplomats said.";

export function claimDocs() {
  return {
    shelling: makeDoc("harbor-wire/shelling.txt", {
      text: SHELLING, title: "Kesland says Valdoria shelled border villages", published: "2025-03-10", entities: [VAL, KES, KES_MOD],
      claims: [{
        claimant: KES_MOD.id, claimantText: "Kesland's defence ministry", stance: "asserts", type: "FIGHT", source: [VAL.id], target: [KES.id], date: "2025-03-09",
        evidence: "Valdoria's army shelled three border villages in Kesland on Sunday, Kesland's defence ministry said", proposition: "Valdoria's army shelled three border villages in Kesland on Sunday",
      }],
    }),
    denial: makeDoc("northern-post/denial.txt", {
      text: DENIAL, title: "Valdoria denies firing on villages", published: "2025-03-11", entities: [VAL, KES],
      claims: [{
        claimant: VAL.id, claimantText: "Valdoria", stance: "denies", type: "FIGHT", source: [VAL.id], target: [KES.id], polarity: "negative",
        evidence: "Valdoria on Monday denied that its forces had fired on any villages in Kesland", proposition: "its forces had fired on any villages in Kesland",
      }],
    }),
    both: makeDoc("border-daily/both.txt", {
      text: `${SHELLING}\n\n${DENIAL}`, published: "2025-03-11", entities: [VAL, KES, KES_MOD],
      claims: [
        { claimant: KES_MOD.id, claimantText: "Kesland's defence ministry", stance: "asserts", type: "FIGHT", source: [VAL.id], target: [KES.id], date: "2025-03-09", evidence: "Valdoria's army shelled three border villages in Kesland on Sunday, Kesland's defence ministry said" },
        { claimant: VAL.id, claimantText: "Valdoria", stance: "denies", type: "FIGHT", source: [VAL.id], target: [KES.id], polarity: "negative", evidence: "Valdoria on Monday denied that its forces had fired on any villages in Kesland", links: [{ to: 0, relation: "contradicts" }] },
      ],
    }),
    plan: makeDoc("harbor-wire/plan.txt", {
      text: PLAN, published: "2025-04-01", entities: [VAL, KES],
      claims: [{ claimant: null, claimantText: "officials", stance: "plans", status: "pending", type: "CONSULT", source: [VAL.id], target: [KES.id], date: "2025-04-08", evidence: "The foreign ministers of Valdoria and Kesland will meet in Geneva on April 8 to discuss the border, officials said" }],
    }),
    held: makeDoc("northern-post/held.txt", {
      text: HELD, published: "2025-04-09", entities: [VAL, KES],
      claims: [{ claimant: null, claimantText: "GENEVA", stance: "asserts", type: "CONSULT", source: [VAL.id], target: [KES.id], date: "2025-04-08", evidence: "The foreign ministers of Valdoria and Kesland met in Geneva on Tuesday" }],
    }),
    /** The meeting reported as a plain event, with no claim attached. */
    heldEvent: makeDoc("valley-times/held-event.txt", {
      text: HELD, published: "2025-04-09", entities: [VAL, KES],
      events: [{ type: "CONSULT", source: [VAL.id], target: [KES.id], evidence: "The foreign ministers of Valdoria and Kesland met in Geneva on Tuesday", trigger: "met", date: "2025-04-08" }],
    }),
    calledOff: makeDoc("northern-post/off.txt", {
      text: OFF, published: "2025-04-07", entities: [VAL, KES],
      claims: [{ claimant: null, claimantText: "diplomats", stance: "asserts", type: "CONSULT", source: [VAL.id], target: [KES.id], date: "2025-04-08", polarity: "negative", evidence: "A meeting between the foreign ministers of Valdoria and Kesland planned for Tuesday has been called off, diplomats said" }],
    }),
  };
}
