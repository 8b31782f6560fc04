export default {
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  retry: 'Try again',
  roles: {
    receptionist: 'Receptionist',
    guard: 'Guard',
    supervisor: 'Supervisor',
    administrator: 'Administrator',
  },
  /** The role inside a sentence ("A guard cannot…"). */
  rolesInline: {
    receptionist: 'receptionist',
    guard: 'guard',
    supervisor: 'supervisor',
    administrator: 'administrator',
  },
  /** Naive UI's -/+ buttons of number fields. */
  decrease: 'Decrease',
  increase: 'Increase',
  loading: 'Loading…',
}
