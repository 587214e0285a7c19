import { afterEach, describe, expect, it, vi } from 'vitest';
import { onSessionEnded, reportSessionEnded, whileSigningOut } from './session-events';

describe('session events', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('tells every listener when the session ended by itself', () => {
    const heard = vi.fn();
    stops.push(onSessionEnded(heard));
    reportSessionEnded();
    expect(heard).toHaveBeenCalledOnce();
  });

  it('keeps quiet while this device signs out on purpose, and speaks again after', async () => {
    const heard = vi.fn();
    stops.push(onSessionEnded(heard));
    let finish!: () => void;
    const signingOut = whileSigningOut(
      () =>
        new Promise<string>((resolve) => {
          finish = () => resolve('done');
        }),
    );
    // The server closes the live connections before the sign-out answer arrives.
    reportSessionEnded();
    expect(heard).not.toHaveBeenCalled();
    finish();
    await expect(signingOut).resolves.toBe('done');
    reportSessionEnded();
    expect(heard).toHaveBeenCalledOnce();
  });

  it('speaks again after a sign-out that failed', async () => {
    const heard = vi.fn();
    stops.push(onSessionEnded(heard));
    await expect(whileSigningOut(() => Promise.reject(new Error('no network')))).rejects.toThrow(
      'no network',
    );
    reportSessionEnded();
    expect(heard).toHaveBeenCalledOnce();
  });
});
