/** @jest-environment jsdom */
import './tab-test-env';
import { act, renderHook } from '@testing-library/react';
import { useLoad } from '../../tab/src/app/use-load';

/** A loader whose answers the test gives, one request at a time, in any order. */
function controlledLoader() {
  const pending: { resolve: (value: string) => void; reject: (error: Error) => void }[] = [];
  const load = () =>
    new Promise<string>((resolve, reject) => {
      pending.push({ resolve, reject });
    });
  return { load, pending };
}

describe('loading a page’s data', () => {
  it('shows loading, then the data, and keeps the data on screen while it reloads', async () => {
    const loader = controlledLoader();
    const { result } = renderHook(() => useLoad(loader.load, 'services'));
    expect(result.current.status).toBe('loading');

    await act(async () => loader.pending[0]?.resolve('first'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'first' });

    act(() => result.current.reload());
    expect(result.current).toMatchObject({ status: 'loading', data: 'first' });
    await act(async () => loader.pending[1]?.resolve('second'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'second' });
  });

  it('never lets the answer to an older request overwrite a newer one', async () => {
    const loader = controlledLoader();
    const { result, rerender } = renderHook(({ key }) => useLoad(loader.load, key), {
      initialProps: { key: 'a' },
    });
    rerender({ key: 'b' });
    await act(async () => loader.pending[1]?.resolve('for b'));
    await act(async () => loader.pending[0]?.resolve('for a'));
    expect(result.current).toMatchObject({ status: 'ready', data: 'for b' });
  });

  it('keeps the previous data beside an error, and lets the page edit the data it shows', async () => {
    const loader = controlledLoader();
    const { result } = renderHook(() => useLoad(loader.load, 'services'));
    await act(async () => loader.pending[0]?.resolve('first'));
    act(() => result.current.reload());
    await act(async () => loader.pending[1]?.reject(new Error('offline')));
    expect(result.current).toMatchObject({ status: 'error', data: 'first' });

    act(() => result.current.setData((data) => `${data}, edited`));
    expect(result.current.data).toBe('first, edited');
  });

  it('calls the loader given by the latest render', async () => {
    const first = controlledLoader();
    const second = controlledLoader();
    const { result, rerender } = renderHook(({ load }) => useLoad(load, 'services'), {
      initialProps: { load: first.load },
    });
    rerender({ load: second.load });
    act(() => result.current.reload());
    expect(second.pending).toHaveLength(1);
  });
});
