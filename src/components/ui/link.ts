import './link.css';

/** The class names of MUI's Link, for an `<a>` or a router link: primary, or the text's own colour. */
export const linkClass = (color: 'primary' | 'inherit' = 'primary') =>
  color === 'inherit' ? 'ui-link ui-link--inherit' : 'ui-link';
