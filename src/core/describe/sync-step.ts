import type { SyncStep } from '../model'
import { ownValue } from '../own-value'

const STEP_BY_EXECUTION_STATUS: Record<string, SyncStep> = {
  CREATING: 'creating',
  CREATED: 'creating',
  LOGIN_IN_PROGRESS: 'login',
  LOGIN_MFA_IN_PROGRESS: 'login-mfa',
  ACCOUNTS_IN_PROGRESS: 'accounts',
  CREDITCARDS_IN_PROGRESS: 'credit-cards',
  TRANSACTIONS_IN_PROGRESS: 'transactions',
  PAYMENT_DATA_IN_PROGRESS: 'payment-data',
  INVESTMENTS_IN_PROGRESS: 'investments',
  INVESTMENTS_TRANSACTIONS_IN_PROGRESS: 'investment-transactions',
  INVESTMENT_TRANSACTIONS_IN_PROGRESS: 'investment-transactions',
  IDENTITY_IN_PROGRESS: 'identity',
  LOANS_IN_PROGRESS: 'loans',
  ACCOUNT_STATEMENTS_IN_PROGRESS: 'account-statements',
  MERGING: 'merging',
}

export function isInProgressExecution(executionStatus: string): boolean {
  return (
    ownValue(STEP_BY_EXECUTION_STATUS, executionStatus) !== undefined ||
    executionStatus.endsWith('_IN_PROGRESS')
  )
}

export function syncStepOf(status: string, executionStatus: string): SyncStep {
  return (
    ownValue(STEP_BY_EXECUTION_STATUS, executionStatus) ??
    (status === 'MERGING' ? 'merging' : status === 'CREATED' ? 'creating' : 'other')
  )
}
