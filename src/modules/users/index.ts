export { userRoutes } from './user.routes.js';
export { CreateUserBody, type User } from './user.schema.js';
export { type Credentials, createUserService, type UserService } from './user.service.js';
export type { UsersTables } from './user.table.js';
