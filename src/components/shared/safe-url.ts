// Institution data decides these URLs, so only schemes that cannot run script pass.
export { safeHttpUrl, safeImageUrl } from '../../core/describe/guards'
