import { registerUnsavedChanges, unsavedChanges } from './unsaved-changes';

describe('the unsaved-changes registry', () => {
  it('names what is unsaved until each registration ends', () => {
    const first = registerUnsavedChanges('Changes to CERT01');
    const second = registerUnsavedChanges('Changes to CERT02');
    expect([...unsavedChanges.get().values()]).toEqual(['Changes to CERT01', 'Changes to CERT02']);
    first();
    expect([...unsavedChanges.get().values()]).toEqual(['Changes to CERT02']);
    second();
    expect(unsavedChanges.get().size).toBe(0);
  });
});
