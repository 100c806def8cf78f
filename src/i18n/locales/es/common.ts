import type source from '../pt-BR/common'

const common: typeof source = {
  retry: 'Intentar de nuevo',
  close: 'Cerrar',
  cancel: 'Cancelar',
  continue: 'Continuar',
  bankMessage: 'Mensaje del banco',
  loading: 'Cargando…',
  loadError: 'No se pudo cargar el estado',
  loadErrorExplanation: 'Revisa tu conexión a internet e inténtalo de nuevo.',
  refreshFailed:
    'No pudimos actualizar el estado ahora. Este es el último estado conocido; lo intentaremos de nuevo automáticamente.',
  refreshStopped: 'No pudimos actualizar el estado. Este es el último estado conocido.',
  actionFailed: 'No se pudo enviar ahora. Revisa tu conexión a internet e inténtalo de nuevo.',
  opensInNewTab: '(se abre en una pestaña nueva)',
}

export default common
