export type { CaseEventBase } from './case.events.js';
export type { IngestOutcome } from './case.inbound.js';
export type { CasesTables } from './case.table.js';
export { type Cases, type CasesDeps, createCases } from './cases.module.js';
