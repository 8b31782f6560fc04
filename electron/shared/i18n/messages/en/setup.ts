export default {
  page: 'Set up a server',
}
