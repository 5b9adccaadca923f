import { useTranslation } from 'react-i18next';
import { textColorOn } from '../../../../shared/risk-matrix/contrast';
import type { RiskMatrix } from '../../../../shared/risk-matrix/matrix';
import { fillProductGrid, setGridCell } from '../model/matrix-draft';
import { scaleName } from '../model/scale-name';
import { Panel } from '../../components/Panel';

interface GridEditorProps {
  matrix: RiskMatrix;
  onChange(matrix: RiskMatrix): void;
}

const HEX = /^#[0-9a-fA-F]{6}$/;
const positions = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

/** The lookup grid: each cell's risk level chosen on its own; S × K is only where it starts. */
export function GridEditor({ matrix, onChange }: GridEditorProps) {
  const { t } = useTranslation();
  const likelihoods = positions(matrix.likelihood.length).reverse();
  const consequences = positions(matrix.consequence.length);

  return (
    <Panel className="rm-settings__part" title={t('riskMatrix.settings.gridTitle')}>
      <p className="field-hint">{t('riskMatrix.settings.gridHint')}</p>
      <table className="rm-grid-editor">
        <thead>
          <tr>
            <th scope="col" className="rm-grid-editor__corner">
              {t('domain.likelihood')} ↑ / {t('domain.consequence')} →
            </th>
            {consequences.map((consequence) => (
              <th key={consequence} scope="col">
                {matrix.consequence[consequence - 1]?.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {likelihoods.map((likelihood) => (
            <tr key={likelihood}>
              <th scope="row">{matrix.likelihood[likelihood - 1]?.label}</th>
              {consequences.map((consequence) => {
                const value = matrix.grid[likelihood - 1]?.[consequence - 1] ?? 0;
                const color = matrix.riskLevels[value]?.color;
                const background = color && HEX.test(color) ? color : '#ffffff';
                const label = t('riskMatrix.settings.cellLabel', {
                  likelihood: scaleName(likelihood, matrix.likelihood[likelihood - 1]?.label ?? ''),
                  consequence: scaleName(consequence, matrix.consequence[consequence - 1]?.label ?? ''),
                });
                return (
                  <td key={consequence} style={{ background }}>
                    <select
                      aria-label={label}
                      data-grid-cell={`${likelihood}-${consequence}`}
                      value={value}
                      style={{ color: textColorOn(background) }}
                      onChange={(event) => onChange(setGridCell(matrix, likelihood, consequence, Number(event.target.value)))}
                    >
                      {matrix.riskLevels.map((level, index) => (
                        <option key={index} value={index}>
                          {level.name || index + 1}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button--small" onClick={() => onChange(fillProductGrid(matrix))}>
        {t('riskMatrix.settings.fillProduct')}
      </button>
    </Panel>
  );
}
