import type source from '../pt-BR/item'

const item: typeof source = {
  loading: 'Cargando…',
  loadError: 'No se pudo cargar el estado',
  loadErrorExplanation: 'Revisa tu conexión a internet e inténtalo de nuevo.',
  refreshFailed:
    'No pudimos actualizar el estado ahora. Este es el último estado conocido; lo intentaremos de nuevo automáticamente.',
  refreshStopped: 'No pudimos actualizar el estado. Este es el último estado conocido.',
  actionFailed: 'No se pudo enviar ahora. Revisa tu conexión a internet e inténtalo de nuevo.',
}

export default item
