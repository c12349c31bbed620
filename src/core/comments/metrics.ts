/**
 * Scores of a classifier against labels: per-class F1, macro-F1 (the unweighted mean over the
 * classes, as the acceptance test uses) and the confusion matrix.
 */
export interface ClassScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly support: number;
}

export function f1Scores(truePositives: number, falsePositives: number, falseNegatives: number): ClassScores {
  const precision =
    truePositives + falsePositives === 0 ? 0 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 0 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: truePositives + falseNegatives };
}

export interface SingleLabelReport {
  readonly labels: readonly string[];
  /** confusion[actual][predicted] */
  readonly confusion: number[][];
  readonly perClass: ClassScores[];
  readonly macroF1: number;
  readonly accuracy: number;
}

export function singleLabelReport(
  labels: readonly string[],
  actual: readonly string[],
  predicted: readonly string[],
): SingleLabelReport {
  const confusion = labels.map(() => labels.map(() => 0));
  let correct = 0;
  actual.forEach((a, i) => {
    const row = labels.indexOf(a);
    const column = labels.indexOf(predicted[i] ?? '');
    if (row >= 0 && column >= 0)
      (confusion[row] as number[])[column] = ((confusion[row] as number[])[column] ?? 0) + 1;
    if (a === predicted[i]) correct += 1;
  });
  const perClass = labels.map((_, c) => {
    const tp = confusion[c]?.[c] ?? 0;
    const fp = confusion.reduce((sum, row, r) => sum + (r === c ? 0 : (row[c] ?? 0)), 0);
    const fn = (confusion[c] ?? []).reduce((sum, v, k) => sum + (k === c ? 0 : v), 0);
    return f1Scores(tp, fp, fn);
  });
  const macroF1 = perClass.reduce((sum, s) => sum + s.f1, 0) / labels.length;
  return {
    labels,
    confusion,
    perClass,
    macroF1,
    accuracy: actual.length === 0 ? 0 : correct / actual.length,
  };
}

export interface MultiLabelReport {
  readonly labels: readonly string[];
  /** Per label: [[true negatives, false positives], [false negatives, true positives]]. */
  readonly confusion: Array<[[number, number], [number, number]]>;
  readonly perClass: ClassScores[];
  readonly macroF1: number;
}

export function multiLabelReport(
  labels: readonly string[],
  actual: ReadonlyArray<readonly string[]>,
  predicted: ReadonlyArray<readonly string[]>,
): MultiLabelReport {
  const confusion = labels.map((label) => {
    const matrix: [[number, number], [number, number]] = [
      [0, 0],
      [0, 0],
    ];
    actual.forEach((a, i) => {
      const isActual = a.includes(label) ? 1 : 0;
      const isPredicted = (predicted[i] ?? []).includes(label) ? 1 : 0;
      matrix[isActual][isPredicted] += 1;
    });
    return matrix;
  });
  const perClass = confusion.map(([[, fp], [fn, tp]]) => f1Scores(tp, fp, fn));
  return { labels, confusion, perClass, macroF1: perClass.reduce((sum, s) => sum + s.f1, 0) / labels.length };
}

/** A report as text: macro-F1, per-class F1 and the confusion matrix. */
export function formatSingleLabelReport(title: string, report: SingleLabelReport): string {
  const width = Math.max(...report.labels.map((l) => l.length), 9);
  const lines = [`${title}: macro-F1 ${report.macroF1.toFixed(3)}, accuracy ${report.accuracy.toFixed(3)}`];
  lines.push(
    `  ${'actual \\ predicted'.padEnd(width + 2)}${report.labels.map((l) => l.padStart(width + 1)).join('')}   F1`,
  );
  report.labels.forEach((label, r) => {
    const row = (report.confusion[r] ?? []).map((v) => String(v).padStart(width + 1)).join('');
    lines.push(`  ${label.padEnd(width + 2)}${row}   ${(report.perClass[r]?.f1 ?? 0).toFixed(3)}`);
  });
  return lines.join('\n');
}

export function formatMultiLabelReport(title: string, report: MultiLabelReport): string {
  const lines = [
    `${title}: macro-F1 ${report.macroF1.toFixed(3)}`,
    '  area                  TP    FP    FN    TN     P     R    F1',
  ];
  report.labels.forEach((label, i) => {
    const [[tn, fp], [fn, tp]] = report.confusion[i] ?? [
      [0, 0],
      [0, 0],
    ];
    const s = report.perClass[i];
    lines.push(
      `  ${label.padEnd(20)}${[tp, fp, fn, tn].map((v) => String(v).padStart(6)).join('')}${[s?.precision ?? 0, s?.recall ?? 0, s?.f1 ?? 0].map((v) => v.toFixed(3).padStart(6)).join('')}`,
    );
  });
  return lines.join('\n');
}
