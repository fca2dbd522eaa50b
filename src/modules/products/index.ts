export { productRoutes } from './product.routes.js';
export type { InstalledProduct, Product } from './product.schema.js';
export { createProductService, installedRow, type ProductService } from './product.service.js';
export type { ProductsTables } from './product.table.js';
export { addMonths, warrantyOf, type WarrantyStatus } from './warranty.js';
