/** Texts of the plan editor screens. */
export const planEditorSv = {
  title: 'Kvalitetsplan',
};
