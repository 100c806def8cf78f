export { describeItem, type DescribeItemOptions } from './describe-item'
export { deviceNicknameOf } from './device'
export { productKeyOf } from './products'
export { AUTO_SYNC_MAX_RETRIES, AUTO_SYNC_RETRY_INTERVAL_MS } from './auto-sync'
