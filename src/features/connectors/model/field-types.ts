import type * as z from '@/config/zod';
import type { ScopeTag } from '@/features/scope-tags/types';

/** 'reported': the connector itself writes it (Graph lets an admin correct it); 'read-only': Graph's own. */
export type FieldAccess = 'editable' | 'reported' | 'read-only';
/** Which React cell shows a value in the list, a card and the detail page. */
export type ValueKind = 'name' | 'text' | 'state' | 'scope-tags' | 'date-time' | 'id';
/** Which input the edit form renders: data here, the components live in edit/form. */
export type InputKind = 'name' | 'text' | 'select' | 'scope-tags' | 'date-time';
/** What a text format may look up: scope tag names. */
export type FormatContext = { tags?: ScopeTag[] };
export type CardPlace = 'title' | 'line' | 'badge' | 'footer';
export type SortDirection = 'asc' | 'desc';

// Method syntax on purpose: it keeps a field of one value type assignable to the general FieldDef.
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

export type FieldDef<V = unknown, F = unknown, A extends FieldAccess = FieldAccess> = {
  label: string;
  access: A;
  /** The Graph shape: connectorSchema is built from these. */
  graph: z.ZodMiniType<V>;
  kind: ValueKind;
  /** Under the input in the edit form. */
  helperText?: string;
  input?: FieldInput<V, F>;
  equals(a: V, b: V): boolean;
  /** The value as text: review, conflicts, export. Empty values are handled before it is called. */
  format(value: V, context: FormatContext): string;
  column?: FieldColumn<V>;
};

export function defineField<V, F, A extends FieldAccess>(field: FieldDef<V, F, A>) {
  return field;
}
