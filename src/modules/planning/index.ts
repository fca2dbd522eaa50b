export type { PlanningAddress, PlanningCustomer, PlanningDeps, PlanningServiceInfo } from './planning.core.js';
export type { BookInput } from './booking.service.js';
export { createPlanning, type Planning } from './planning.module.js';
export { planningRoutes } from './planning.routes.js';
export { REGIONS, type Region, regionOf } from './planning.rules.js';
export { Booking, BookingList, Slot, SlotList, SlotTemplate } from './planning.schema.js';
export type { PlanningTables } from './planning.table.js';
export { insertDemoBookings, insertDemoPlanningSetup, insertDemoSlotUsage } from './planning.demo.js';
