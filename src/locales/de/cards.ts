import type { CardMessages } from '../../messages';

const list = (names: readonly string[], locale: string) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

export const cards: CardMessages = {
  summaryVideos: 'Videos',
  summaryAverageCompletionRate: 'Durchschnittliche Abschlussrate',
  summaryAverageEngagementScore: 'Durchschnittlicher Engagement-Wert',
  summaryInteractions: 'Interaktionen',
  cardsScoreOutOfTen: ({ score }, t) => `${score} / ${t.number(10)}`,
  comparisonUp: 'Gestiegen',
  comparisonDown: 'Gesunken',
  comparisonSame: 'Gleich',
  comparisonAccount: 'Konto',
  comparisonVs: ({ change, baseline }, _t) => `${change} ggü. ${baseline}`,
  changePointsShort: ({ points, digits, text }, t) =>
    t.plural(points, { one: `${text} Pkt.`, other: `${text} Pkt.` }, digits),
  changePointsSpoken: ({ points, digits, text }, t) =>
    t.plural(points, { one: `${text} Punkt`, other: `${text} Punkte` }, digits),
  deltaVsPrevious: ({ days }, t) => t.plural(days, { one: 'ggü. Vortag', other: 'ggü. vorherigen # Tagen' }),
  deltaNew: ({ days }, t) =>
    t.plural(days, { one: 'Neu · keine am Vortag', other: 'Neu · keine in den vorherigen # Tagen' }),
  deltaNewSpoken: ({ days }, t) =>
    t.plural(days, { one: 'Neu: keine am Vortag.', other: 'Neu: keine in den vorherigen # Tagen.' }),
  deltaUpSpoken: ({ amount, days }, t) =>
    t.plural(days, {
      one: `Um ${amount} gestiegen gegenüber dem Vortag.`,
      other: `Um ${amount} gestiegen gegenüber den vorherigen # Tagen.`,
    }),
  deltaDownSpoken: ({ amount, days }, t) =>
    t.plural(days, {
      one: `Um ${amount} gesunken gegenüber dem Vortag.`,
      other: `Um ${amount} gesunken gegenüber den vorherigen # Tagen.`,
    }),
  deltaSameSpoken: ({ days }, t) =>
    t.plural(days, {
      one: 'Unverändert gegenüber dem Vortag.',
      other: 'Unverändert gegenüber den vorherigen # Tagen.',
    }),
  topVideosCaption: 'Top-Videos',
  topVideosVideo: 'Video',
  topVideosEmpty: 'Noch keine Videos für eine Rangliste.',
  topVideosLoading: 'Top-Videos werden geladen …',
  templatesTitle: 'Vorlagenvergleich',
  templatesDefaultPeriod: 'Standardzeitraum jeder Vorlage; wählen Sie Daten, um dieselben Tage zu vergleichen',
  templatesChoose: 'Wählen Sie zwei bis vier Vorlagen zum Vergleichen.',
  templatesChooseHint: 'Ihre Ergebnisse erscheinen nebeneinander, über denselben Zeitraum.',
  templatesLoading: 'Vorlagen werden geladen …',
  templatesLoadingOne: ({ name }, _t) => `${name} wird geladen …`,
  templatesErrorWhat: ({ name }, _t) => `die Vorlage „${name}“`,
  templatesExplainer: ({ minVideos }, t) =>
    'Jede Box zeigt die mittlere Hälfte der Videos einer Vorlage (erstes bis drittes Quartil), der Strich den ' +
    'Median, die Antennen das schwächste und das stärkste Video. Ein Unterschied wird nur genannt, wo sich die ' +
    'mittleren Hälften nicht überschneiden, und nur für Vorlagen mit ' +
    t.plural(minVideos, { one: 'mindestens # Video.', other: 'mindestens # Videos.' }),
  templatesWatchTime: 'Wiedergabezeit',
  templatesWaiting: 'Warten auf eine zweite Vorlage zum Vergleich.',
  templatesVideoCount: ({ count }, t) => t.plural(count, { one: '# Video', other: '# Videos' }),
  templatesNoViews: 'keine Aufrufe in diesem Zeitraum',
  templatesTopVideos: ({ name }, _t) => `Top-Videos: ${name}`,
  templatesTotalsCaption: 'Summen (★ markiert den höchsten Wert jeder Zeile)',
  templatesHighest: '(höchster Wert)',
  templatesPickerLegend: ({ max }, t) => `Zu vergleichende Vorlagen (${t.number(2)} bis ${t.number(max)})`,
  verdictTooFewVideos: ({ counts, minVideos }, t) =>
    `Zu wenige Videos für einen Vergleich: ${list(counts, t.locale)} (mindestens ${t.number(minVideos)} nötig).`,
  verdictTemplateVideos: ({ name, count }, t) =>
    t.plural(count, { one: `${name} hat # Video`, other: `${name} hat # Videos` }),
  verdictNoViews: ({ names }, t) => `Keine Aufrufe zum Vergleichen für ${list(names, t.locale)}.`,
  verdictTooFew: 'Zu wenige Videos für einen Vergleich.',
  verdictOfOtherTwo: 'Von den beiden anderen: ',
  verdictAmongOthers: ({ count }, t) => `Unter den anderen ${t.number(count)}: `,
  verdictOverlapPair: 'Kein klarer Unterschied: Die mittleren Hälften überschneiden sich.',
  verdictOverlapAll: 'Kein klarer Unterschied: Bei jedem Paar überschneiden sich die mittleren Hälften.',
  verdictAbove: ({ higher, lowers }, t) =>
    `Die mittlere Hälfte von ${higher} liegt vollständig über der von ${list(lowers, t.locale)}.`,
  verdictOtherPairsOverlap:
    'Bei den übrigen Paaren überschneiden sich die mittleren Hälften: kein klarer Unterschied zwischen ihnen.',
};
