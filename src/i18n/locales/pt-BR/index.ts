import common from './common'
import credentials from './credentials'
import device from './device'
import item from './item'
import status from './status'
import warnings from './warnings'

const ptBR = { common, status, warnings, credentials, device, item }

export default ptBR
