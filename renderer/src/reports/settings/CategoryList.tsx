import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '../../../../shared/reports/kinds';
import { RenameForm } from '../../components/RenameForm';
import { Section } from '../../components/Section';
import { SingleFieldForm } from '../../components/SingleFieldForm';
import { useReportsData } from '../data-store';

/** One kind's categories: rename, archive or restore each, add a new one. */
export function CategoryList({ unitId, kind }: { unitId: string; kind: ReportKind }) {
  const { t } = useTranslation();
  const all = useReportsData((state) => state.categories);
  const categories = all.filter((category) => category.kind === kind);
  const writeCategories = useReportsData((state) => state.writeCategories);
  const [renaming, setRenaming] = useState<string | null>(null);
  const kindName = t(`reportScreens.kindPlural.${kind}`);

  return (
    <Section className="rp-category-kind" titleClassName="rp-subtitle" level={3} title={kindName}>
      <ul className="rp-category-list">
        {categories.map((category) => (
          <li key={category.id} className={category.archived ? 'rp-category rp-category--archived' : 'rp-category'}>
            {renaming === category.id ? (
              <RenameForm
                label={t('reportScreens.settings.renameLabel')}
                initialValue={category.name}
                onSave={(name) => writeCategories((api) => api.reports.renameCategory({ id: category.id, name }))}
                onClose={() => setRenaming(null)}
              />
            ) : (
              <>
                <span className="rp-category__name">
                  {category.name}
                  {category.archived ? <span className="muted"> ({t('reportScreens.settings.archived')})</span> : null}
                </span>
                <span className="button-row">
                  <button type="button" className="button button--small button--quiet" aria-label={t('reportScreens.settings.renameAria', { text: category.name })} onClick={() => setRenaming(category.id)}>
                    {t('reportScreens.settings.rename')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--quiet"
                    aria-label={t(category.archived ? 'reportScreens.settings.restoreAria' : 'reportScreens.settings.archiveAria', { text: category.name })}
                    onClick={() => void writeCategories((api) => api.reports.archiveCategory({ id: category.id, archived: !category.archived }))}
                  >
                    {category.archived ? t('reportScreens.settings.restore') : t('reportScreens.settings.archive')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <SingleFieldForm
        label={t('reportScreens.settings.newCategory', { kind: kindName.toLowerCase() })}
        submitLabel={t('reportScreens.settings.addCategory')}
        onSubmit={(name) => writeCategories((api) => api.reports.createCategory({ unitId, kind, name }))}
      />
    </Section>
  );
}
