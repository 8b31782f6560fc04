/** Host notices, invitations and the visitor-services settings. */
export default {}
