/**
 * The shared rules of ../shared-rules.css, for MUI's styleOverrides: the variable, never its value, so
 * the MUI screens and the kit's CSS cannot drift apart and an override reaches both.
 */
export const sharedRule = {
  focusOutline: 'var(--app-focus-outline)',
  focusOutlineOffset: 'var(--app-focus-outline-offset)',
  tableHeadFontWeight: 'var(--app-table-head-font-weight)',
  tableHeadColor: 'var(--app-table-head-color)',
  rowHeight: 'var(--app-row-height)',
} as const;

/** `--app-row-height` in pixels, for code that counts rows rather than styling them. */
export const ROW_HEIGHT_PX = 56;
