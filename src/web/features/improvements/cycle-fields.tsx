/**
 * The recurring cycle of an improvement (a quarterly invoice: 13 weeks, and a day one invoice
 * went out), for the create and edit forms. Both fields or neither.
 */
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/fields.js';

export interface CycleInput {
  weeks: string;
  startsOn: string;
}

/** The API's cycle for the fields: null for none, 'incomplete' when only one is filled in. */
export function cycleOf(input: CycleInput): { weeks: number; startsOn: string } | null | 'incomplete' {
  const weeks = input.weeks.trim();
  const startsOn = input.startsOn.trim();
  if (!weeks && !startsOn) return null;
  if (!weeks || !startsOn) return 'incomplete';
  return { weeks: Number(weeks), startsOn };
}

export function CycleFields({
  value,
  onChange,
  errors,
}: {
  value: CycleInput;
  onChange: (value: CycleInput) => void;
  errors: { weeks?: string | undefined; startsOn?: string | undefined };
}) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        name="cycleWeeks"
        inputMode="numeric"
        label={t('improvements.form.cycleWeeks')}
        hint={t('improvements.form.cycleWeeksHint')}
        value={value.weeks}
        onChange={(weeks) => onChange({ ...value, weeks })}
        error={errors.weeks}
      />
      <TextField
        type="date"
        name="cycleStartsOn"
        label={t('improvements.form.cycleStartsOn')}
        hint={t('improvements.form.cycleStartsOnHint')}
        value={value.startsOn}
        onChange={(startsOn) => onChange({ ...value, startsOn })}
        error={errors.startsOn}
      />
    </>
  );
}
