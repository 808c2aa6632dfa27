import { DEFAULT_HEALTH_SETTINGS, readStoredHealthSettings } from './health-settings';

describe('readStoredHealthSettings', () => {
  it('loads rules an older version saved with a minimum version, dropping it', () => {
    const stored = JSON.stringify({
      warningAfterHours: 12,
      unhealthyAfterDays: 5,
      minimumVersion: '6.2301.1.0',
    });
    expect(readStoredHealthSettings(stored)).toEqual({
      warningAfterHours: 12,
      unhealthyAfterDays: 5,
    });
  });

  it('falls back to the defaults for nothing stored, bad JSON or bad values', () => {
    for (const stored of [null, '{', JSON.stringify({ warningAfterHours: 0 })]) {
      expect(readStoredHealthSettings(stored)).toEqual(DEFAULT_HEALTH_SETTINGS);
    }
  });
});
