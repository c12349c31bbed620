/** /surveys: every survey of the municipality, and a new one made from a shipped template. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { formatInteger, formatLocaleOf } from '../../../core/text/format.js';
import { api } from '../../api/client.js';
import { formErrorsOf } from '../../api/problem.js';
import { useApiGet, useSubmission } from '../../api/use-api-get.js';
import { SelectField, TextField } from '../../components/fields.js';
import { FormAlert, LoadError, Loading } from '../../components/messages.js';
import { Page } from '../../components/page.js';
import { TableWrap } from '../../components/table-wrap.js';
import { useCan } from '../../session/session.js';
import { TEMPLATE_KEYS, type Survey, type TemplateKey } from './types.js';

export function SurveysListPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const locale = formatLocaleOf(i18n.language);
  const { resource } = useApiGet<{ surveys: Survey[] }>('/api/surveys');
  return (
    <Page title={t('surveys.list.title')}>
      <p className="lead">{t('surveys.list.intro')}</p>
      {resource.status === 'loading' && <Loading />}
      {resource.status === 'error' && <LoadError error={resource.error} />}
      {resource.status === 'ready' &&
        (resource.data.surveys.length === 0 ? (
          <p>{t('surveys.list.none')}</p>
        ) : (
          <TableWrap>
            <table>
              <caption className="visually-hidden">{t('surveys.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('surveys.list.name')}</th>
                  <th scope="col">{t('surveys.list.template')}</th>
                  <th scope="col">{t('surveys.list.status')}</th>
                  <th scope="col">{t('surveys.list.version')}</th>
                  <th scope="col" className="numeric">
                    {t('surveys.list.invitations')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('surveys.list.answered')}
                  </th>
                  <th scope="col">{t('surveys.list.results')}</th>
                </tr>
              </thead>
              <tbody>
                {resource.data.surveys.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <Link to={`/surveys/${s.id}`}>
                        {i18n.language.startsWith('en') && s.nameEn ? s.nameEn : s.name}
                      </Link>
                    </th>
                    <td>{s.templateKey ? t(`surveys.templates.${s.templateKey}`) : '–'}</td>
                    <td>{t(`surveys.statuses.${s.status}`)}</td>
                    <td>{formatInteger(s.version, locale)}</td>
                    <td className="numeric">{formatInteger(s.invitations, locale)}</td>
                    <td className="numeric">{formatInteger(s.answered, locale)}</td>
                    <td>
                      <Link to={`/surveys/${s.id}/results`}>
                        {t('surveys.list.showResults')}
                        <span className="visually-hidden">: {s.name}</span>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        ))}
      {can('surveys:write') && <NewSurveyForm />}
    </Page>
  );
}

function NewSurveyForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [template, setTemplate] = useState<TemplateKey>('after_contact');
  const [name, setName] = useState('');
  const submission = useSubmission();
  const errors = formErrorsOf(submission.error, ['template', 'name']);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let created: Survey | null = null;
    const body = name.trim() === '' ? { template } : { template, name: name.trim() };
    const ok = await submission.run(async () => {
      created = await api.post<Survey>('/api/surveys', body);
    });
    if (ok && created) void navigate(`/surveys/${(created as Survey).id}`);
  };
  return (
    <section aria-labelledby="new-survey-heading">
      <h2 id="new-survey-heading">{t('surveys.create.heading')}</h2>
      <p>{t('surveys.create.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} className="stacked-form">
        <FormAlert error={submission.error} other={errors.other} />
        <SelectField
          name="template"
          label={t('surveys.create.template')}
          hint={t(`surveys.templateHints.${template}`)}
          value={template}
          onChange={(v) => setTemplate(v as TemplateKey)}
          options={TEMPLATE_KEYS.map((k) => ({ value: k, label: t(`surveys.templates.${k}`) }))}
          error={errors.byField.get('template')}
        />
        <TextField
          name="name"
          label={t('surveys.create.name')}
          hint={t('surveys.create.nameHint')}
          value={name}
          onChange={setName}
          error={errors.byField.get('name')}
        />
        <button type="submit" className="button-primary" disabled={submission.pending}>
          {t('surveys.create.submit')}
        </button>
      </form>
    </section>
  );
}
