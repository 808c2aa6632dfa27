import * as z from '@/config/zod';
import { nullableString } from '@/lib/graph/nullable-string';

// Built from graph-contract/roleScopeTag.openapi.yaml (microsoft.graph.roleScopeTag).
export const scopeTagSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  displayName: nullableString,
  description: nullableString,
  isBuiltIn: z.boolean(),
});
export type ScopeTag = z.infer<typeof scopeTagSchema>;
