import type { CardMessages, MessageTools } from '../../messages';

const list = (names: readonly string[], locale: string) =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(names);

/** "اليومين السابقين", "الأيام الـ٣ السابقة", "الـ٣٠ يومًا السابقة": the previous period, with its count's form. */
const previousDays = (days: number, t: MessageTools) =>
  t.plural(days, {
    one: 'اليوم السابق',
    two: 'اليومين السابقين',
    few: 'الأيام الـ# السابقة',
    many: 'الـ# يومًا السابقة',
    other: 'الـ# يوم السابقة',
  });

/** "فيديو واحد", "فيديوهان", "٣ فيديوهات", "١١ فيديو". */
const videos = (count: number, t: MessageTools) =>
  t.plural(count, {
    zero: 'لا فيديوهات',
    one: 'فيديو واحد',
    two: 'فيديوهان',
    few: '# فيديوهات',
    many: '# فيديو',
    other: '# فيديو',
  });

export const cards: CardMessages = {
  summaryVideos: 'الفيديوهات',
  summaryAverageCompletionRate: 'متوسط معدل الإكمال',
  summaryAverageEngagementScore: 'متوسط درجة التفاعل',
  summaryInteractions: 'التفاعلات',
  cardsScoreOutOfTen: ({ score }, t) => `${score} / ${t.number(10)}`,
  comparisonUp: 'ارتفاع',
  comparisonDown: 'انخفاض',
  comparisonSame: 'بلا تغيير',
  comparisonAccount: 'الحساب',
  comparisonVs: ({ change, baseline }, _t) => `${change} مقابل ${baseline}`,
  changePointsShort: ({ points, digits, text }, t) =>
    t.plural(points, { few: `${text} نقاط`, other: `${text} نقطة` }, digits),
  changePointsSpoken: ({ points, digits, text }, t) =>
    t.plural(points, { one: 'نقطة واحدة', two: 'نقطتان', few: `${text} نقاط`, other: `${text} نقطة` }, digits),
  deltaVsPrevious: ({ days }, t) => `مقابل ${previousDays(days, t)}`,
  deltaNew: ({ days }, t) => `جديد · لا شيء في ${previousDays(days, t)}`,
  deltaNewSpoken: ({ days }, t) => `جديد: لا شيء في ${previousDays(days, t)}.`,
  deltaUpSpoken: ({ amount, days }, t) => `ارتفع بمقدار ${amount} عن ${previousDays(days, t)}.`,
  deltaDownSpoken: ({ amount, days }, t) => `انخفض بمقدار ${amount} عن ${previousDays(days, t)}.`,
  deltaSameSpoken: ({ days }, t) => `دون تغيير عن ${previousDays(days, t)}.`,
  topVideosCaption: 'أفضل الفيديوهات',
  topVideosVideo: 'الفيديو',
  topVideosEmpty: 'لا توجد فيديوهات لترتيبها بعد.',
  topVideosLoading: 'جارٍ تحميل أفضل الفيديوهات…',
  templatesTitle: 'مقارنة القوالب',
  templatesDefaultPeriod: 'الفترة الافتراضية لكل قالب؛ اختر تواريخ لمقارنة الأيام نفسها',
  templatesChoose: 'اختر من قالبين إلى أربعة قوالب للمقارنة.',
  templatesChooseHint: 'تظهر نتائجها جنبًا إلى جنب، على الفترة نفسها.',
  templatesLoading: 'جارٍ تحميل القوالب…',
  templatesLoadingOne: ({ name }, _t) => `جارٍ تحميل ${name}…`,
  templatesErrorWhat: ({ name }, _t) => `القالب «${name}»`,
  templatesExplainer: ({ minVideos }, t) =>
    'كل صندوق هو النصف الأوسط من فيديوهات القالب (من الربيع الأول إلى الربيع الثالث)، والخط وسيطه، والشاربان ' +
    'أدنى فيديو وأعلاه. لا يُذكر فرق إلا حيث لا يتداخل النصفان الأوسطان، وفقط للقوالب التي تضم ' +
    `${videos(minVideos, t)} على الأقل.`,
  templatesWatchTime: 'وقت المشاهدة',
  templatesWaiting: 'في انتظار قالب ثانٍ للمقارنة به.',
  templatesVideoCount: ({ count }, t) => videos(count, t),
  templatesNoViews: 'لا مشاهدات في هذه الفترة',
  templatesTopVideos: ({ name }, _t) => `أفضل الفيديوهات: ${name}`,
  templatesTotalsCaption: 'الإجماليات (★ تشير إلى الأعلى في كل صف)',
  templatesHighest: '(الأعلى)',
  templatesPickerLegend: ({ max }, t) => `القوالب المراد مقارنتها (من ${t.number(2)} إلى ${t.number(max)})`,
  verdictTooFewVideos: ({ counts, minVideos }, t) =>
    `عدد الفيديوهات أقل من أن يُقارن: ${list(counts, t.locale)} (يلزم ${videos(minVideos, t)} على الأقل).`,
  verdictTemplateVideos: ({ name, count }, t) => `لدى ${name} ${videos(count, t)}`,
  verdictNoViews: ({ names }, t) => `لا مشاهدات للمقارنة لدى ${list(names, t.locale)}.`,
  verdictTooFew: 'عدد الفيديوهات أقل من أن يُقارن.',
  verdictOfOtherTwo: 'من بين القالبين الآخرين: ',
  verdictAmongOthers: ({ count }, t) => `من بين القوالب الـ${t.number(count)} الأخرى: `,
  verdictOverlapPair: 'لا فرق واضح: النصفان الأوسطان متداخلان.',
  verdictOverlapAll: 'لا فرق واضح: النصفان الأوسطان متداخلان في كل زوج.',
  verdictAbove: ({ higher, lowers }, t) =>
    `النصف الأوسط من ${higher} أعلى بالكامل من نظيره لدى ${list(lowers, t.locale)}.`,
  verdictOtherPairsOverlap: 'النصفان الأوسطان في الأزواج الأخرى متداخلان: لا فرق واضح بينها.',
};
