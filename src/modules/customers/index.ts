export { customerRoutes } from './customer.routes.js';
export { CreateCustomerBody, type Customer } from './customer.schema.js';
export { type CustomerHistory, type CustomerService, createCustomerService } from './customer.service.js';
export type { CustomersTables } from './customer.table.js';
export { searchTokens } from './customer.search.js';
