import * as z from '@/config/zod';
import { createStore } from '@/lib/state/create-store';

// Intune's tenant status page flags a connector that has not checked in for more than a day, and calls it
// unhealthy after three. https://learn.microsoft.com/mem/intune/fundamentals/tenant-status
export const healthSettingsSchema = z.object({
  warningAfterHours: z.int().check(z.minimum(1), z.maximum(24 * 30)),
  unhealthyAfterDays: z.int().check(z.minimum(1), z.maximum(365)),
  minimumVersion: z.string().check(z.regex(/^\d+(\.\d+){0,3}$/, 'A version such as 6.2301.1.0')),
});
export type HealthSettings = z.infer<typeof healthSettingsSchema>;

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  warningAfterHours: 24,
  unhealthyAfterDays: 3,
  // Certificate Connector releases before this one are out of support.
  minimumVersion: '6.2301.1.0',
};

const STORAGE_KEY = 'ndes-connector-admin.health-settings.v1';

function loadHealthSettings(): HealthSettings {
  try {
    const parsed = healthSettingsSchema.safeParse(
      JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null'),
    );
    return parsed.success ? parsed.data : DEFAULT_HEALTH_SETTINGS;
  } catch {
    return DEFAULT_HEALTH_SETTINGS;
  }
}

// Read lazily: the first reader, not module load, touches localStorage.
let store: ReturnType<typeof createStore<HealthSettings>> | null = null;
const healthSettingsStore = () => (store ??= createStore(loadHealthSettings()));

export function saveHealthSettings(settings: HealthSettings) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  healthSettingsStore().set(settings);
}

export const useHealthSettings = (): HealthSettings => healthSettingsStore().use();
