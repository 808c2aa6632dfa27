import type { Connector } from '../model/connector';

export type RenameRule =
  | { kind: 'none' }
  | { kind: 'prefix'; text: string }
  | { kind: 'suffix'; text: string }
  | { kind: 'replace'; find: string; replaceWith: string }
  | { kind: 'template'; template: string };

export type RenameKind = RenameRule['kind'];

/**
 * The template's placeholders, by name: what an admin types between braces. `{machine}` is the full
 * machine name, `{host}` its first label, `{name}` the current display name.
 */
export const TEMPLATE_PLACEHOLDERS = {
  machine: (connector: Connector) => connector.machineName?.trim() ?? '',
  host: (connector: Connector) => connector.machineName?.trim().split('.')[0] ?? '',
  name: (connector: Connector) => connector.displayName ?? '',
} as const;
type Placeholder = keyof typeof TEMPLATE_PLACEHOLDERS;

const PLACEHOLDER = /\{(\w+)\}/g;

/** Placeholders a template names that do not exist, so that the editor can say so before review. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((match) => match[1] ?? '')
    .filter((name) => !(name in TEMPLATE_PLACEHOLDERS));
}

/** The new display name, or a reason it cannot be built for this connector. */
export function renamed(
  connector: Connector,
  rule: RenameRule,
): { name: string } | { problem: string } | null {
  const current = connector.displayName ?? '';
  switch (rule.kind) {
    case 'none':
      return null;
    case 'prefix':
      return { name: `${rule.text}${current}` };
    case 'suffix':
      return { name: `${current}${rule.text}` };
    case 'replace':
      return rule.find ? { name: current.split(rule.find).join(rule.replaceWith) } : null;
    case 'template': {
      const missing = [...rule.template.matchAll(PLACEHOLDER)]
        .map((match) => match[1] as Placeholder)
        .filter((name) => name in TEMPLATE_PLACEHOLDERS && !TEMPLATE_PLACEHOLDERS[name](connector));
      if (missing.length > 0) return { problem: `It has no ${missing[0]} name for the template.` };
      return {
        name: rule.template.replace(PLACEHOLDER, (whole, name: string) =>
          name in TEMPLATE_PLACEHOLDERS
            ? TEMPLATE_PLACEHOLDERS[name as Placeholder](connector)
            : whole,
        ),
      };
    }
  }
}
