export type { Board, BoardJob } from './board.schema.js';
export type { Loan, Loaner } from './loaner.schema.js';
export type { PortalRepair, RepairOrder, RepairOrderDetail } from './repair.schema.js';
export type { CreateForOrderInput } from './repair.create.js';
export type { BookingInfo, OrderLineInput, RepairsDeps, ServiceInfo, StaffInfo } from './repairs.deps.js';
export { createRepairs, type Repairs } from './repairs.module.js';
export type { RepairKind, RepairStatus, RepairsTables } from './repairs.table.js';
export { insertDemoLoaners, insertDemoRepairs } from './repairs.demo.js';
