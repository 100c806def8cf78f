import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { describeItem, parseItem, type ItemGuidance } from '../../src/core'
import { PHASE_TITLES } from '../support/reasons'

/** One representative item per row of the decision table (README). */
const ROWS: Array<[string, Record<string, unknown>]> = [
  ['UPDATING · LOGIN_IN_PROGRESS', { status: 'UPDATING', executionStatus: 'LOGIN_IN_PROGRESS' }],
  ['UPDATED · SUCCESS', { status: 'UPDATED', executionStatus: 'SUCCESS' }],
  [
    'UPDATED · PARTIAL_SUCCESS',
    {
      status: 'UPDATED',
      executionStatus: 'PARTIAL_SUCCESS',
      statusDetail: {
        accounts: { isUpdated: true, lastUpdatedAt: null },
        transactions: { isUpdated: false, lastUpdatedAt: null },
      },
    },
  ],
  [
    'WAITING_USER_INPUT',
    { status: 'WAITING_USER_INPUT', parameter: { name: 'token', label: 'Token', type: 'number' } },
  ],
  [
    'WAITING_USER_ACTION',
    {
      status: 'WAITING_USER_ACTION',
      userAction: { type: 'qr', instructions: 'Escaneie o QR code no app do banco.' },
    },
  ],
  [
    'USER_AUTHORIZATION_PENDING',
    {
      status: 'UPDATING',
      error: {
        code: 'USER_AUTHORIZATION_PENDING',
        message: '',
        attributes: { deviceNickname: '123456789' },
      },
    },
  ],
  ...[
    'INVALID_CREDENTIALS',
    'INVALID_CREDENTIALS_MFA',
    'ACCOUNT_LOCKED',
    'ACCOUNT_CREDENTIALS_RESET',
    'ACCOUNT_NEEDS_ACTION',
    'USER_AUTHORIZATION_NOT_GRANTED',
    'USER_AUTHORIZATION_REVOKED',
    'ALREADY_LOGGED_IN',
    'USER_NOT_SUPPORTED',
  ].map((code): [string, Record<string, unknown>] => [
    `LOGIN_ERROR · ${code}`,
    { status: 'LOGIN_ERROR', executionStatus: code, error: { code, message: '' } },
  ]),
  ...[
    'SITE_NOT_AVAILABLE',
    'ERROR',
    'CONNECTION_ERROR',
    'UNEXPECTED_ERROR',
    'USER_INPUT_TIMEOUT',
  ].map((code): [string, Record<string, unknown>] => [
    `OUTDATED · ${code}`,
    { status: 'OUTDATED', executionStatus: code, error: { code, message: '' } },
  ]),
  ['anything else', { status: 'HIBERNATING' }],
]

/** The reason's story under Components/ItemConnectionStatus (the manager's URL, from the preview). */
function reasonStoryHref({ phase, reason }: ItemGuidance): string {
  const folder = PHASE_TITLES[phase].toLowerCase().replace(/[^a-z0-9]+/g, '-')
  return `./?path=/story/components-itemconnectionstatus-${folder}--${reason}`
}

function DecisionTable({ now }: { now: string }) {
  const rows = ROWS.map(([label, raw]): [string, ItemGuidance] => [
    label,
    describeItem(parseItem({ id: label, ...raw }), { now: new Date(now) }),
  ])
  return (
    <table style={{ borderCollapse: 'collapse', font: '14px system-ui' }}>
      <caption style={{ textAlign: 'left', fontWeight: 600, padding: 8 }}>
        describeItem for each row of the decision table
      </caption>
      <thead>
        <tr>
          {['status / code', 'phase', 'reason', 'tone', 'actions', 'fetch', 'alert'].map((h) => (
            <th key={h} scope="col" style={{ textAlign: 'left', padding: '4px 8px' }}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, guidance]) => (
          <tr key={label} data-phase={guidance.phase} style={{ borderTop: '1px solid #ccc' }}>
            <th scope="row" style={{ textAlign: 'left', padding: '4px 8px' }}>
              <code>{label}</code>
            </th>
            <td style={{ padding: '4px 8px' }}>{guidance.phase}</td>
            <td style={{ padding: '4px 8px' }}>
              <a
                href={reasonStoryHref(guidance)}
                target="_top"
                style={{ color: 'var(--farol-accent)' }}
              >
                {guidance.reason}
              </a>
            </td>
            <td style={{ padding: '4px 8px' }}>{guidance.tone}</td>
            <td style={{ padding: '4px 8px' }}>{guidance.actions.map((a) => a.type).join(', ')}</td>
            <td style={{ padding: '4px 8px' }}>{guidance.fetchableProducts.join(', ') || '—'}</td>
            <td style={{ padding: '4px 8px' }}>{guidance.alert}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const meta = {
  title: 'Core/Decision table',
  component: DecisionTable,
  args: { now: '2026-07-20T10:00:00.000Z' },
  argTypes: { now: { control: 'text', description: 'ISO date `describeItem` is evaluated at.' } },
  parameters: { frame: { maxWidth: 'none' } },
} satisfies Meta<typeof DecisionTable>
export default meta

export const Table: StoryObj<typeof meta> = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getAllByRole('row')).toHaveLength(ROWS.length + 1)
    const locked = canvas.getByRole('rowheader', { name: 'LOGIN_ERROR · ACCOUNT_LOCKED' })
    await expect(locked.closest('tr')).toHaveAttribute('data-phase', 'login-error')
    await expect(within(locked.closest('tr')!).getByRole('link')).toHaveAttribute(
      'href',
      './?path=/story/components-itemconnectionstatus-login-error--account-locked',
    )
  },
}
