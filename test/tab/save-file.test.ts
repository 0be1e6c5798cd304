/** @jest-environment jsdom */
import './tab-test-env';
import { saveFile } from '../../tab/src/ui/save-file';

describe('saving a file fetched through the API', () => {
  afterEach(() => jest.useRealTimers());

  it('hands the browser the file under its own name, and lets go of it a minute later', () => {
    jest.useFakeTimers();
    const blob = new Blob(['certificate']);
    URL.createObjectURL = jest.fn(() => 'blob:certificate');
    URL.revokeObjectURL = jest.fn();
    const saved: { href: string; download: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      saved.push({ href: this.href, download: this.download });
    });

    saveFile(blob, 'Recognition certificate.docx');

    expect(URL.createObjectURL).toHaveBeenCalledWith(blob);
    expect(saved).toEqual([{ href: 'blob:certificate', download: 'Recognition certificate.docx' }]);
    jest.advanceTimersByTime(59_999);
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:certificate');
    click.mockRestore();
  });
});
