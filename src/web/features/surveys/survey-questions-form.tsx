/**
 * A survey's questions (issue #15): texts in Swedish and English, the scale's end labels, the
 * dimension of a 1-5 question, required or not, choices; move, remove, add. Before the first
 * invitation the current version is changed in place; after it a save makes a new version, and
 * results say which version each answer belongs to (the page says so before the save).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { CheckboxField, SelectField, TextField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { useCan } from '../../session/session.js';
import { moveQuestion, newQuestion, removeQuestion, withEnglish } from './questions-draft.js';
import {
  DIMENSIONS,
  QUESTION_KINDS,
  type Question,
  type QuestionKind,
  type Survey,
  type Text,
} from './types.js';

export function SurveyQuestionsForm({ survey, onSaved }: { survey: Survey; onSaved: (s: Survey) => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [questions, setQuestions] = useState<Question[]>(survey.definition.questions);
  const [kind, setKind] = useState<QuestionKind>('scale5');
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, []);
  const readOnly = !can('surveys:write') || survey.status === 'closed';
  const change = (i: number, patch: Partial<Question>) =>
    setQuestions((list) => list.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let saved: Survey | undefined;
    const ok = await submission.run(async () => {
      saved = await api.put<Survey>(`/api/surveys/${survey.id}/questions`, { questions });
    });
    if (ok && saved) onSaved(saved);
  };
  return (
    <section aria-labelledby="survey-questions-heading">
      <h2 id="survey-questions-heading">{t('surveys.questions.heading', { version: survey.version })}</h2>
      <p className="note">
        {survey.invitations > 0 ? t('surveys.questions.sentNote') : t('surveys.questions.draftNote')}
      </p>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <FormAlert error={submission.error} other={errors.other} />
        <ol className="question-list">
          {questions.map((q, i) => (
            <li key={q.key} className="question-card">
              <QuestionFields
                question={q}
                number={i + 1}
                readOnly={readOnly}
                onChange={(patch) => change(i, patch)}
              />
              {!readOnly && (
                <div className="button-row">
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={i === 0}
                    onClick={() => setQuestions((l) => moveQuestion(l, i, -1))}
                  >
                    {t('surveys.questions.up')}
                    <span className="visually-hidden"> {t('surveys.questions.number', { n: i + 1 })}</span>
                  </button>
                  <button
                    type="button"
                    className="button-secondary"
                    disabled={i === questions.length - 1}
                    onClick={() => setQuestions((l) => moveQuestion(l, i, 1))}
                  >
                    {t('surveys.questions.down')}
                    <span className="visually-hidden"> {t('surveys.questions.number', { n: i + 1 })}</span>
                  </button>
                  <button
                    type="button"
                    className="button-secondary"
                    onClick={() => setQuestions((l) => removeQuestion(l, i))}
                  >
                    {t('surveys.questions.remove')}
                    <span className="visually-hidden"> {t('surveys.questions.number', { n: i + 1 })}</span>
                  </button>
                </div>
              )}
            </li>
          ))}
        </ol>
        {!readOnly && (
          <>
            <div className="inline-fields">
              <SelectField
                name="newKind"
                label={t('surveys.questions.newKind')}
                value={kind}
                onChange={(v) => setKind(v as QuestionKind)}
                options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`surveys.kinds.${k}`) }))}
              />
              <button
                type="button"
                className="button-secondary align-end"
                onClick={() =>
                  setQuestions((l) => [
                    ...l,
                    newQuestion(l, kind, {
                      question: t('surveys.questions.placeholder'),
                      low: t('surveys.questions.placeholderLow'),
                      high: t('surveys.questions.placeholderHigh'),
                      choice: (n) => t('surveys.questions.placeholderChoice', { n }),
                    }),
                  ])
                }
              >
                {t('surveys.questions.add')}
              </button>
            </div>
            <button type="submit" className="button-primary" disabled={submission.pending}>
              {t('surveys.questions.save')}
            </button>
          </>
        )}
      </form>
    </section>
  );
}

function TextPair({
  label,
  text,
  readOnly,
  onChange,
  name,
}: {
  label: string;
  text: Text;
  readOnly: boolean;
  onChange: (text: Text) => void;
  name: string;
}) {
  const { t } = useTranslation();
  if (readOnly) return <p>{text.sv}</p>;
  return (
    <div className="inline-fields">
      <TextField
        name={`${name}-sv`}
        label={`${label} (${t('surveys.questions.swedish')})`}
        value={text.sv}
        onChange={(sv) => onChange(withEnglish(sv, text.en ?? ''))}
      />
      <TextField
        name={`${name}-en`}
        label={`${label} (${t('surveys.questions.english')})`}
        value={text.en ?? ''}
        onChange={(en) => onChange(withEnglish(text.sv, en))}
      />
    </div>
  );
}

function QuestionFields({
  question: q,
  number,
  readOnly,
  onChange,
}: {
  question: Question;
  number: number;
  readOnly: boolean;
  onChange: (patch: Partial<Question>) => void;
}) {
  const { t } = useTranslation();
  const name = `q-${q.key}`;
  return (
    <fieldset className="plain-fieldset">
      <legend>
        {t('surveys.questions.number', { n: number })}: {t(`surveys.kinds.${q.kind}`)}
        {q.dimension ? ` · ${t(`surveys.dimensions.${q.dimension}`)}` : ''}
        {q.condition ? ` · ${t('surveys.questions.conditional', { question: q.condition.question })}` : ''}
      </legend>
      <TextPair
        name={name}
        label={t('surveys.questions.text')}
        text={q.text}
        readOnly={readOnly}
        onChange={(text) => onChange({ text })}
      />
      {q.ends && !readOnly && (
        <>
          <TextPair
            name={`${name}-low`}
            label={t('surveys.questions.low')}
            text={q.ends.low}
            readOnly={readOnly}
            onChange={(low) => onChange({ ends: { low, high: q.ends!.high } })}
          />
          <TextPair
            name={`${name}-high`}
            label={t('surveys.questions.high')}
            text={q.ends.high}
            readOnly={readOnly}
            onChange={(high) => onChange({ ends: { low: q.ends!.low, high } })}
          />
        </>
      )}
      {q.choices &&
        !readOnly &&
        q.choices.map((c, ci) => (
          <TextPair
            key={c.key}
            name={`${name}-${c.key}`}
            label={t('surveys.questions.choice', { n: ci + 1 })}
            text={c.label}
            readOnly={readOnly}
            onChange={(label) =>
              onChange({ choices: q.choices!.map((x, xi) => (xi === ci ? { ...x, label } : x)) })
            }
          />
        ))}
      {!readOnly && q.kind === 'scale5' && (
        <SelectField
          name={`${name}-dimension`}
          label={t('surveys.questions.dimension')}
          value={q.dimension ?? ''}
          onChange={(v) => {
            const { dimension: _old, ...rest } = q;
            onChange(
              v === '' ? { ...rest, dimension: undefined } : { dimension: v as Question['dimension'] },
            );
          }}
          options={[
            { value: '', label: t('surveys.questions.noDimension') },
            ...DIMENSIONS.map((d) => ({ value: d, label: t(`surveys.dimensions.${d}`) })),
          ]}
        />
      )}
      {!readOnly && (
        <CheckboxField
          name={`${name}-required`}
          label={t('surveys.questions.required')}
          checked={q.required === true}
          onChange={(required) => onChange({ required })}
        />
      )}
    </fieldset>
  );
}
