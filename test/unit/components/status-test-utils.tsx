// Shared by the StatusBanner, ProductWarningList and ItemConnectionStatus tests.
import { render, type RenderOptions } from '@testing-library/react'
import axe from 'axe-core'
import type { ReactElement, ReactNode } from 'react'
import { describeItem, parseItem, type GuidanceReason, type Item } from '../../../src/core'
import { createFarolI18n } from '../../../src/i18n'
import { ensureFarolLocale } from '../../../src/i18n/locale-cache'
import en from '../../../src/i18n/locales/en'
import es from '../../../src/i18n/locales/es'
import ptBR from '../../../src/i18n/locales/pt-BR'
import { FarolI18nProvider } from '../../../src/i18n/react'
import { NOW, failed, item, pluggyBank } from '../../fixtures/items'

export { NOW }
export const LOCALES = { 'pt-BR': ptBR, en, es } as const
export type TestLocale = keyof typeof LOCALES
export const LOCALE_NAMES = Object.keys(LOCALES) as TestLocale[]

const minutes = (n: number) => new Date(NOW.getTime() + n * 60_000).toISOString()
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000).toISOString()

/** One raw item per decision-table row, i.e. per guidance reason. */
export const DECISION_TABLE: Record<GuidanceReason, Record<string, unknown>> = {
  syncing: item({ status: 'UPDATING', executionStatus: 'TRANSACTIONS_IN_PROGRESS' }),
  updated: item(),
  'consent-expiring': item({ consentExpiresAt: days(3) }),
  'consent-expired': item({ consentExpiresAt: days(-2) }),
  'partial-success': item({
    executionStatus: 'PARTIAL_SUCCESS',
    statusDetail: {
      accounts: { isUpdated: true, lastUpdatedAt: minutes(-30), warnings: [] },
      transactions: { isUpdated: false, lastUpdatedAt: days(-2), warnings: [] },
      investments: {
        isUpdated: true,
        lastUpdatedAt: minutes(-30),
        warnings: [
          {
            code: '001',
            message: 'User lacks permissions to view investments on this account',
            providerMessage: 'Seu perfil de usuário não está habilitado para esta transação.',
          },
        ],
      },
      creditCards: null,
    },
  }),
  mfa: item({
    status: 'WAITING_USER_INPUT',
    executionStatus: 'WAITING_USER_INPUT',
    parameter: { name: 'token', label: 'Token', type: 'number', expiresAt: minutes(5) },
  }),
  'mfa-expired': item({
    status: 'WAITING_USER_INPUT',
    executionStatus: 'WAITING_USER_INPUT',
    parameter: { name: 'token', label: 'Token', type: 'number', expiresAt: minutes(-1) },
  }),
  'user-action': item({
    status: 'WAITING_USER_ACTION',
    executionStatus: 'WAITING_USER_ACTION',
    userAction: {
      instructions: 'Abra o app do banco e aprove o acesso.',
      type: 'authorize-access',
      expiresAt: minutes(10),
    },
  }),
  'user-action-expired': item({
    status: 'WAITING_USER_ACTION',
    executionStatus: 'WAITING_USER_ACTION',
    userAction: { instructions: 'Aprove no app.', type: 'qr', expiresAt: minutes(-1) },
  }),
  'device-authorization': failed('LOGIN_ERROR', 'USER_AUTHORIZATION_PENDING', {
    attributes: { deviceNickname: 'Farol-7F3A' },
  }),
  'invalid-credentials': {
    ...failed('LOGIN_ERROR', 'INVALID_CREDENTIALS'),
    consecutiveFailedLoginAttempts: 2,
  },
  'invalid-mfa': failed('LOGIN_ERROR', 'INVALID_CREDENTIALS_MFA'),
  'account-locked': failed('LOGIN_ERROR', 'ACCOUNT_LOCKED', {
    providerMessage: 'Conta bloqueada. Procure sua agência.',
  }),
  'credentials-reset': failed('LOGIN_ERROR', 'ACCOUNT_CREDENTIALS_RESET'),
  'account-needs-action': failed('LOGIN_ERROR', 'ACCOUNT_NEEDS_ACTION', {
    providerMessage: 'Sua senha deve ser alterada',
  }),
  'consent-not-granted': failed('LOGIN_ERROR', 'USER_AUTHORIZATION_NOT_GRANTED'),
  'consent-revoked': failed('LOGIN_ERROR', 'USER_AUTHORIZATION_REVOKED'),
  'already-logged-in': failed('LOGIN_ERROR', 'ALREADY_LOGGED_IN'),
  'user-not-supported': failed('LOGIN_ERROR', 'USER_NOT_SUPPORTED'),
  'login-error': failed('LOGIN_ERROR', 'SOME_NEW_LOGIN_CODE'),
  'site-not-available': {
    ...failed('OUTDATED', 'SITE_NOT_AVAILABLE'),
    nextAutoSyncAt: minutes(60),
    connector: { ...pluggyBank, health: { status: 'UNSTABLE', stage: null } },
  },
  'connection-error': failed('OUTDATED', 'CONNECTION_ERROR'),
  'unexpected-error': failed('OUTDATED', 'ERROR'),
  'input-timeout': failed('OUTDATED', 'USER_INPUT_TIMEOUT'),
  outdated: failed('OUTDATED', 'SOME_NEW_OUTDATED_CODE'),
  unknown: item({ status: 'SOMETHING_NEW', executionStatus: 'WHO_KNOWS' }),
}

export const REASONS = Object.keys(DECISION_TABLE) as GuidanceReason[]

export function rowItem(reason: GuidanceReason): Item {
  return parseItem(DECISION_TABLE[reason])
}

export function rowGuidance(reason: GuidanceReason) {
  return describeItem(rowItem(reason), { now: NOW })
}

/** The raw values of an item (status, execution status, error code) that must not show. */
export function rawValues(raw: Record<string, unknown>): string[] {
  const error = raw.error as { code?: string } | null | undefined
  return [raw.status, raw.executionStatus, error?.code].filter(
    (value): value is string => typeof value === 'string' && value.length > 0,
  )
}

/** Text a user would see that must never appear: enum names, key paths, placeholders. */
export function leakedInternals(text: string): string[] {
  const found: string[] = []
  const enumName = /[A-Z]{3,}_[A-Z_]+/.exec(text)
  if (enumName) found.push(enumName[0])
  const keyPath = /\b(status|warnings|common)\.[a-z][\w.-]*/.exec(text)
  if (keyPath) found.push(keyPath[0])
  if (/\{\{|\}\}/.test(text)) found.push('uninterpolated {{…}}')
  return found
}

/** Downloads en and es once, so providers render them synchronously. */
export async function preloadLocales(): Promise<void> {
  const i18n = createFarolI18n()
  await ensureFarolLocale(i18n, 'en')
  await ensureFarolLocale(i18n, 'es')
}

export function renderIn(locale: TestLocale, ui: ReactElement, options?: RenderOptions) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <FarolI18nProvider locale={locale}>{children}</FarolI18nProvider>
  )
  return render(ui, { ...options, wrapper })
}

/**
 * axe on a rendered container. colour-contrast is off only here: jsdom has no
 * layout or cascade to compute colours from. The Storybook run (Chromium, real
 * CSS) and theme.test.tsx check contrast.
 */
export async function axeViolations(container: Element): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })
  return result.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(' | ')}`,
  )
}
