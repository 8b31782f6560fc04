/**
 * (Zod-free, so the renderer's first bundle can use it; `roles.ts` adds the schema and re-exports this.)
 *
 * Who may sit at a Gatehouse station. Each role is a job, not a level: a receptionist never sees the
 * guard screens and a guard never registers visitors. A supervisor does both jobs and reads the audit
 * log; an administrator can do everything, including settings and operator accounts.
 */
export const ROLES = ['receptionist', 'guard', 'supervisor', 'administrator'] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  receptionist: 'Receptionist',
  guard: 'Guard',
  supervisor: 'Supervisor',
  administrator: 'Administrator',
}

/** Groups the permission table and the renderer share, so both name the same people. */
export const RECEPTION_ROLES = [
  'receptionist',
  'supervisor',
  'administrator',
] as const satisfies readonly Role[]
export const GUARD_ROLES = ['guard', 'supervisor', 'administrator'] as const satisfies readonly Role[]
export const SUPERVISOR_ROLES = ['supervisor', 'administrator'] as const satisfies readonly Role[]
export const ADMIN_ROLES = ['administrator'] as const satisfies readonly Role[]
export const ALL_ROLES = ROLES

/** Roles a guard-like sign-in on a locked screen may use to handle a waiting alarm. */
export const ALARM_HANDLER_ROLES: readonly Role[] = GUARD_ROLES

export function hasRole(actual: Role | null | undefined, allowed: readonly Role[]): boolean {
  return actual != null && allowed.includes(actual)
}
