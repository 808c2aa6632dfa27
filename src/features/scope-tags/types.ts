import { z } from 'zod';

// Built from graph-contract/roleScopeTag.openapi.yaml (microsoft.graph.roleScopeTag).
export const scopeTagSchema = z
  .object({
    id: z.string().min(1),
    displayName: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
    description: z
      .string()
      .nullish()
      .transform((value) => value ?? null),
    isBuiltIn: z.boolean(),
  })
  .loose();
export type ScopeTag = z.infer<typeof scopeTagSchema>;
