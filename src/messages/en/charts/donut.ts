import type { MessageTools } from '../../tools';

/** DemographicsDonut: titles, centre, slices, summaries, device names. */
export const donut = {
  donutTitleDevices: 'Viewers by device',
  donutTitleBrowsers: 'Viewers by browser',
  donutTitleCountries: 'Viewers by country',
  donutColumnDevice: 'Device',
  donutColumnBrowser: 'Browser',
  donutColumnCountry: 'Country',
  donutColumnShare: 'Share of viewers',
  donutColumnViewers: 'Viewers',
  donutEmpty: 'No viewer data for this period.',
  donutCentreShare: 'of viewers',
  donutCentreViewers: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: 'viewer', other: 'viewers' }),
  donutSliceViewers: ({ label, share, count }: { label: string; share: string; count: number }, t: MessageTools) =>
    `${label}: ${share} · ${t.plural(count, { one: '# viewer', other: '# viewers' })}`,
  donutDevices: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# device', other: '# devices' }),
  donutBrowsers: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# browser', other: '# browsers' }),
  donutCountries: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# country', other: '# countries' }),
  donutSummary: ({ label, share, keys }: { label: string; share: string; keys: string }, _t: MessageTools) =>
    `${label} is the largest of ${keys}, at ${share}.`,
  donutSummaryOnly: ({ label, share }: { label: string; share: string }, _t: MessageTools) =>
    `${label} is the only one, at ${share}.`,
  donutOther: 'Other',
  donutOtherFolded: ({ keys }: { keys: string }, _t: MessageTools) => `Other (${keys})`,
  donutDeviceMobile: 'Mobile',
  donutDeviceDesktop: 'Desktop',
  donutDeviceTablet: 'Tablet',
  donutDeviceTv: 'TV',
};
