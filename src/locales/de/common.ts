import type { CommonMessages } from '../../messages';

export const common: CommonMessages = {
  loading: 'Wird geladen …',
  tryAgain: 'Erneut versuchen',
  tryingAgain: 'Neuer Versuch …',
  errorNetwork: 'Die Verbindung ist fehlgeschlagen. Prüfen Sie Ihr Netzwerk und versuchen Sie es erneut.',
  errorTimeout: 'Der Server hat zu lange nicht geantwortet.',
  errorNotFound: 'Nicht gefunden.',
  errorUnauthorized: 'Der Zugriff wurde verweigert.',
  errorRateLimited: 'Zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  errorServer: 'Der Dienst hat gerade Probleme. Versuchen Sie es gleich noch einmal.',
  errorHttp: ({ status }, _t) => `Die Anfrage ist fehlgeschlagen (HTTP ${status}).`,
  errorInvalidResponse: 'Der Dienst hat Daten gesendet, die diese Seite nicht lesen kann.',
  errorInvalidRequest: 'Einige Angaben sind ungültig.',
  errorAborted: 'Die Anfrage wurde abgebrochen.',
};
