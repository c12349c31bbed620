/**
 * /analysis/departments[/<unitId>]: the report for one department (förvaltning) to take to its
 * meeting. The contacts its services cause, their failure demand and its reasons, the topics,
 * the needs, questions about existing cases, contacts forwarded to it, month by month; as a page
 * and as a PDF. The filter bar's period and choices apply; its unit does not (the report is the
 * department's).
 */
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { contactScopeViewOf } from '../../session/contact-scope.js';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { DepartmentReport } from '../../../core/analysis/types.js';
import { apiDownload } from '../../api/client.js';
import { ApiError, HTTP_ERROR } from '../../api/problem.js';
import type { Unit } from '../../api/types.js';
import { SelectField } from '../../components/fields.js';
import { FormAlert } from '../../components/messages.js';
import { saveFile } from '../../components/save-file.js';
import { useSignedIn } from '../../session/session.js';
import { bucketLabel, formatCount } from './analysis-format.js';
import { ResultView, ShareInWords, useChartSummary, useLocale, useTables } from './analysis-parts.js';
import {
  departmentCsvPath,
  departmentPdfPath,
  departmentReportPath,
  isUuid,
  type AnalysisFilters,
} from './analysis-query.js';
import { BarsSection, needBarRows, reasonBarRows, type BarRow } from './bars-section.js';
import { categoryChart } from './chart-options.js';
import { ChartSection } from './chart-section.js';
import { bucketTarget, contactListHref, type DrillTarget } from './drilldown.js';
import type { AnalysisQueryState } from './use-analysis-query.js';
import { useAnalysis } from './use-analysis.js';

/** Departments (root units) that are not archived, by name. */
export function departmentsOf(units: readonly Unit[]): Unit[] {
  return units
    .filter((u) => u.parentId === null && u.archivedAt === null)
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

/** The department a unit belongs to: the root above it. */
export function departmentOf(units: readonly Unit[], unitId: string): string | null {
  const byId = new Map(units.map((u) => [u.id, u]));
  let unit = byId.get(unitId);
  for (let guard = 0; unit && unit.parentId !== null && guard < 100; guard++) unit = byId.get(unit.parentId);
  return unit?.id ?? null;
}

function DepartmentPicker({ units, chosen }: { units: readonly Unit[] | null; chosen: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { search } = useLocation();
  const session = useSignedIn();
  // A department contact starts at their own department, and is offered no other: they see
  // only the contacts about their units (issue #13).
  const ownUnit = session.user.roles.find((r) => r.role === 'department_contact' && r.unitId)?.unitId ?? null;
  const scope = contactScopeViewOf(session.user);
  const ownDepartments =
    scope.kind === 'units' && units ? new Set(scope.unitIds.map((id) => departmentOf(units, id))) : null;
  const departments = units
    ? departmentsOf(units).filter((d) => !ownDepartments || ownDepartments.has(d.id))
    : [];
  const initial = chosen ?? (ownUnit && units ? departmentOf(units, ownUnit) : null) ?? '';
  const [value, setValue] = useState(initial);
  const [error, setError] = useState<string | undefined>(undefined);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!value) {
      setError(t('analysis.departments.chooseError'));
      return;
    }
    setError(undefined);
    void navigate({ pathname: `/analysis/departments/${value}`, search });
  };
  const options = [
    { value: '', label: t('analysis.departments.choose') },
    ...departments.map((d) => ({ value: d.id, label: d.name })),
  ];
  if (value && !options.some((o) => o.value === value))
    options.push({ value, label: t('analysis.filters.chosen') });
  return (
    <form
      className="filters analysis-choices"
      noValidate
      onSubmit={submit}
      aria-labelledby="department-picker-heading"
    >
      <h3 id="department-picker-heading">{t('analysis.departments.pickerHeading')}</h3>
      <div className="filter-grid">
        <SelectField
          name="department"
          label={t('analysis.departments.department')}
          value={value}
          onChange={setValue}
          options={options}
          error={error}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button-primary">
          {t('analysis.departments.show')}
        </button>
      </div>
    </form>
  );
}

function PdfDownload({ path, name }: { path: string; name: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const file = await apiDownload(path);
      const fileName = file.fileName ?? name;
      saveFile(file.blob, fileName);
      setSaved(t('analysis.csv.saved', { name: fileName }));
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, HTTP_ERROR, ''));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="pdf-download">
      <FormAlert error={error} />
      <button type="button" className="button-secondary" disabled={busy} onClick={() => void download()}>
        {t('analysis.departments.pdf')}
      </button>
      <p role="status">{busy ? t('analysis.departments.pdfBusy') : (saved ?? '')}</p>
    </div>
  );
}

function Report({
  data,
  filters,
  csv,
  pdfPath,
}: {
  data: DepartmentReport;
  /** The page's filters with the department as the unit: what the contact list shows. */
  filters: AnalysisFilters;
  csv: (table: string) => string;
  pdfPath: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const tables = useTables('department', data);
  const summary = useChartSummary();
  const href = (target: DrillTarget) => contactListHref(filters, target);
  const departmentId = data.department.departmentId;
  const topicRows = useMemo<BarRow[]>(
    () =>
      data.topics.map((r) => ({
        key: r.topicId,
        label: r.topicPath,
        value: r.contacts,
        target: { kind: 'topic', topicId: r.topicId },
      })),
    [data.topics],
  );
  const reasonRows = useMemo(() => reasonBarRows(data.failureReasons, t), [data.failureReasons, t]);
  const needRows = useMemo(() => needBarRows(data.needs, t), [data.needs, t]);
  const monthCategories = useMemo(
    () => data.monthly.map((m) => bucketLabel(m.key, locale)),
    [data.monthly, locale],
  );
  const monthly = useMemo(
    () =>
      categoryChart({
        categories: monthCategories,
        series: [
          {
            name: t('analysis.departments.contacts'),
            type: 'bar',
            unit: 'count',
            values: data.monthly.map((m) => m.contacts),
          },
          {
            name: t('analysis.departments.failureDemand'),
            type: 'bar',
            unit: 'count',
            values: data.monthly.map((m) => m.failureDemand),
          },
        ],
        locale,
      }),
    [monthCategories, data.monthly, locale, t],
  );
  const monthByKey = new Map(data.monthly.map((m) => [m.key, m]));
  const failureIn = (bucket: { from: string; to: string }): DrillTarget => ({
    kind: 'all',
    targets: [bucketTarget(bucket), { kind: 'failureDemand' }],
  });
  return (
    <>
      <h3 className="department-name">
        {t('analysis.departments.reportHeading', {
          name: data.department.departmentName,
          from: data.from,
          to: data.to,
        })}
      </h3>
      <PdfDownload
        path={pdfPath}
        name={`${locale === 'sv' ? 'forvaltningsrapport' : 'department-report'}-${data.from}--${data.to}.pdf`}
      />
      <dl className="key-figures">
        <div>
          <dt>{t('analysis.departments.contactsAbout')}</dt>
          <dd>
            <strong>{formatCount(data.contacts, locale)}</strong>{' '}
            {data.contacts > 0 && (
              <Link to={href({ kind: 'all', targets: [] })}>{t('analysis.table.showContacts')}</Link>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('analysis.departments.failureDemand')}</dt>
          <dd>
            <ShareInWords
              share={data.failureDemand}
              href={data.failureDemand.numerator > 0 ? href({ kind: 'failureDemand' }) : null}
            />
          </dd>
        </div>
        <div>
          <dt>{t('analysis.departments.existingCases')}</dt>
          <dd>
            <ShareInWords
              share={data.existingCases}
              href={data.existingCases.numerator > 0 ? href({ kind: 'existingCases', departmentId }) : null}
            />
          </dd>
        </div>
        <div>
          <dt>{t('analysis.departments.forwardedIn')}</dt>
          <dd>
            <strong>{formatCount(data.forwardedIn, locale)}</strong>
          </dd>
        </div>
      </dl>
      <BarsSection
        id="department-topics"
        title={t('analysis.departments.topicsTitle')}
        seriesName={t('analysis.departments.contacts')}
        unit="count"
        rows={topicRows}
        horizontal
        filters={filters}
        table={tables.get('topics')}
        csvPath={csv('topics')}
      />
      <BarsSection
        id="department-failure-reasons"
        title={t('analysis.departments.reasonsTitle')}
        seriesName={t('analysis.why.shareOfFailure')}
        unit="share"
        rows={reasonRows}
        filters={filters}
        table={tables.get('failureReasons')}
        csvPath={csv('failureReasons')}
      />
      <BarsSection
        id="department-needs"
        title={t('analysis.departments.needsTitle')}
        seriesName={t('analysis.why.share')}
        unit="share"
        rows={needRows}
        filters={filters}
        table={tables.get('needs')}
        csvPath={csv('needs')}
      />
      <ChartSection
        id="department-monthly"
        title={t('analysis.departments.monthlyTitle')}
        chart={{
          option: monthly,
          height: 340,
          label: summary(
            'bar',
            t('analysis.departments.monthlyTitle'),
            monthCategories,
            data.monthly.map((m) => m.contacts),
            'count',
          ),
          hrefAt: (s, i) => {
            const month = data.monthly[i];
            if (!month) return null;
            return href(s === 1 ? failureIn(month) : bucketTarget(month));
          },
        }}
        table={tables.get('monthly')}
        drill={{
          row: (key) => {
            const month = monthByKey.get(key);
            return month ? href(bucketTarget(month)) : null;
          },
          cell: (key, column) => {
            const month = monthByKey.get(key);
            return month && column === 'failureDemand' ? href(failureIn(month)) : null;
          },
        }}
        csvPath={csv('monthly')}
      />
    </>
  );
}

export function DepartmentPage({
  query,
  units,
}: {
  query: AnalysisQueryState;
  units: readonly Unit[] | null;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { unitId } = useParams();
  const chosen = unitId && isUuid(unitId) ? unitId.toLowerCase() : null;
  const result = useAnalysis<DepartmentReport>(chosen ? departmentReportPath(chosen, query.filters) : null);
  const drillFilters = useMemo(
    () => ({ ...query.filters, unitId: chosen ?? undefined }),
    [query.filters, chosen],
  );
  return (
    <section aria-labelledby="analysis-departments-heading">
      <h2 id="analysis-departments-heading">{t('analysis.departments.heading')}</h2>
      <p>{t('analysis.departments.intro')}</p>
      {query.filters.unitId && <p className="notice">{t('analysis.departments.unitIgnored')}</p>}
      <DepartmentPicker
        key={`${chosen ?? ''}-${units ? 'units' : 'loading'}`}
        units={units}
        chosen={chosen}
      />
      {unitId && !chosen && <p className="notice">{t('analysis.departments.badId')}</p>}
      {chosen && (
        <ResultView resource={result}>
          {(data) => (
            <Report
              data={data}
              filters={drillFilters}
              csv={(table) => departmentCsvPath(chosen, query.filters, table, locale)}
              pdfPath={departmentPdfPath(chosen, query.filters, locale)}
            />
          )}
        </ResultView>
      )}
    </section>
  );
}
