// biome-ignore lint/complexity/noBannedTypes: filled as the module's tables are added
export type PlanningTables = {};
