import type { StaffRole } from '../../kernel/auth/principal.js';
import { AppError } from '../../kernel/errors.js';

/**
 * Admins manage everyone. Managers manage staff below admin: they cannot create, change or make admins.
 * Other roles manage nobody (the routes already refuse them; this is the service-layer check).
 */
export function assertMayManage(actorRole: StaffRole, targetRole: StaffRole | null, newRole: StaffRole | undefined): void {
  if (actorRole === 'admin') return;
  if (actorRole === 'manager' && targetRole !== 'admin' && newRole !== 'admin') return;
  throw new AppError('forbidden', { subcode: 'user.not_manageable', detail: 'Only an admin may manage admin accounts.' });
}

interface Node {
  id: string;
  name: string;
  role: string;
  managerId: string | null;
}

/** Direct reports, and everyone further down with the direct report they report through. */
export function reportsOf(structure: Node[], managerId: string) {
  const children = new Map<string, Node[]>();
  for (const n of structure) if (n.managerId) children.set(n.managerId, [...(children.get(n.managerId) ?? []), n]);
  const pick = (n: Node) => ({ id: n.id, name: n.name, role: n.role as StaffRole });
  const direct = (children.get(managerId) ?? []).map(pick);
  const indirect: { id: string; name: string; role: StaffRole; via: string }[] = [];
  const seen = new Set([managerId, ...direct.map((d) => d.id)]);
  for (const d of direct) {
    const queue = [...(children.get(d.id) ?? [])];
    while (queue.length) {
      const n = queue.shift() as Node;
      if (seen.has(n.id)) continue;
      seen.add(n.id);
      indirect.push({ ...pick(n), via: d.id });
      queue.push(...(children.get(n.id) ?? []));
    }
  }
  return { direct, indirect };
}
