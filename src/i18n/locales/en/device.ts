import type source from '../pt-BR/device'

const device: typeof source = {}

export default device
