export interface SatisfactionTables {
  caseRatings: {
    caseId: string;
    /** SHA-256 of the survey link's token. */
    tokenHash: string;
    customerId: string;
    agentId: string | null;
    teamId: string | null;
    /** 1–5; null until answered. */
    rating: number | null;
    comment: string | null;
    sentAt: string;
    ratedAt: string | null;
    /** The answer may be changed until then (7 days after the first answer). */
    changeableUntil: string | null;
  };
  npsSurveys: { id: string; customerId: string; tokenHash: string; sentAt: string; score: number | null; comment: string | null; answeredAt: string | null };
}
