import { keyedFields } from '../field-types';

import { connectorVersion } from './connector-version';
import { displayName } from './display-name';
import { enrolledDateTime } from './enrolled';
import { id } from './id';
import { lastConnectionDateTime } from './last-connection';
import { machineName } from './machine-name';
import { roleScopeTagIds } from './scope-tags';
import { state } from './state';

export { CONNECTOR_VERSION_MAX } from './connector-version';
export { DISPLAY_NAME_MAX } from './display-name';
export { MACHINE_NAME_MAX } from './machine-name';
export { SCOPE_TAG_ID_MAX } from './scope-tags';

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
