/** The look of every PDF the app writes: A4, Helvetica, a restrained municipal blue. */

export const MARGINS = { top: 56, bottom: 64, left: 50, right: 50 } as const;

export const FONT = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' } as const;

export const SIZE = { title: 26, h1: 16, h2: 11.5, body: 9.5, table: 8.5, small: 7.5 } as const;

export const COLOR = {
  ink: '#1f2933',
  muted: '#5f6b7a',
  rule: '#c9d1db',
  accent: '#1f4e79',
  accentLight: '#e8eef5',
  headerFill: '#dce3ec',
  zebra: '#f6f8fa',
  white: '#ffffff',
} as const;
