import { z } from 'zod';

// The shipped policy requires Trusted Types for scripts, so zod's `new Function` fast path (and even its
// probe for it, taken when a schema is created) would be a violation; the plain path is quick enough for
// config and Graph bodies. Imported first, before any module creates a schema.
z.config({ jitless: true });
