// Cash-flow statements and some overviews print an operator before the label
// ("- Utbetalingar til drift", "+ Innbetaling av renter", "= Netto kontantstraum",
// "+/- Endring i varelager"): it says how the row enters the result below it.
//
// `label` keeps it, as printed: a reader checking a row needs to see that it is
// subtracted, and the sign of its amount is printed separately ("-75 688 903").
// `label_base` is the row's name without it, so that "Utbetalingar til drift"
// is found and compared whatever the operator, like a label without its
// footnote marker. An operator is never an amount: it stands before words.

export type LabelOperator = "+" | "-" | "=" | "+/-";

/** "+/-", "+/–", "-/+", "±" and the typo "+/" (a dash dropped) all mean "either way". */
const OPERATOR = /^(\+\s?\/\s?[-–−]?|[-–−]\s?\/\s?\+|±|[+=]|[-–−](?=\s))\s*(?=\p{L})/u;

export function splitOperator(label: string): { operator: LabelOperator | null; rest: string } {
  const m = OPERATOR.exec(label);
  if (!m) return { operator: null, rest: label };
  const op = m[1]!.replace(/\s/g, "");
  const operator: LabelOperator = op === "+" ? "+" : op === "=" ? "=" : /^[-–−]$/u.test(op) ? "-" : "+/-";
  return { operator, rest: label.slice(m[0].length) };
}
