/** Texts of the risk matrix screens. */
export const riskMatrixSv = {
  title: 'Riskmatris',
};
