/**
 * Template placeholders, free of the schema library so the settings screen can list them without zod;
 * visitor-services-settings.ts re-exports them.
 */
/** Placeholders a template may use; anything else in braces is left as typed. */
export const HOST_NOTICE_PLACEHOLDERS = [
  'visitor',
  'company',
  'host',
  'desk',
  'time',
  'site',
  'reason',
] as const
export const INVITATION_PLACEHOLDERS = ['visitor', 'host', 'date', 'site', 'address', 'reason'] as const
