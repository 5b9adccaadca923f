import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '../hooks/useReturnFocus';
import { useUserName } from './user-name-store';
import { RenameForm } from '../components/RenameForm';
import { SingleFieldForm } from '../components/SingleFieldForm';
import { Panel } from '../components/Panel';

/**
 * Every change to a plan is signed in its history, and the server refuses plan
 * changes until this computer's user has given a name: ask for it where plans are made.
 */
export function UserNamePanel() {
  const { t } = useTranslation();
  const userName = useUserName((state) => state.userName);
  const status = useUserName((state) => state.status);
  const save = useUserName((state) => state.save);
  const [editing, setEditing] = useState(false);
  const changeButton = useReturnFocus<HTMLButtonElement>(editing);

  if (status !== 'ready') return null;

  if (userName === null) {
    return (
      <Panel className="panel--attention" title={t('userName.title')}>
        <p>{t('userName.intro')}</p>
        <SingleFieldForm label={t('userName.label')} submitLabel={t('userName.save')} onSubmit={save} />
      </Panel>
    );
  }

  return (
    <div className="signature">
      {editing ? (
        <RenameForm label={t('userName.label')} initialValue={userName} onSave={save} onClose={() => setEditing(false)} />
      ) : (
        <p>
          {t('userName.current')} <strong>{userName}</strong>
          <button
            type="button"
            ref={changeButton}
            className="button button--small button--quiet signature__change"
            aria-label={t('userName.changeAria')}
            onClick={() => setEditing(true)}
          >
            {t('userName.change')}
          </button>
        </p>
      )}
    </div>
  );
}
