import { watchIdle } from './idle-timer';

describe('watchIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('warns a minute before the end, and input starts the wait again', () => {
    const onWarning = vi.fn();
    const onTimeout = vi.fn();
    const stop = watchIdle({ timeoutMs: 5 * 60_000, onWarning, onTimeout });

    vi.advanceTimersByTime(4 * 60_000);
    expect(onWarning).toHaveBeenLastCalledWith(true);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    expect(onWarning).toHaveBeenLastCalledWith(false);

    vi.advanceTimersByTime(4 * 60_000 + 59_000);
    expect(onTimeout).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1_000);
    expect(onTimeout).toHaveBeenCalledTimes(1);
    stop();
  });

  it('stops listening when stopped', () => {
    const onTimeout = vi.fn();
    const stop = watchIdle({ timeoutMs: 60_000, onWarning: vi.fn(), onTimeout });
    stop();
    vi.advanceTimersByTime(120_000);
    expect(onTimeout).not.toHaveBeenCalled();
  });
});
