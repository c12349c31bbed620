/**
 * /improvements/:id: one improvement. Its problem and targets, the before (as measured when it
 * was created) and the after week by week, and the verdict with its evidence: the difference of
 * the failure-demand share with its 95% interval, and the weekly count against the before's
 * control limits. Notes, due date and title can be changed; the targets and the before cannot.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { TextField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { formatDateTime } from '../../i18n/format.js';
import { useCan } from '../../session/session.js';
import type { Topic } from '../topics/types.js';
import { formatCount, formatDay, formatShare, formatShortDay } from '../telephony/report-format.js';
import { CycleFields, cycleOf, type CycleInput } from './cycle-fields.js';
import type { Improvement, WeekFigures } from './types.js';
import { VerdictSection } from './verdict-section.js';
import { SurveySection } from './survey-section.js';
import { TableWrap } from '../../components/table-wrap.js';

export function ImprovementPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;
  const { resource, reload } = useApiGet<Improvement>(`/api/improvements/${id}`);
  const title = resource.status === 'ready' ? resource.data.title : t('improvements.nav.board');
  return (
    <Page title={title}>
      <p>
        <Link to="/improvements">{t('improvements.detail.back')}</Link>
      </p>
      {created && <StatusMessage text={t('improvements.form.created')} />}
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && <LoadError error={resource.error} />}
      {resource.status === 'ready' && <Detail improvement={resource.data} onSaved={reload} />}
    </Page>
  );
}

function Detail({ improvement: i, onSaved }: { improvement: Improvement; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const topics = useApiGet<{ topics: Topic[] }>('/api/topics?includeRetired=true');
  const known = topics.resource.status === 'ready' ? topics.resource.data.topics : [];
  // Shown once the catalogue is there: an id is no name for a person.
  const topicNames =
    known.length > 0 ? i.targets.topicIds.map((id) => known.find((x) => x.id === id)?.path ?? id) : [];
  return (
    <>
      <p className="lead">
        <span className="tag">{t(`improvements.statuses.${i.status}`)}</span>{' '}
        {t('improvements.board.owner', { name: i.owner.name })}
        {i.dueOn && <> · {t('improvements.board.due', { day: formatDay(i.dueOn, lang) })}</>}
        {i.implementedOn && (
          <> · {t('improvements.board.implemented', { day: formatDay(i.implementedOn, lang) })}</>
        )}
      </p>
      <h2>{t('improvements.detail.problem')}</h2>
      <p className="pre-wrap">{i.problem}</p>
      <h2>{t('improvements.detail.targets')}</h2>
      <ul>
        {topicNames.length > 0 && <li>{t('improvements.detail.topics', { list: topicNames.join(', ') })}</li>}
        {i.targets.needs.length > 0 && (
          <li>
            {t('improvements.detail.needs', {
              list: i.targets.needs.map((n) => t(`contacts.needs.${n}`)).join(', '),
            })}
          </li>
        )}
        {i.targets.failureReasons.length > 0 && (
          <li>
            {t('improvements.detail.reasons', {
              list: i.targets.failureReasons.map((r) => t(`contacts.failureReasons.${r}`)).join(', '),
            })}
          </li>
        )}
        <li>{t('improvements.detail.source', { source: t(`improvements.sources.${i.source}`) })}</li>
        {i.sourceAnswerId && (
          <li>
            {t('improvements.survey.answer')}{' '}
            <Link to="/department-surveys">{t('improvements.survey.answerLink')}</Link>
          </li>
        )}
      </ul>
      {i.survey && <SurveySection survey={i.survey} />}
      <VerdictSection improvement={i} />
      <h2>
        {t('improvements.detail.before', {
          from: formatDay(i.before.from, lang),
          to: formatDay(i.before.to, lang),
        })}
      </h2>
      <WeekTable
        weeks={i.before.weeks}
        caption={t('improvements.detail.before', {
          from: formatShortDay(i.before.from, lang),
          to: formatShortDay(i.before.to, lang),
        })}
      />
      {i.after ? (
        <>
          <h2>
            {t('improvements.detail.after', {
              from: formatDay(i.after.from, lang),
              to: formatDay(i.after.to, lang),
            })}
          </h2>
          <WeekTable
            weeks={i.after.weeks}
            caption={t('improvements.detail.after', {
              from: formatShortDay(i.after.from, lang),
              to: formatShortDay(i.after.to, lang),
            })}
            expected={i.verdict?.volume.estimate?.afterWeeks}
            yearBefore={i.verdict?.yearBefore ?? undefined}
          />
        </>
      ) : (
        <p className="notice">{t('improvements.detail.afterNone')}</p>
      )}
      <EditForm improvement={i} onSaved={onSaved} />
      <p className="muted">
        {t('improvements.detail.createdBy', { name: i.createdBy, at: formatDateTime(i.createdAt, lang) })}
      </p>
    </>
  );
}

function WeekTable({
  weeks,
  caption,
  expected,
  yearBefore,
}: {
  weeks: readonly WeekFigures[];
  caption: string;
  /** After weeks: what each was expected to hold without the change. */
  expected?: readonly { week: string; expected: number }[] | undefined;
  /** After weeks compared with the year before: the same week then. */
  yearBefore?: readonly WeekFigures[] | undefined;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <TableWrap>
      <table>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('improvements.detail.week')}</th>
            <th scope="col" className="numeric">
              {t('improvements.detail.contacts')}
            </th>
            <th scope="col" className="numeric">
              {t('improvements.detail.failureDemand')}
            </th>
            <th scope="col" className="numeric">
              {t('improvements.detail.share')}
            </th>
            {yearBefore && (
              <th scope="col" className="numeric">
                {t('improvements.detail.yearBefore')}
              </th>
            )}
            {expected && (
              <th scope="col" className="numeric">
                {t('improvements.detail.expected')}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {weeks.map((w, index) => (
            <tr key={w.week}>
              <th scope="row">{formatShortDay(w.week, lang)}</th>
              <td className="numeric">{formatCount(w.contacts, lang)}</td>
              <td className="numeric">{formatCount(w.failureDemand, lang)}</td>
              <td className="numeric">
                {w.contacts > 0 ? formatShare(w.failureDemand / w.contacts, lang) : '–'}
              </td>
              {yearBefore && (
                <td className="numeric">
                  {yearBefore[index] ? formatCount(yearBefore[index].failureDemand, lang) : '–'}
                </td>
              )}
              {expected && <td className="numeric">{expectedOf(expected, w.week, lang)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

function EditForm({ improvement, onSaved }: { improvement: Improvement; onSaved: () => void }) {
  const { t } = useTranslation();
  const can = useCan();
  const [notes, setNotes] = useState(improvement.notes);
  const [dueOn, setDueOn] = useState(improvement.dueOn ?? '');
  const [cycle, setCycle] = useState<CycleInput>({
    weeks: improvement.cycle ? String(improvement.cycle.weeks) : '',
    startsOn: improvement.cycle?.startsOn ?? '',
  });
  const [cycleError, setCycleError] = useState<string | null>(null);
  const [status, setStatus] = useStatus();
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, ['notes', 'dueOn', 'cycle.weeks', 'cycle.startsOn']);
  if (!can('improvements:write')) {
    return improvement.notes ? (
      <>
        <h2>{t('improvements.detail.notes')}</h2>
        <p className="pre-wrap">{improvement.notes}</p>
      </>
    ) : null;
  }
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const cycleBody = cycleOf(cycle);
    setCycleError(cycleBody === 'incomplete' ? t('improvements.form.cycleBoth') : null);
    if (cycleBody === 'incomplete') return;
    if (
      await submission.run(() =>
        api.patch(`/api/improvements/${improvement.id}`, { notes, dueOn: dueOn || null, cycle: cycleBody }),
      )
    ) {
      setStatus(t('improvements.detail.saved'));
      onSaved();
    }
  };
  return (
    <section aria-labelledby="improvement-edit">
      <h2 id="improvement-edit">{t('improvements.detail.notes')}</h2>
      <StatusMessage text={status} />
      <form className="form improvement-form" noValidate onSubmit={(e) => void save(e)}>
        <FormAlert error={submission.error} other={errors.other} />
        <div className="field">
          <label htmlFor="improvement-notes-edit">{t('improvements.detail.notes')}</label>
          {errors.byField.get('notes') && (
            <p className="field-error" id="improvement-notes-edit-error">
              {errors.byField.get('notes')}
            </p>
          )}
          <textarea
            id="improvement-notes-edit"
            rows={4}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            aria-invalid={errors.byField.get('notes') ? true : undefined}
            aria-describedby={errors.byField.get('notes') ? 'improvement-notes-edit-error' : undefined}
          />
        </div>
        <TextField
          type="date"
          name="dueOn"
          label={t('improvements.form.due')}
          value={dueOn}
          onChange={setDueOn}
          error={errors.byField.get('dueOn')}
        />
        <CycleFields
          value={cycle}
          onChange={setCycle}
          errors={{
            weeks: (!cycle.weeks.trim() && cycleError) || errors.byField.get('cycle.weeks'),
            startsOn: (cycle.weeks.trim() && cycleError) || errors.byField.get('cycle.startsOn'),
          }}
        />
        <button type="submit" className="button-primary" disabled={submission.pending}>
          {t('improvements.detail.save')}
        </button>
      </form>
    </section>
  );
}

function expectedOf(expected: readonly { week: string; expected: number }[], week: string, lang: string) {
  const found = expected.find((e) => e.week === week);
  return found ? formatCount(found.expected, lang) : '–';
}
