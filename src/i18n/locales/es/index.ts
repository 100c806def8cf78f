import type { FarolResources } from '../../types'
import common from './common'
import connect from './connect'
import connections from './connections'
import credentials from './credentials'
import device from './device'
import item from './item'
import status from './status'
import warnings from './warnings'

const es: FarolResources = {
  common,
  status,
  warnings,
  credentials,
  device,
  item,
  connections,
  connect,
}

export default es
