import type { checklistsSv } from './checklists.sv';
import type { Widen } from './widen';

export const checklistsEn: Widen<typeof checklistsSv> = {
  title: 'Checklists',
};
