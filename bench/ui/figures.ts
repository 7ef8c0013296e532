/** The UI benchmark's figures: one printed line each (value, baseline, ratio, budget) and a closing summary. */

/** A measured figure against its baseline; `budget` is the most the ratio (or the value) may be. */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 'kB' | 'MB' | 'rows';
  baselineName: string;
  baseline: number;
  /** `value / baseline`. */
  ratio: number;
  budget?: { on: 'ratio' | 'value'; max: number };
  /** What the figure is made of (sample count, ...). */
  note?: string;
}

/** Whether a figure is within its budget (true when it has none). */
export function withinBudget(f: Figure): boolean {
  if (!f.budget) return true;
  return (f.budget.on === 'ratio' ? f.ratio : f.value) <= f.budget.max;
}

const fmt = (n: number, unit: string) => `${n >= 100 ? n.toFixed(0) : n.toFixed(1)} ${unit}`;

/** The figure as one line: name, value, baseline, ratio, budget verdict. */
export function figureLine(f: Figure): string {
  const limit = f.budget && (f.budget.on === 'ratio' ? `ratio <= ${f.budget.max}` : `<= ${fmt(f.budget.max, f.unit)}`);
  const budget = limit ? `   budget ${limit}: ${withinBudget(f) ? 'ok' : 'OVER'}` : '';
  return (
    `${f.name.padEnd(50)} ${fmt(f.value, f.unit).padStart(9)}   baseline ${f.baselineName} ${fmt(f.baseline, f.unit)}` +
    `   ratio ${f.ratio.toFixed(2)}${budget}${f.note ? `   (${f.note})` : ''}`
  );
}

/** Builds a figure, computing its ratio. */
export function figure(name: string, value: number, unit: Figure['unit'], baselineName: string, baseline: number, extra: Pick<Figure, 'budget' | 'note'> = {}): Figure {
  return { name, value, unit, baselineName, baseline, ratio: value / baseline, ...extra };
}

/** The closing line: how many figures had a budget and which missed it. */
export function summaryLine(figures: readonly Figure[], seconds: number): string {
  const budgeted = figures.filter((f) => f.budget);
  const over = budgeted.filter((f) => !withinBudget(f));
  return (
    `summary: ${figures.length} figures, ${budgeted.length - over.length}/${budgeted.length} within budget` +
    (over.length ? `; over: ${over.map((f) => f.name).join('; ')}` : '') +
    ` (${seconds.toFixed(0)} s)`
  );
}
