/** A message's plural forms, chosen by `Intl.PluralRules`; `#` stands for the number in the locale's digits. */
export type PluralForms = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;

/** What every message function gets after its values: the catalogue's locale with its plural rules and digits. */
export interface MessageTools {
  /** The BCP 47 locale the text is for. */
  readonly locale: string;
  /**
   * The form for `count` in this locale (`one`, `few`, `many`, … falling back to `other`), `#` replaced by it. Give
   * `fractionDigits` when the number is written with decimals: "1.0" takes English's `other` form, "1" its `one`.
   */
  plural(count: number, forms: PluralForms, fractionDigits?: number): string;
  /** A number in the locale's digits and grouping: 1845 → "1,845" (en-US), "1.845" (de-DE), "١٬٨٤٥" (ar-EG). */
  number(value: number, fractionDigits?: number): string;
}

const rules = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, key: string, make: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}

/** Options fixing the written decimals, or none (the locale's default, up to three). */
const digits = (fractionDigits: number | undefined) =>
  fractionDigits === undefined ? {} : { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };

/** The tools for one locale; the `Intl` objects behind them are built once per locale and precision. */
export function messageTools(locale: string): MessageTools {
  const number = (value: number, fractionDigits?: number) =>
    cached(numbers, `${locale}|${fractionDigits}`, () => new Intl.NumberFormat(locale, digits(fractionDigits))).format(
      value,
    );
  return {
    locale,
    number,
    plural(count, forms, fractionDigits) {
      const rule = cached(
        rules,
        `${locale}|${fractionDigits}`,
        () => new Intl.PluralRules(locale, digits(fractionDigits)),
      );
      const category = rule.select(count);
      // An exact zero may have its own wording ("No views yet") even where the language's rules have no zero form.
      const form = (count === 0 ? forms.zero : undefined) ?? forms[category] ?? forms.other;
      return form.replace(/#/g, number(count, fractionDigits));
    },
  };
}
