import { fieldList, SUPPORT_COLUMN } from '@/features/connectors/public';
import type { ValueKind, FieldKey } from '@/features/connectors/public';

/** A field the fleet shows or exports: the model says which, how wide, and under what header. */
export type FleetField = {
  key: FieldKey;
  kind: ValueKind;
  header: string;
  width?: number | string;
  /** The URL's `sort` value: the list's, so a link sorts both views alike. */
  sortKey: string;
  searched: boolean;
  numeric: boolean;
};

/** Every field with a fleet entry in the model, in the model's order: the CSV's columns and search. */
export const FLEET_FIELDS: FleetField[] = fieldList.flatMap((field) =>
  field.fleet
    ? [
        {
          key: field.key,
          kind: field.kind,
          header: field.fleet.header ?? field.column?.header ?? field.label,
          width: field.fleet.width,
          sortKey: field.column?.sort?.param ?? field.key,
          searched: field.fleet.searched ?? false,
          numeric: field.fleet.numeric ?? false,
        },
      ]
    : [],
);

export type FleetColumn = { header: string; width?: number | string; sortKey?: string } & (
  | { cell: 'tenant' | 'health' | 'support' | 'reasons' }
  /** index: where the row keeps the field's text and sort value. */
  | { cell: 'field'; kind: ValueKind; index: number }
);

const TENANT: FleetColumn = { cell: 'tenant', header: 'Tenant', width: '12%', sortKey: 'tenant' };
const HEALTH: FleetColumn = { cell: 'health', header: 'Health', width: 136, sortKey: 'health' };
const SUPPORT: FleetColumn = {
  cell: 'support',
  header: SUPPORT_COLUMN.header,
  width: SUPPORT_COLUMN.fleetWidth,
  sortKey: SUPPORT_COLUMN.param,
};
// Reasons takes what the fixed widths leave.
const REASONS: FleetColumn = { cell: 'reasons', header: 'Reasons' };

const [firstField, ...otherFields]: FleetColumn[] = FLEET_FIELDS.flatMap((field, index) =>
  field.width === undefined ? [] : [{ ...field, cell: 'field', index } satisfies FleetColumn],
);

/** The table's columns: the tenant, the first field (the name) with the verdict beside it, as in the list. */
export const FLEET_COLUMNS: FleetColumn[] = [
  TENANT,
  ...(firstField ? [firstField] : []),
  HEALTH,
  ...otherFields,
  SUPPORT,
  REASONS,
];

export const FLEET_SORT_KEYS = FLEET_COLUMNS.flatMap(({ sortKey }) => (sortKey ? [sortKey] : []));
/** One of FLEET_SORT_KEYS: `tenant`, `health`, `support` or a field's sort key. */
export type FleetSortKey = string;
