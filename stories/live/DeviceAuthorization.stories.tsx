import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { expect, userEvent, within } from 'storybook/test'
import type { Sandbox } from '../../src/testing'
import { farolText } from '../support/farol-text'
import { LIVE_TIMEOUT_MS, SandboxButton, liveStory, reasonShown } from './live-sandbox'

const meta = { title: 'Live/Device authorization' } satisfies Meta
export default meta

function ApproveAtBank({ sandbox, itemId }: { sandbox: Sandbox; itemId: string }) {
  const [approved, setApproved] = useState(false)
  return (
    <SandboxButton
      pressed={approved}
      onClick={() => {
        sandbox.approveDevice(itemId)
        setApproved(true)
      }}
    >
      Simulate approval at the bank
    </SandboxButton>
  )
}

/**
 * USER_AUTHORIZATION_PENDING: the bank waits until the user approves the device named in
 * `error.attributes.deviceNickname`. farol keeps checking (every 5 s) and the user can
 * say "I've authorized it" to check at once; after the approval the sync goes on.
 */
export const ApprovedAtTheBank: StoryObj = {
  ...liveStory({
    scenario: 'device-authorization',
    item: { products: ['ACCOUNTS', 'TRANSACTIONS'] },
    description:
      'The bank asks the user to approve the device "123456789". The button below plays the user approving it in the bank app; farol notices on its next check (every 5 s) or at once with "I’ve authorized it".',
    controls: ({ sandbox, itemId }) => (
      <ApproveAtBank key={itemId} sandbox={sandbox} itemId={itemId} />
    ),
  }),
  play: async (context) => {
    const { canvasElement, step } = context
    const t = await farolText(context)
    const canvas = within(canvasElement)
    await step('The bank waits for the device approval', async () => {
      await reasonShown(canvasElement, 'device-authorization')
      await expect(canvas.getByText('123456789')).toBeVisible()
    })
    await step('The user approves it in the bank app', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Simulate approval at the bank' }))
    })
    await step('"I’ve authorized it": the sync goes on', async () => {
      await userEvent.click(canvas.getByRole('button', { name: t.device.authorization.retry }))
      await reasonShown(canvasElement, 'updated')
      await expect(
        await canvas.findByRole(
          'heading',
          { name: t.status.reason.updated.headline },
          { timeout: LIVE_TIMEOUT_MS },
        ),
      ).toBeVisible()
    })
  },
}
