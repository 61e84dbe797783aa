export { buildClaims, type ClaimInput } from "./ledger.js";
export { crossLinkClaims, type CrossLink, type ArticleClaims } from "./across.js";
export type { Claim, ClaimLedger, ClaimLink, ChainLink, Proposition, Stance } from "./types.js";
