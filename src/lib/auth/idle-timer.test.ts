import { watchIdle } from './idle-timer';

describe('watchIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('input starts the wait again; once warned, only "stay" does', () => {
    const onWarning = vi.fn();
    const onTimeout = vi.fn();
    const watch = watchIdle({ timeoutMs: 5 * 60_000, onWarning, onTimeout });

    vi.advanceTimersByTime(3 * 60_000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(onWarning).toHaveBeenLastCalledWith(true);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    expect(onWarning).toHaveBeenLastCalledWith(true);

    watch.stay();
    expect(onWarning).toHaveBeenLastCalledWith(false);
    vi.advanceTimersByTime(4 * 60_000 + 59_000);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    watch.stop();
  });

  it('stops listening when stopped', () => {
    const onTimeout = vi.fn();
    const watch = watchIdle({ timeoutMs: 60_000, onWarning: vi.fn(), onTimeout });
    watch.stop();
    vi.advanceTimersByTime(120_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
