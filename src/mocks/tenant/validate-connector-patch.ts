import type { Connector } from '@/features/connectors/model/connector';

// Written from graph-contract/ndesConnector.csdl.xml on purpose, not from the app's zod schemas,
// so the mock stays an independent check on what the app sends.
type EdmType =
  'Edm.String' | 'Edm.DateTimeOffset' | 'Collection(Edm.String)' | 'graph.ndesConnectorState';

const PROPERTIES: Record<string, { type: EdmType; nullable: boolean }> = {
  connectorVersion: { type: 'Edm.String', nullable: true },
  displayName: { type: 'Edm.String', nullable: true },
  enrolledDateTime: { type: 'Edm.DateTimeOffset', nullable: false },
  lastConnectionDateTime: { type: 'Edm.DateTimeOffset', nullable: false },
  machineName: { type: 'Edm.String', nullable: true },
  roleScopeTagIds: { type: 'Collection(Edm.String)', nullable: true },
  state: { type: 'graph.ndesConnectorState', nullable: false },
};

const STATES = ['none', 'active', 'inactive'];
const ODATA_TYPE = '#microsoft.graph.ndesConnector';
const DATE_TIME_OFFSET =
  /^([0-9]{4,})-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{1,12})?(Z|[+-][0-9][0-9]:[0-9][0-9])$/;

export type PatchValidation =
  { ok: true; changes: Partial<Connector> } | { ok: false; message: string; target?: string };

function isRealDate(value: string): boolean {
  const match = DATE_TIME_OFFSET.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const literal = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const cannotConvert = (value: unknown, type: string, target: string): PatchValidation => ({
  ok: false,
  message: `Cannot convert the literal '${literal(value)}' to the expected type '${type}'.`,
  target,
});

function checkValue(name: string, value: unknown, type: EdmType): PatchValidation | null {
  switch (type) {
    case 'Edm.String':
      return typeof value === 'string' ? null : cannotConvert(value, type, name);
    case 'Edm.DateTimeOffset':
      return typeof value === 'string' && isRealDate(value)
        ? null
        : cannotConvert(value, type, name);
    case 'graph.ndesConnectorState':
      return typeof value === 'string' && STATES.includes(value)
        ? null
        : cannotConvert(value, 'microsoft.graph.ndesConnectorState', name);
    case 'Collection(Edm.String)':
      return Array.isArray(value) && value.every((item) => typeof item === 'string')
        ? null
        : cannotConvert(value, type, name);
  }
}

/** Validates a PATCH body the way Graph's OData deserializer does for microsoft.graph.ndesConnector. */
export function validateConnectorPatch(body: unknown, id: string): PatchValidation {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, message: 'The request body must be a JSON object.' };
  }
  const changes: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (name === '@odata.type') {
      if (value !== ODATA_TYPE) {
        return {
          ok: false,
          message: `A type named '${literal(value)}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
          target: name,
        };
      }
      continue;
    }
    if (name === 'id') {
      if (value !== id) {
        return { ok: false, message: "The key property 'id' cannot be changed.", target: name };
      }
      continue;
    }
    // Own properties only: `constructor` or `toString` must not pass for properties of the type.
    const property = Object.hasOwn(PROPERTIES, name) ? PROPERTIES[name] : undefined;
    if (!property) {
      return {
        ok: false,
        message: `The property '${name}' does not exist on type 'microsoft.graph.ndesConnector'. Make sure to only use property names that are defined by the type.`,
        target: name,
      };
    }
    if (value === null) {
      if (!property.nullable) {
        return {
          ok: false,
          message: `A null value was found for the property named '${name}', which has the expected type '${property.type}[Nullable=False]'. The expected type does not allow null values.`,
          target: name,
        };
      }
    } else {
      const problem = checkValue(name, value, property.type);
      if (problem) return problem;
    }
    changes[name] = name === 'roleScopeTagIds' && value === null ? [] : value;
  }
  return { ok: true, changes: changes as Partial<Connector> };
}
