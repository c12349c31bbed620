/**
 * The municipality's own closed days (a staff day, a local holiday). Weekends, Swedish public
 * holidays, midsommarafton, julafton and nyårsafton are closed already and are not listed.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formErrorsOf } from '../../api/problem.js';
import { useSubmission } from '../../api/use-api-get.js';
import { TextField } from '../../components/fields.js';
import { FormAlert, StatusMessage, useStatus } from '../../components/messages.js';
import { isCalendarDay } from './iso-week.js';
import { formatDay } from './report-format.js';
import type { ClosedDay } from './types.js';
import type { TelephonySettingsActions } from './use-telephony-settings.js';
import { TableWrap } from '../../components/table-wrap.js';

export function ClosedDaysSection({
  closedDays,
  actions,
}: {
  closedDays: readonly ClosedDay[];
  actions: Pick<TelephonySettingsActions, 'addClosedDay' | 'removeClosedDay'>;
}) {
  const { t, i18n } = useTranslation();
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<{ day?: string; reason?: string }>({});
  const [status, setStatus] = useStatus();
  const adding = useSubmission();
  const removing = useSubmission();
  const errors = formErrorsOf(adding.error, ['day', 'reason']);
  const sorted = [...closedDays].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));

  const add = async (e: FormEvent) => {
    e.preventDefault();
    setStatus(null);
    const found: { day?: string; reason?: string } = {};
    if (!isCalendarDay(day)) found.day = t('telephony.settings.closedDays.dayInvalid');
    if (!reason.trim()) found.reason = t('telephony.settings.closedDays.reasonRequired');
    setLocal(found);
    if (found.day || found.reason) return;
    if (await adding.run(() => actions.addClosedDay({ day, reason: reason.trim() }))) {
      setStatus(t('telephony.settings.closedDays.added', { day: formatDay(day, i18n.language) }));
      setDay('');
      setReason('');
    }
  };
  const remove = async (closed: ClosedDay) => {
    setStatus(null);
    if (await removing.run(() => actions.removeClosedDay(closed.day)))
      setStatus(t('telephony.settings.closedDays.removed', { day: formatDay(closed.day, i18n.language) }));
  };

  return (
    <>
      <p>{t('telephony.settings.closedDays.intro')}</p>
      <StatusMessage text={status} />
      <FormAlert error={removing.error} />
      {sorted.length === 0 ? (
        <p>{t('telephony.settings.closedDays.none')}</p>
      ) : (
        <TableWrap>
          <table>
            <caption className="visually-hidden">{t('telephony.settings.closedDays.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('telephony.settings.closedDays.day')}</th>
                <th scope="col">{t('telephony.settings.closedDays.reason')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('telephony.settings.closedDays.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sorted.map((c) => (
                <tr key={c.day}>
                  <th scope="row">{formatDay(c.day, i18n.language)}</th>
                  <td>{c.reason}</td>
                  <td>
                    <button type="button" className="button-link" onClick={() => void remove(c)}>
                      {t('telephony.settings.closedDays.remove')}
                      <span className="visually-hidden"> {formatDay(c.day, i18n.language)}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <h3>{t('telephony.settings.closedDays.addHeading')}</h3>
      <form className="form" noValidate onSubmit={(e) => void add(e)}>
        <FormAlert error={adding.error} other={errors.other} />
        <TextField
          type="date"
          name="day"
          label={t('telephony.settings.closedDays.day')}
          hint={t('telephony.settings.closedDays.dayHint')}
          value={day}
          onChange={setDay}
          required
          error={local.day ?? errors.byField.get('day')}
        />
        <TextField
          name="reason"
          label={t('telephony.settings.closedDays.reason')}
          hint={t('telephony.settings.closedDays.reasonHint')}
          value={reason}
          onChange={setReason}
          required
          error={local.reason ?? errors.byField.get('reason')}
        />
        <button type="submit" className="button-primary" disabled={adding.pending}>
          {t('telephony.settings.closedDays.add')}
        </button>
      </form>
    </>
  );
}
