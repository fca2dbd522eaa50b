export interface TeamsTables {
  teams: { id: string; name: string; description: string; version: number; createdAt: string; updatedAt: string };
  teamMembers: { teamId: string; userId: string; isLead: boolean | number };
}
