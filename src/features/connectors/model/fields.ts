import { connectorVersion } from './field-connector-version';
import { displayName } from './field-display-name';
import { enrolledDateTime } from './field-enrolled';
import { id } from './field-id';
import { lastConnectionDateTime } from './field-last-connection';
import { machineName } from './field-machine-name';
import { roleScopeTagIds } from './field-scope-tags';
import { state } from './field-state';
import { keyedFields } from './field-types';

export { CONNECTOR_VERSION_MAX } from './field-connector-version';
export { DISPLAY_NAME_MAX } from './field-display-name';
export { MACHINE_NAME_MAX } from './field-machine-name';
export { SCOPE_TAG_ID_MAX } from './field-scope-tags';

/**
 * Every ndesConnector property, once, in the order screens show them. The list, cards, detail, form,
 * review, conflicts, drafts, bulk, exports and the fleet iterate this: a new property is a module here.
 */
export const connectorFields = keyedFields({
  displayName,
  state,
  roleScopeTagIds,
  machineName,
  connectorVersion,
  lastConnectionDateTime,
  enrolledDateTime,
  id,
});
