import { officeReady } from '../../../src/taskpane/boot/officeReady';

describe('officeReady (issue 10 item 3: Office.onReady alone, no timeout)', () => {
  it('passes on the host Office.onReady resolves with', async () => {
    await expect(officeReady({ onReady: () => Promise.resolve({ host: 'Excel' }) })).resolves.toEqual({ host: 'Excel' });
  });

  it('outside Office: host null, as Office.js itself resolves', async () => {
    await expect(officeReady({ onReady: () => Promise.resolve({ host: null }) })).resolves.toEqual({ host: null });
  });

  it('waits for a slow Excel instead of deciding "outside Excel" after a timeout', async () => {
    jest.useFakeTimers();
    try {
      let resolve: (info: { host: string }) => void = () => undefined;
      const ready = officeReady({ onReady: () => new Promise((r) => (resolve = r)) });
      jest.advanceTimersByTime(60_000); // far beyond the old 3-second race
      resolve({ host: 'Excel' });
      await expect(ready).resolves.toEqual({ host: 'Excel' });
    } finally {
      jest.useRealTimers();
    }
  });

  it('Office.js not loaded (no Office global) or onReady failing: download mode, flagged', async () => {
    await expect(officeReady(undefined)).resolves.toEqual({ host: null, officeUnavailable: true });
    await expect(officeReady({})).resolves.toEqual({ host: null, officeUnavailable: true });
    await expect(officeReady({ onReady: () => Promise.reject(new Error('boom')) })).resolves.toEqual({ host: null, officeUnavailable: true });
  });
});
