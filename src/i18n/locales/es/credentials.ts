import type source from '../pt-BR/credentials'

const credentials: typeof source = {}

export default credentials
