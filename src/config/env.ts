// A literal comparison that Vite folds at build time, so a production build drops every demo-only import.
export const IS_DEMO_BUILD = import.meta.env.VITE_DEMO_MODE === 'true';
