import type * as z from '@/config/zod';
import type { ScopeTag } from '@/features/scope-tags/types';

/** 'reported': the connector itself writes it (Graph lets an admin correct it); 'read-only': Graph's own. */
export type FieldAccess = 'editable' | 'reported' | 'read-only';
/**
 * Which React cell shows a value in the list, a card and the detail page, and the value that cell
 * reads: a field's Graph schema must give this type, so a cell never has to guess it.
 */
export type KindValues = {
  name: string | null;
  text: string | null;
  state: string;
  'scope-tags': string[];
  'date-time': string;
  id: string;
};
export type ValueKind = keyof KindValues;
/** Which input the edit form renders: data here, the components live in edit/form. */
export type InputKind = 'name' | 'text' | 'select' | 'scope-tags' | 'date-time';
/** What a text format may look up: scope tag names. */
export type FormatContext = { tags?: ScopeTag[] };
export type CardPlace = 'title' | 'line' | 'badge' | 'footer';
export type SortDirection = 'asc' | 'desc';

// Method syntax on purpose: it keeps a field of one value type assignable to the general FieldShape.
export type FieldInput<V, F> = {
  kind: InputKind;
  schema: z.ZodMiniType<F, F>;
  required?: boolean;
  /** [value, label] for a select. */
  options?: readonly (readonly [string, string])[];
  toInput(value: V): F;
  /** The form value as Graph stores it; applied to both sides before comparing, so it normalises. */
  fromInput(value: F): V;
};

export type FieldColumn<V> = {
  header: string;
  /** param: the URL's `sort` value; menu: the card layout's sort options, by direction. */
  sort?: {
    param: string;
    menu: Partial<Record<SortDirection, string>>;
    compare(a: V, b: V): number;
  };
  card?: CardPlace;
  /** The card line's text for an empty value, where '—' would read oddly. */
  cardBlank?: string;
};

/** The fleet: every tenant's connectors in one table, and its CSV. A field with this is in the CSV. */
export type FleetSpec<V> = {
  /** A column of the fleet table, this wide (the table's layout is fixed); without it, CSV only. */
  width?: number | string;
  /** Its fleet and CSV header: the list column's header, else the label. */
  header?: string;
  /** Its cell and CSV text: the Graph value as it is, by default. */
  text?(value: V): string;
  /** What its column sorts by, kept per row: the text, by default. */
  sortValue?(value: V): number | string;
  /** The fleet's search finds a connector by this text. */
  searched?: boolean;
};

export type FieldShape<V, F = unknown, A extends FieldAccess = FieldAccess> = {
  label: string;
  access: A;
  /** The Graph shape: connectorSchema is built from these. */
  graph: z.ZodMiniType<V>;
  /** Under the input in the edit form. */
  helperText?: string;
  input?: FieldInput<V, F>;
  /** The connector rewrites it as it runs (a heartbeat, an upgrade): a change to it is not an admin's. */
  selfUpdating?: boolean;
  equals(a: V, b: V): boolean;
  /** The value as text: review, conflicts, export. Empty values are handled before it is called. */
  format(value: V, context: FormatContext): string;
  column?: FieldColumn<V>;
  fleet?: FleetSpec<V>;
};

/** One property: its key as Graph names it, and a kind that fixes the type of its value. */
export type FieldDef<
  Key extends string = string,
  K extends ValueKind = ValueKind,
  F = unknown,
  A extends FieldAccess = FieldAccess,
> = FieldShape<KindValues[K], F, A> & { key: Key; kind: K };

export function defineField<
  const Key extends string,
  K extends ValueKind,
  F,
  A extends FieldAccess,
>(field: FieldDef<Key, K, F, A>) {
  return field;
}

/** The model: each field under its own key, which TypeScript checks. */
export function keyedFields<T extends { [Key in keyof T]: { key: Key } }>(fields: T): T {
  return fields;
}
