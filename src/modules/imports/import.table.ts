export interface ImportsTables {
  imports: {
    id: string;
    kind: string;
    fileName: string;
    mode: string;
    dryRun: boolean | number;
    status: string;
    encoding: string | null;
    delimiter: string | null;
    rowsRead: number;
    created: number;
    updated: number;
    unchanged: number;
    rejected: number;
    error: string | null;
    startedBy: string | null;
    startedAt: string;
    finishedAt: string | null;
  };
  importRejections: { importId: string; line: number; reason: string; raw: string };
}
