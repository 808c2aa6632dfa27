import { downloadFile } from './download-file';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

it('downloads the text under its name and releases the blob URL only after the click', () => {
  vi.useFakeTimers();
  const created: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    created.push(blob as Blob);
    return 'blob:test/1';
  });
  const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  const clicked: { href: string; download: string }[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    clicked.push({ href: this.href, download: this.download });
  });

  downloadFile({ fileName: 'fleet.csv', mimeType: 'text/csv;charset=utf-8', content: 'a,b\r\n' });

  expect(clicked).toEqual([{ href: 'blob:test/1', download: 'fleet.csv' }]);
  expect(created[0]?.type).toBe('text/csv;charset=utf-8');
  expect(revoke).not.toHaveBeenCalled();
  vi.advanceTimersByTime(10_000);
  expect(revoke).toHaveBeenCalledWith('blob:test/1');
});
