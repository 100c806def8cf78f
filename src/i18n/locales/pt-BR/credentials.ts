// Owned by the credentials work; filled in by its author.
const credentials = {}

export default credentials
