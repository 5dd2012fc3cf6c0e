import type { CardMessages } from '../../messages';

const list = (names: readonly string[], locale: string) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

export const cards: CardMessages = {
  summaryVideos: 'Vídeos',
  summaryAverageCompletionRate: 'Tasa de finalización media',
  summaryAverageEngagementScore: 'Puntuación de interacción media',
  summaryInteractions: 'Interacciones',
  cardsScoreOutOfTen: ({ score }, t) => `${score} / ${t.number(10)}`,
  comparisonUp: 'Sube',
  comparisonDown: 'Baja',
  comparisonSame: 'Igual',
  comparisonAccount: 'la cuenta',
  comparisonVs: ({ change, baseline }, _t) => `${change} frente a ${baseline}`,
  changePointsShort: ({ points, digits, text }, t) =>
    t.plural(points, { one: `${text} pto.`, other: `${text} ptos.` }, digits),
  changePointsSpoken: ({ points, digits, text }, t) =>
    t.plural(points, { one: `${text} punto`, other: `${text} puntos` }, digits),
  deltaVsPrevious: ({ days }, t) =>
    t.plural(days, { one: 'frente al día anterior', other: 'frente a los # días anteriores' }),
  deltaNew: ({ days }, t) =>
    t.plural(days, { one: 'Nuevo · nada el día anterior', other: 'Nuevo · nada en los # días anteriores' }),
  deltaNewSpoken: ({ days }, t) =>
    t.plural(days, { one: 'Nuevo: nada el día anterior.', other: 'Nuevo: nada en los # días anteriores.' }),
  deltaUpSpoken: ({ amount, days }, t) =>
    t.plural(days, {
      one: `Sube ${amount} respecto al día anterior.`,
      other: `Sube ${amount} respecto a los # días anteriores.`,
    }),
  deltaDownSpoken: ({ amount, days }, t) =>
    t.plural(days, {
      one: `Baja ${amount} respecto al día anterior.`,
      other: `Baja ${amount} respecto a los # días anteriores.`,
    }),
  deltaSameSpoken: ({ days }, t) =>
    t.plural(days, {
      one: 'Sin cambios respecto al día anterior.',
      other: 'Sin cambios respecto a los # días anteriores.',
    }),
  topVideosCaption: 'Vídeos destacados',
  topVideosVideo: 'Vídeo',
  topVideosEmpty: 'Todavía no hay vídeos que clasificar.',
  topVideosLoading: 'Cargando los vídeos destacados…',
  templatesTitle: 'Comparación de plantillas',
  templatesDefaultPeriod: 'Periodo predeterminado de cada plantilla; elige fechas para comparar los mismos días',
  templatesChoose: 'Elige de dos a cuatro plantillas para comparar.',
  templatesChooseHint: 'Sus resultados aparecen uno junto a otro, en el mismo periodo.',
  templatesLoading: 'Cargando las plantillas…',
  templatesLoadingOne: ({ name }, _t) => `Cargando ${name}…`,
  templatesErrorWhat: ({ name }, _t) => `la plantilla «${name}»`,
  templatesExplainer: ({ minVideos }, t) =>
    'Cada caja es la mitad central de los vídeos de una plantilla (del primer al tercer cuartil), la barra su ' +
    'mediana y los bigotes su vídeo más bajo y más alto. Solo se señala una diferencia donde las mitades centrales ' +
    'no se solapan, y solo para plantillas con ' +
    t.plural(minVideos, { one: 'al menos # vídeo.', other: 'al menos # vídeos.' }),
  templatesWatchTime: 'Tiempo de visualización',
  templatesWaiting: 'Esperando una segunda plantilla con la que comparar.',
  templatesVideoCount: ({ count }, t) => t.plural(count, { one: '# vídeo', other: '# vídeos' }),
  templatesNoViews: 'sin visualizaciones en este periodo',
  templatesTopVideos: ({ name }, _t) => `Vídeos destacados: ${name}`,
  templatesTotalsCaption: 'Totales (★ marca el valor más alto de cada fila)',
  templatesHighest: '(el más alto)',
  templatesPickerLegend: ({ max }, t) => `Plantillas para comparar (de ${t.number(2)} a ${t.number(max)})`,
  verdictTooFewVideos: ({ counts, minVideos }, t) =>
    `Muy pocos vídeos para comparar: ${list(counts, t.locale)} (se necesitan al menos ${t.number(minVideos)}).`,
  verdictTemplateVideos: ({ name, count }, t) =>
    t.plural(count, { one: `${name} tiene # vídeo`, other: `${name} tiene # vídeos` }),
  verdictNoViews: ({ names }, t) => `No hay visualizaciones que comparar para ${list(names, t.locale)}.`,
  verdictTooFew: 'Muy pocos vídeos para comparar.',
  verdictOfOtherTwo: 'De las otras dos: ',
  verdictAmongOthers: ({ count }, t) => `Entre las otras ${t.number(count)}: `,
  verdictOverlapPair: 'Sin diferencia clara: las mitades centrales se solapan.',
  verdictOverlapAll: 'Sin diferencia clara: las mitades centrales de cada par se solapan.',
  verdictAbove: ({ higher, lowers }, t) =>
    `La mitad central de ${higher} está por completo por encima de la de ${list(lowers, t.locale)}.`,
  verdictOtherPairsOverlap: 'Las mitades centrales de los demás pares se solapan: sin diferencia clara entre ellas.',
};
