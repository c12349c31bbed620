/** The departments' verdict as the API shows it: the figures of the samarbete dimension and each 1-5 question. */
import type { DepartmentResultsView } from './department-results.js';
import type { DepartmentResultsJson } from './schema.js';

export function presentDepartmentResults(view: DepartmentResultsView): DepartmentResultsJson {
  return {
    ...view,
    departments: view.departments.map((d) => ({
      id: d.id,
      name: d.name,
      rounds: d.rounds.map((r) => ({
        roundId: r.roundId,
        respondents: r.results.respondents,
        responseRate: r.responseRate,
        dimension: r.results.dimensions.find((x) => x.dimension === 'samarbete')?.result ?? null,
        questions: r.results.questions.flatMap((q) =>
          q.kind === 'scale5' ? [{ key: q.key, result: q.result }] : [],
        ),
      })),
    })),
  };
}
