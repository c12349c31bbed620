/**
 * The targets an improvement is about, as chosen so far (issue #13): at the top of the targets,
 * each removable, so that a topic chosen beforehand (from Åtgärda först or a signal) is seen at
 * once rather than somewhere in a list of a hundred topics.
 */
import { useTranslation } from 'react-i18next';

export interface ChosenTarget {
  key: string;
  /** What it is: topic, need or reason, in words. */
  kind: string;
  label: string;
  onRemove: () => void;
}

export function ChosenTargets({ targets }: { targets: readonly ChosenTarget[] }) {
  const { t } = useTranslation();
  return (
    <section className="chosen-targets" aria-labelledby="chosen-targets-heading">
      <h3 id="chosen-targets-heading">{t('improvements.form.chosenHeading', { count: targets.length })}</h3>
      {targets.length === 0 ? (
        <p>{t('improvements.form.chosenNone')}</p>
      ) : (
        <ul className="chips">
          {targets.map((target) => (
            <li key={target.key} className="chip">
              <span>
                <span className="chip-kind">{target.kind}:</span> {target.label}
              </span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('improvements.form.removeTarget', { target: target.label })}
                onClick={target.onRemove}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
