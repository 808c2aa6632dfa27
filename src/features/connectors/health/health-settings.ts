import * as z from '@/config/zod';
import { createStore } from '@/lib/state/create-store';

// Intune's tenant status page flags a connector that has not checked in for more than a day, and calls it
// unhealthy after three. https://learn.microsoft.com/mem/intune/fundamentals/tenant-status
export const healthSettingsSchema = z.object({
  warningAfterHours: z.int().check(z.minimum(1), z.maximum(24 * 30)),
  unhealthyAfterDays: z.int().check(z.minimum(1), z.maximum(365)),
});
export type HealthSettings = z.infer<typeof healthSettingsSchema>;

export const DEFAULT_HEALTH_SETTINGS: HealthSettings = {
  warningAfterHours: 24,
  unhealthyAfterDays: 3,
};

const STORAGE_KEY = 'ndes-connector-admin.health-settings.v1';

/**
 * The rules as stored, or the defaults. Keys the app no longer has (the hand-set `minimumVersion`, now
 * the release table's job) are dropped, so rules saved by an older version still load.
 */
export function readStoredHealthSettings(stored: string | null): HealthSettings {
  try {
    const parsed = healthSettingsSchema.safeParse(JSON.parse(stored ?? 'null'));
    return parsed.success ? parsed.data : DEFAULT_HEALTH_SETTINGS;
  } catch {
    return DEFAULT_HEALTH_SETTINGS;
  }
}

const loadHealthSettings = () => readStoredHealthSettings(localStorage.getItem(STORAGE_KEY));

// Read lazily: the first reader, not module load, touches localStorage.
let store: ReturnType<typeof createStore<HealthSettings>> | null = null;
const healthSettingsStore = () => (store ??= createStore(loadHealthSettings()));

export function saveHealthSettings(settings: HealthSettings) {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(settings));
  healthSettingsStore().set(settings);
}

export const useHealthSettings = (): HealthSettings => healthSettingsStore().use();
