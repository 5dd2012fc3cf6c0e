import { describe, expect, it } from 'vitest';
import ar from '../../src/locales/ar';
import de from '../../src/locales/de';
import es from '../../src/locales/es';
import { bindMessages, en, type Messages } from '../../src/messages';

const shipped: Record<string, Messages> = { de, es, ar };
const kind = (message: unknown) => (typeof message === 'function' ? `function/${message.length}` : typeof message);

describe('every shipped catalogue has exactly the messages English has', () => {
  it('English functions all take (values, tools)', () => {
    const functions = Object.entries(en).filter(([, message]) => typeof message === 'function');
    for (const [key, message] of functions) expect(`${key}: ${kind(message)}`).toBe(`${key}: function/2`);
  });

  for (const [lang, catalogue] of Object.entries(shipped)) {
    it(`${lang}: the same keys, each text where English has text and a function of the same arity where it has one`, () => {
      expect(Object.keys(catalogue).sort()).toEqual(Object.keys(en).sort());
      for (const key of Object.keys(en) as (keyof Messages)[]) {
        expect(`${key}: ${kind(catalogue[key])}`).toBe(`${key}: ${kind(en[key])}`);
      }
    });

    it(`${lang}: no message is left empty or in English`, () => {
      for (const key of Object.keys(en) as (keyof Messages)[]) {
        const text = catalogue[key];
        if (typeof text !== 'string') continue;
        expect(text.trim(), key).not.toBe('');
        // A word that reads the same in both languages is fine ("OK"); a whole English sentence is not.
        if (text.includes(' ')) expect(text, `${lang}.${key} is English`).not.toBe(en[key]);
      }
    });
  }
});

describe('bindMessages', () => {
  it('chooses plural forms by the locale’s rules and writes numbers in its digits', () => {
    const tools = (locale: string) =>
      bindMessages(locale, {
        errorHttp: ({ status }, t) =>
          t.plural(status, {
            zero: 'none',
            one: '# one',
            two: '# two',
            few: '# few',
            many: '# many',
            other: '# other',
          }),
      });
    expect(tools('en-US').errorHttp({ status: 1 })).toBe('1 one');
    expect(tools('en-US').errorHttp({ status: 1845 })).toBe('1,845 other');
    expect(tools('de-DE').errorHttp({ status: 1845 })).toBe('1.845 other');
    expect(tools('ar-EG').errorHttp({ status: 2 })).toBe('٢ two');
    expect(tools('ar-EG').errorHttp({ status: 3 })).toBe('٣ few');
    expect(tools('ar-EG').errorHttp({ status: 11 })).toBe('١١ many');
    expect(tools('en-US').errorHttp({ status: 0 })).toBe('none');
  });

  it('reads a number written with decimals as plural: "1.0 pts", never "1.0 pt"', () => {
    const m = bindMessages('en-US');
    expect(m.changePointsShort({ points: 1, digits: 1, text: '1.0' })).toBe('1.0 pts');
    expect(m.changePointsShort({ points: 1, digits: 0, text: '1' })).toBe('1 pt');
    expect(bindMessages('de-DE', de).changePointsSpoken({ points: 1, digits: 1, text: '1,0' })).toBe('1,0 Punkte');
  });

  it('lays a host’s single messages over a catalogue over English', () => {
    const m = bindMessages('de-DE', de, { tryAgain: 'Nochmal' });
    expect(m.tryAgain).toBe('Nochmal');
    expect(m.loading).toBe(de.loading);
    expect(bindMessages('en-US').loading).toBe(en.loading);
  });

  it('binds a catalogue once per locale and layers: charts mounting with the same words share it', () => {
    const host = { tryAgain: 'Nochmal' };
    const first = bindMessages('de-DE', de, host);
    expect(bindMessages('de-DE', de, host)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    // Another locale, or a host's new messages object, is bound anew and shows its own words.
    expect(bindMessages('de-AT', de, host)).not.toBe(first);
    const changed = bindMessages('de-DE', de, { tryAgain: 'Neu laden' });
    expect(changed).not.toBe(first);
    expect(changed.tryAgain).toBe('Neu laden');
    expect(bindMessages('de-DE', de, host).tryAgain).toBe('Nochmal');
  });
});
