import { useTranslation } from 'react-i18next';
import type { DryRunResult } from './types.js';
import { TableWrap } from '../../components/table-wrap.js';

/** What a dry run found: counts, then every rejected row with its line, column and reason. */
export function PreviewResult({ result, id }: { result: DryRunResult; id: string }) {
  const { t } = useTranslation();
  const rejected = result.rejected;
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('contactImport.preview.heading')}</h2>
      <ul>
        <li>{t('contactImport.preview.rows', { count: result.rows })}</li>
        <li>{t('contactImport.preview.wouldImport', { count: result.wouldImport })}</li>
        <li>{t('contactImport.preview.duplicates', { count: result.duplicates })}</li>
        {result.maskedPersonalData.length > 0 && (
          <li>{t('contactImport.preview.masked', { count: result.maskedPersonalData.length })}</li>
        )}
      </ul>
      {rejected.length > 0 && (
        <>
          <h3>{t('contactImport.preview.rejectedHeading', { count: rejected.length })}</h3>
          <p>{t('contactImport.preview.rejectedIntro')}</p>
          <TableWrap>
            <table>
              <caption className="visually-hidden">{t('contactImport.preview.rejectedCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('contactImport.preview.line')}</th>
                  <th scope="col">{t('contactImport.preview.column')}</th>
                  <th scope="col">{t('contactImport.preview.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {rejected.map((r, index) => (
                  <tr key={`${r.pointer}-${r.code}-${index}`}>
                    <th scope="row">{r.line ?? (r.index === null ? '' : r.index + 1)}</th>
                    <td>{r.column ?? t('contactImport.preview.wholeLine')}</td>
                    <td>{r.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
