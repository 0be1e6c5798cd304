/**
 * Phones, Teams mobile among them, are at most 480 CSS px wide in portrait: below this the header folds its
 * navigation behind a menu button and page titles are smaller, so the work itself fills the screen.
 */
export const NARROW_SCREEN = '@media (max-width: 480px)';
