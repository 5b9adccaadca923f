/** Texts of the Checklistor screens. */
export const checklistsSv = {
  title: 'Checklistor',
};
