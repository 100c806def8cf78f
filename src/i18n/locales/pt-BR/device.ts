// Owned by the device work; filled in by its author.
const device = {}

export default device
