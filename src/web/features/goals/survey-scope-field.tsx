/**
 * The survey scope of a survey measure (issue #15): which survey's dimension or 1-5 question a goal
 * or chart is about, chosen from the surveys and their current questions
 * (`survey:<id>:dimension:<dimension>`, `survey:<id>:question:<key>`).
 */
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiGet } from '../../api/use-api-get.js';
import { SelectField } from '../../components/fields.js';
import { LoadError, Loading } from '../../components/messages.js';

interface SurveyItem {
  id: string;
  name: string;
  nameEn: string | null;
  definition: {
    questions: { key: string; kind: string; dimension?: string; text: { sv: string; en?: string } }[];
  };
}

export function surveyScopeOptions(
  surveys: readonly SurveyItem[],
  lang: string,
  dimensionLabel: (d: string) => string,
) {
  const en = lang.startsWith('en');
  return surveys.flatMap((s) => {
    const name = en && s.nameEn ? s.nameEn : s.name;
    const scales = s.definition.questions.filter((q) => q.kind === 'scale5');
    const dimensions = [...new Set(scales.flatMap((q) => (q.dimension ? [q.dimension] : [])))];
    return [
      ...dimensions.map((d) => ({
        value: `survey:${s.id}:dimension:${d}`,
        label: `${name}: ${dimensionLabel(d)}`,
      })),
      ...scales.map((q) => ({
        value: `survey:${s.id}:question:${q.key}`,
        label: `${name}: ${en && q.text.en ? q.text.en : q.text.sv}`,
      })),
    ];
  });
}

export function SurveyScopeField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (scope: string) => void;
  error?: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const surveys = useApiGet<{ surveys: SurveyItem[] }>('/api/surveys');
  const { resource } = surveys;
  const options = useMemo(
    () =>
      resource.status === 'ready'
        ? surveyScopeOptions(resource.data.surveys, i18n.language, (d) => t(`goals.surveyDimensions.${d}`, d))
        : [],
    [resource, i18n.language, t],
  );
  const first = options[0]?.value;
  // Start on the first survey part, so that the form always sends a scope that exists.
  useEffect(() => {
    if (first && !options.some((o) => o.value === value)) onChange(first);
  }, [first, value, options, onChange]);
  if (surveys.resource.status === 'loading') return <Loading />;
  if (surveys.resource.status === 'error') return <LoadError error={surveys.resource.error} />;
  if (options.length === 0) return <p>{t('goals.form.noSurveys')}</p>;
  return (
    <SelectField
      name="scope"
      label={t('goals.form.surveyScope')}
      hint={t('goals.form.surveyScopeHint')}
      value={value}
      onChange={onChange}
      options={options}
      error={error}
    />
  );
}
