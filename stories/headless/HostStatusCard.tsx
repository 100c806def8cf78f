// A host with its own design system: farol's behaviour from the hooks, the host's own
// markup and class names (no farol component, no farol CSS class).
import {
  useCredentialForm,
  useItemConnectionStatus,
  type UseCredentialFormProps,
} from '../../src/components'

const hidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
} as const

export function HostStatusCard({ itemId }: { itemId: string }) {
  const status = useItemConnectionStatus({ itemId })
  if (status.status !== 'ready') {
    return (
      <article className="host-card" {...status.rootProps}>
        {status.status === 'loading' ? 'Carregando…' : 'Não deu para carregar.'}
      </article>
    )
  }
  const { banner, slot } = status
  return (
    <article
      className="host-card"
      data-host-tone={status.guidance.tone}
      data-reason={status.guidance.reason}
    >
      <div role="status" aria-live="polite" style={hidden}>
        {status.announcement}
      </div>
      <p className="host-card-bank">{banner.institution.name}</p>
      <h3 {...banner.headlineProps} className="host-card-title">
        {banner.headline}
      </h3>
      {banner.explanation && <p className="host-card-text">{banner.explanation}</p>}
      {status.problem && <p className="host-card-problem">{status.problem.text}</p>}
      {banner.buttons.length > 0 && (
        <div className="host-card-actions">
          {banner.buttons.map((button) => (
            <button key={button.action.type} {...button.getButtonProps()} className="host-button">
              {button.label}
            </button>
          ))}
        </div>
      )}
      {slot?.kind === 'credential-form' && <HostCredentialForm {...slot.formProps} />}
    </article>
  )
}

export function HostCredentialForm(props: UseCredentialFormProps) {
  const form = useCredentialForm(props)
  return (
    <form {...form.getFormProps()} className="host-form">
      <h4 {...form.headingProps} className="host-form-title">
        {form.mode === 'mfa' ? 'Código de verificação' : 'Entre de novo no seu banco'}
      </h4>
      <div {...form.summaryProps} className="host-form-summary">
        {form.invalidCount > 0 ? `Corrija ${form.invalidCount} campo(s).` : null}
      </div>
      {form.fields
        .filter((field) => field.hasControl)
        .map((field) => {
          const parts = form.getFieldProps(field.field.name)!
          return (
            <div key={field.field.name} className="host-field">
              <label {...parts.labelProps}>{field.label}</label>
              {field.help.length > 0 && (
                <small {...parts.descriptionProps}>{field.help.map((h) => h.text).join(' ')}</small>
              )}
              {field.kind === 'select' ? (
                <select {...parts.inputProps}>
                  <option value="">Escolha</option>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label || option.value}
                    </option>
                  ))}
                </select>
              ) : (
                <input {...parts.inputProps} className="host-input" />
              )}
              {field.invalid && (
                <span {...parts.errorProps} className="host-field-error">
                  {field.messages.map((message) => message.text).join(' ')}
                </span>
              )}
            </div>
          )
        })}
      <button
        type="submit"
        className="host-button"
        disabled={form.expired}
        aria-disabled={form.busy || undefined}
      >
        {form.busy ? 'Enviando…' : 'Enviar'}
      </button>
    </form>
  )
}
