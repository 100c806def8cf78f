import { describe, expect, it } from 'vitest'
import { planForm } from '../../../src/components/CredentialPrompt/field-plan'
import { checkSubmission } from '../../../src/components/CredentialPrompt/submission'
import type { ConnectorCredential } from '../../../src/core/model'
import type { FarolTranslate } from '../../../src/i18n'

const t: FarolTranslate = (key) => `<${key}>`
const QR = 'data:image/png;base64,iVBORw0KGgo='

describe('planForm', () => {
  it('plans each field once: label, help, control', () => {
    const [user] = planForm(
      [{ name: 'user', label: '', placeholder: 'CPF', type: 'text', assistiveText: 'Só números' }],
      'credentials',
    ).fields
    expect(user).toMatchObject({
      kind: 'text',
      label: 'CPF',
      help: [{ key: 'assistive', text: 'Só números' }],
      autoComplete: 'username',
    })
  })

  it('tells what the form can submit, whether it is blocked, and when it expires', () => {
    const scanOnly = planForm([{ name: 'qr', label: 'QR', type: 'image', data: QR }], 'mfa')
    expect(scanOnly).toMatchObject({ submittable: true, onlyScan: true, blocked: false })
    const fields: ConnectorCredential[] = [
      { name: 'a', label: 'A', type: 'text', expiresAt: '2026-07-20T10:05:00Z' },
      {
        name: 'b',
        label: 'B',
        type: 'hcaptcha',
        optional: true,
        expiresAt: '2026-07-20T10:01:00Z',
      },
    ]
    expect(planForm(fields, 'mfa')).toMatchObject({
      submittable: true,
      onlyScan: false,
      blocked: false,
      expiresAt: Date.parse('2026-07-20T10:01:00Z'),
    })
    expect(planForm([{ name: 'h', label: 'H', type: 'hcaptcha' }], 'credentials').blocked).toBe(
      true,
    )
    expect(planForm(null as unknown as ConnectorCredential[], 'credentials').fields).toEqual([])
  })
})

describe('checkSubmission', () => {
  const fields: ConnectorCredential[] = [
    {
      name: 'user',
      label: 'Usuário',
      type: 'text',
      validation: '^user-',
      validationMessage: 'Comece com user-',
    },
    { name: 'agency', label: 'Agência', type: 'number', validation: '^\\d{4}$' },
    { name: 'nick', label: 'Apelido', type: 'text', optional: true },
    { name: 'qr', label: 'QR', type: 'image', data: QR },
    { name: 'link', label: 'Entrar', type: 'oauth', data: 'https://bank.example' },
  ]
  const plans = planForm(fields, 'credentials').fields

  it('sends collected values, leaves out an empty optional one, sends "" for a scan', () => {
    const { toSend, errors } = checkSubmission(plans, { user: 'user-1', agency: '0001' }, t)
    expect(toSend).toEqual({ user: 'user-1', agency: '0001', qr: '' })
    expect(errors).toEqual({})
  })

  it('checks the connector rules, with its wording marked pt-BR', () => {
    const { errors } = checkSubmission(plans, { user: 'bob', nick: 'x' }, t)
    expect(errors).toEqual({
      user: [{ text: 'Comece com user-', lang: 'pt-BR' }],
      agency: [{ text: '<credentials.validation.required>' }],
    })
    expect(checkSubmission(plans, { user: 'user-1', agency: '12' }, t).errors).toEqual({
      agency: [{ text: '<credentials.validation.pattern>' }],
    })
  })
})
