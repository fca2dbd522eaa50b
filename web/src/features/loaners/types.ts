import type { z } from 'zod';
import type { Loaner as LoanerSchema, LoanerDetail as DetailSchema, OverdueLoan as OverdueSchema, CreateLoanerBody, ReturnBody } from '../../../../src/modules/repairs/loaner.schema';
import type { RepairOrder as RepairOrderSchema } from '../../../../src/modules/repairs/repair.schema';

export type Loaner = z.infer<typeof LoanerSchema>;
export type LoanerDetail = z.infer<typeof DetailSchema>;
export type OverdueLoan = z.infer<typeof OverdueSchema>;
export type LoanerStatus = Loaner['status'];
export type LoanerFields = z.input<typeof CreateLoanerBody>;
export type ReturnCondition = z.infer<typeof ReturnBody>['condition'];
export type RepairOrder = z.infer<typeof RepairOrderSchema>;
