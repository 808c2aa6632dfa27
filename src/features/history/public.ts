// What other parts of the app may use from History: the detail page's section.
export { ConnectorHistory } from './connector-history';
