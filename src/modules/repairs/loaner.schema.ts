import { z } from 'zod';
import { pageOf } from '../../kernel/pagination.js';

export const LoanerStatus = z.enum(['available', 'out', 'maintenance', 'retired']);
export const Loaner = z.object({
  id: z.string(),
  serial: z.string(),
  model: z.string(),
  category: z.string(),
  condition: z.string(),
  status: LoanerStatus,
  purchaseCostCents: z.number().int(),
  notes: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Loaner = z.infer<typeof Loaner>;

export const Loan = z.object({
  id: z.string(),
  loanerId: z.string(),
  customerId: z.string(),
  repairOrderId: z.string(),
  issuedAt: z.string(),
  dueDate: z.string(),
  returnedAt: z.string().nullable(),
  depositCents: z.number().int(),
  returnCondition: z.enum(['good', 'damaged']).nullable(),
  notes: z.string().nullable(),
  reminderSentAt: z.string().nullable(),
  charged: z.boolean(),
  costPerDayCents: z.number().int(),
  /** Days out × the per-day cost; set on return. */
  costCents: z.number().int().nullable(),
});
export type Loan = z.infer<typeof Loan>;
export const LoanerDetail = Loaner.extend({ loans: z.array(Loan) });
export const OverdueLoan = Loan.extend({ serial: z.string(), model: z.string(), customerName: z.string(), daysOverdue: z.number().int() });

const text = (max: number) => z.string().trim().max(max);
export const CreateLoanerBody = z.strictObject({
  serial: text(100).min(1),
  model: text(200).min(1),
  category: text(100).default(''),
  condition: text(200).default('good'),
  purchaseCostCents: z.number().int().min(0).default(0),
  notes: text(2000).nullable().default(null),
});
export type CreateLoanerBody = z.infer<typeof CreateLoanerBody>;
export const UpdateLoanerBody = z.strictObject({
  version: z.number().int().min(1),
  serial: text(100).min(1).optional(),
  model: text(200).min(1).optional(),
  category: text(100).optional(),
  condition: text(200).optional(),
  /** `out` is set only by issuing a loan. */
  status: z.enum(['available', 'maintenance', 'retired']).optional(),
  purchaseCostCents: z.number().int().min(0).optional(),
  notes: text(2000).nullable().optional(),
});
export type UpdateLoanerBody = z.infer<typeof UpdateLoanerBody>;
export const ListLoanersQuery = z.strictObject({
  status: LoanerStatus.optional(),
  q: text(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListLoanersQuery = z.infer<typeof ListLoanersQuery>;
export const LoanerPage = pageOf(Loaner);
export const IssueBody = z.strictObject({
  repairOrderId: z.uuid(),
  dueDate: z.iso.date(),
  depositCents: z.number().int().min(0).default(0),
  charge: z.boolean().default(false),
});
export type IssueBody = z.infer<typeof IssueBody>;
export const ReturnBody = z.strictObject({ condition: z.enum(['good', 'damaged']), notes: text(2000).nullable().default(null) });
export type ReturnBody = z.infer<typeof ReturnBody>;
export const DeleteLoanerQuery = z.strictObject({ version: z.coerce.number().int().min(1) });
