import type { planEditorSv } from './plan-editor.sv';
import type { Widen } from './widen';

export const planEditorEn: Widen<typeof planEditorSv> = {
  title: 'Quality plan',
};
