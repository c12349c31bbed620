import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit, User } from '../../api/types.js';
import { formatDateTime } from '../../i18n/format.js';
import { StatusMessage, useStatus } from '../../components/messages.js';
import { unitNamesById } from '../units/unit-view-model.js';
import { UserCreateForm } from './user-create-form.js';
import { UserEditForm } from './user-edit-form.js';
import { roleLinesOf, sortUsers } from './user-roles.js';
import type { UserActions } from './use-users.js';
import { TableWrap } from '../../components/table-wrap.js';

export interface UsersViewProps {
  users: readonly User[];
  units: readonly Unit[];
  canWrite: boolean;
  actions: UserActions;
}

/** Users of the municipality with their roles, in alphabetical order: a list, not a ranking. */
export function UsersView({ users, units, canWrite, actions }: UsersViewProps) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useStatus();
  const unitNames = unitNamesById(units);
  const editedUser = users.find((u) => u.id === editing);
  return (
    <>
      <StatusMessage text={status} />
      <section aria-labelledby="users-list">
        <h2 id="users-list">{t('users.listHeading')}</h2>
        <TableWrap>
          <table>
            <thead>
              <tr>
                <th scope="col">{t('users.displayName')}</th>
                <th scope="col">{t('users.email')}</th>
                <th scope="col">{t('users.roles')}</th>
                <th scope="col">{t('users.status')}</th>
                <th scope="col">{t('users.lastLogin')}</th>
                {canWrite && (
                  <th scope="col">
                    <span className="visually-hidden">{t('users.actions')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {sortUsers(users).map((user) => (
                <tr key={user.id}>
                  <th scope="row">{user.displayName}</th>
                  <td>{user.email}</td>
                  <td>
                    <ul className="plain-list">
                      {roleLinesOf(user.roles, unitNames).map((line) => (
                        <li key={line.role}>
                          {t(`roles.${line.role}`)}
                          {line.unitName && ` (${line.unitName})`}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>{user.isActive ? t('users.active') : t('users.inactive')}</td>
                  <td>
                    {user.lastLoginAt ? formatDateTime(user.lastLoginAt, i18n.language) : t('users.never')}
                  </td>
                  {canWrite && (
                    <td>
                      <button
                        type="button"
                        className="button-link"
                        aria-expanded={editing === user.id}
                        onClick={() => {
                          setStatus(null);
                          setEditing(editing === user.id ? null : user.id);
                        }}
                      >
                        {t('users.edit')}
                        <span className="visually-hidden"> {user.displayName}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </section>
      {canWrite && editedUser && (
        <section aria-labelledby="users-edit" className="panel">
          <h2 id="users-edit">{t('users.editHeading', { name: editedUser.displayName })}</h2>
          <UserEditForm
            key={editedUser.id}
            user={editedUser}
            units={units}
            actions={actions}
            onClose={() => setEditing(null)}
            onSaved={(u) => {
              setEditing(null);
              setStatus(t('users.saved', { name: u.displayName }));
            }}
            onPasswordReset={(u) => setStatus(t('users.passwordResetDone', { name: u.displayName }))}
          />
        </section>
      )}
      {canWrite && (
        <section aria-labelledby="users-create">
          <h2 id="users-create">{t('users.createHeading')}</h2>
          <UserCreateForm
            units={units}
            create={actions.create}
            onDone={(u) => setStatus(t('users.created', { name: u.displayName }))}
          />
        </section>
      )}
    </>
  );
}
