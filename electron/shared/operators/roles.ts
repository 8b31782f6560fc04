/**
 * The role schema for the contract; the names, groups and checks live in the zod-free `role-names.ts`
 * (the renderer imports those without the schema library) and are re-exported here.
 */
import { z } from 'zod'
import { ROLES } from './role-names'

export * from './role-names'
export const role = z.enum(ROLES)
