import common from './common'
import connect from './connect'
import connections from './connections'
import credentials from './credentials'
import device from './device'
import item from './item'
import status from './status'
import warnings from './warnings'

const ptBR = { common, status, warnings, credentials, device, item, connections, connect }

export default ptBR
