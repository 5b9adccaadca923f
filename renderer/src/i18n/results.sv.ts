/** Texts of the Resultat screens. */
export const resultsSv = {
  title: 'Resultat',
};
