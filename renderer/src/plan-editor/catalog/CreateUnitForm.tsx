import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnits } from '../../plans/units';
import { SingleFieldForm } from '../../components/SingleFieldForm';
import { Panel } from '../../components/Panel';

export function CreateUnitForm() {
  const { t } = useTranslation();
  const createUnit = useUnits((state) => state.create);
  const [created, setCreated] = useState<string | null>(null);

  async function create(name: string) {
    const result = await createUnit(name);
    setCreated(result.ok ? result.value.name : null);
    return result;
  }

  return (
    <Panel title={t('units.newTitle')}>
      <SingleFieldForm label={t('units.nameLabel')} hint={t('units.nameHint')} submitLabel={t('units.create')} onSubmit={create} />
      <p className="form-success" role="status">
        {created ? t('units.created', { name: created }) : null}
      </p>
    </Panel>
  );
}
