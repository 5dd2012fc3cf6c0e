/** A message's plural forms, chosen by `Intl.PluralRules`; `#` stands for the number in the locale's digits. */
export type PluralForms = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** What every message function gets after its values: the catalogue's locale with its plural rules and digits. */
export interface MessageTools {
  /** The BCP 47 locale the text is for. */
  readonly locale: string;
  /** The form for `count` in this locale (`one`, `few`, `many`, … falling back to `other`), `#` replaced by it. */
  plural(count: number, forms: PluralForms): string;
  /** A number in the locale's digits and grouping: 1845 → "1,845" (en-US), "1.845" (de-DE), "١٬٨٤٥" (ar-EG). */
  number(value: number): string;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, locale: string, make: () => T): T {
  let value = map.get(locale);
  if (value === undefined) {
    value = make();
    map.set(locale, value);
  }
  return value;
}

/** The tools for one locale; the `Intl` objects behind them are built once per locale. */
export function messageTools(locale: string): MessageTools {
  const number = (value: number) => cached(numbers, locale, () => new Intl.NumberFormat(locale)).format(value);
  return {
    locale,
    number,
    plural(count, forms) {
      const category = cached(rules, locale, () => new Intl.PluralRules(locale)).select(count);
      // An exact zero may have its own wording ("No views yet") even where the language's rules have no zero form.
      const form = (count === 0 ? forms.zero : undefined) ?? forms[category] ?? forms.other;
      return form.replace(/#/g, number(count));
    },
  };
}
