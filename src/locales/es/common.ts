import type { CommonMessages } from '../../messages';

export const common: CommonMessages = {
  loading: 'Cargando…',
  tryAgain: 'Reintentar',
  tryingAgain: 'Reintentando…',
  errorNetwork: 'Falló la conexión. Comprueba tu red e inténtalo de nuevo.',
  errorTimeout: 'El servidor tardó demasiado en responder.',
  errorNotFound: 'No se encontró.',
  errorUnauthorized: 'Se denegó el acceso.',
  errorRateLimited: 'Demasiadas solicitudes. Espera un momento e inténtalo de nuevo.',
  errorServer: 'El servicio tiene problemas. Inténtalo de nuevo en un momento.',
  errorHttp: ({ status }, _t) => `La solicitud falló (HTTP ${status}).`,
  errorInvalidResponse: 'El servicio envió datos que esta página no puede leer.',
  errorInvalidRequest: 'Algunos valores no son válidos.',
  errorAborted: 'Se canceló la solicitud.',
};
