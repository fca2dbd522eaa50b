export interface UsersTables {
  users: {
    id: string;
    name: string;
    email: string;
    emailVerified: boolean | number;
    image: string | null;
    role: string;
    active: boolean | number;
    locale: string;
    managerId: string | null;
    skills: string;
    hourlyCostCents: number;
    contractHoursPerWeek: number;
    version: number;
    createdAt: string;
    updatedAt: string;
  };
}

export type UserRow = UsersTables['users'];
