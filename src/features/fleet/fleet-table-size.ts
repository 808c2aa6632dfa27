/** Every body row's height, which the window's arithmetic assumes: one line per row (see the CSS). */
export const ROW_HEIGHT = 56;
export const VIEWPORT_HEIGHT = 560;
