import { z } from 'zod';

/** Roles are held per membership (organisation × platform); see DESIGN.md §4. */
export const roles = ['admin', 'coordinator', 'rep', 'field', 'observer'] as const;
export type Role = (typeof roles)[number];

/** Higher rank includes every right of a lower one. */
const rank: Record<Role, number> = { observer: 0, field: 1, rep: 2, coordinator: 3, admin: 4 };

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}

export const role = z.enum(roles, {
  message: 'Choose a role: admin, coordinator, rep, field or observer.',
});
