/**
 * /improvements (Tavelmöte): the weekly board meeting on one page. Our goals and where we are,
 * the open signals, and what we are changing: the board's five columns, each card with its owner,
 * due date and verdict, moved with a small form (keyboard and screen reader first; no dragging).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading, StatusMessage, useStatus } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { useCan } from '../../session/session.js';
import { GoalsGlancePanel } from '../goals/goals-glance-panel.js';
import { formatDay } from '../telephony/report-format.js';
import { STATUSES, type Improvement, type ImprovementStatus } from './types.js';

export function BoardPage() {
  const { t } = useTranslation();
  const can = useCan();
  const board = useApiGet<{ improvements: Improvement[] }>('/api/improvements');
  const [status, setStatus] = useStatus();
  return (
    <Page title={t('improvements.board.title')}>
      <p className="lead">{t('improvements.board.intro')}</p>
      {can('goals:read') && (
        <GoalsGlancePanel heading={t('improvements.board.goalsHeading')} signals="count" />
      )}
      <section aria-labelledby="board-heading">
        <h2 id="board-heading">{t('improvements.board.boardHeading')}</h2>
        {can('improvements:write') && (
          <p>
            <Link className="button-primary" to="/improvements/new">
              {t('improvements.board.new')}
            </Link>
          </p>
        )}
        <StatusMessage text={status} />
        {board.resource.status === 'loading' && <Loading />}
        {board.resource.status === 'error' && <LoadError error={board.resource.error} />}
        {board.resource.status === 'ready' && (
          <div className="board">
            {STATUSES.map((column) => {
              const cards =
                board.resource.status === 'ready'
                  ? board.resource.data.improvements.filter((i) => i.status === column)
                  : [];
              return (
                <section key={column} className="board-column" aria-labelledby={`column-${column}`}>
                  <h3 id={`column-${column}`}>
                    {t(`improvements.statuses.${column}`)} <span className="count">({cards.length})</span>
                  </h3>
                  {cards.length === 0 ? (
                    <p className="muted">{t('improvements.board.empty')}</p>
                  ) : (
                    <ul className="cards-list">
                      {cards.map((card) => (
                        <Card
                          key={card.id}
                          card={card}
                          onMoved={(to) => {
                            setStatus(
                              t('improvements.board.moved', {
                                title: card.title,
                                status: t(`improvements.statuses.${to}`),
                              }),
                            );
                            board.reload();
                          }}
                        />
                      ))}
                    </ul>
                  )}
                </section>
              );
            })}
          </div>
        )}
      </section>
    </Page>
  );
}

function Card({ card, onMoved }: { card: Improvement; onMoved: (to: ImprovementStatus) => void }) {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const lang = i18n.language;
  const [to, setTo] = useState<ImprovementStatus>(card.status);
  const [implementedOn, setImplementedOn] = useState(
    card.implementedOn ?? new Date().toISOString().slice(0, 10),
  );
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, ['status', 'implementedOn']);
  const move = async (e: FormEvent) => {
    e.preventDefault();
    if (to === card.status) return;
    const body = to === 'done' ? { status: to, implementedOn } : { status: to };
    if (await submission.run(() => api.post(`/api/improvements/${card.id}/move`, body))) onMoved(to);
  };
  return (
    <li className="board-card">
      <h4>
        <Link to={`/improvements/${card.id}`}>{card.title}</Link>
      </h4>
      <p className="muted">{t('improvements.board.owner', { name: card.owner.name })}</p>
      {card.dueOn && (
        <p className="muted">{t('improvements.board.due', { day: formatDay(card.dueOn, lang) })}</p>
      )}
      {card.implementedOn && (
        <p className="muted">
          {t('improvements.board.implemented', { day: formatDay(card.implementedOn, lang) })}
        </p>
      )}
      {card.verdict && (
        <p>
          <span className={`verdict verdict-${card.verdict.verdict}`}>
            {t('improvements.board.verdict', { verdict: t(`improvements.verdicts.${card.verdict.verdict}`) })}
          </span>
        </p>
      )}
      {can('improvements:write') && (
        <form className="card-move" noValidate onSubmit={(e) => void move(e)}>
          <FormAlert error={submission.error} other={errors.other} />
          <SelectField
            name="status"
            label={t('improvements.board.move')}
            value={to}
            onChange={(v) => setTo(v as ImprovementStatus)}
            options={STATUSES.map((s) => ({ value: s, label: t(`improvements.statuses.${s}`) }))}
            error={errors.byField.get('status')}
          />
          {to === 'done' && card.status !== 'done' && (
            <TextField
              type="date"
              name="implementedOn"
              label={t('improvements.board.implementedOn')}
              hint={t('improvements.board.implementedOnHint')}
              value={implementedOn}
              onChange={setImplementedOn}
              error={errors.byField.get('implementedOn')}
            />
          )}
          <button
            type="submit"
            className="button-secondary"
            disabled={submission.pending || to === card.status}
          >
            {t('improvements.board.moveButton')}
            <span className="visually-hidden">: {card.title}</span>
          </button>
        </form>
      )}
    </li>
  );
}
