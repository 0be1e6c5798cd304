/**
 * Narrow screens: phones (Teams mobile is at most 480 CSS px wide in portrait) and a desktop window at 200% zoom
 * (1280 px shows 640 CSS px). Here the header folds its navigation behind a menu button and page titles are
 * smaller, so the work itself fills the screen.
 */
export const NARROW_SCREEN = '@media (max-width: 640px)';
