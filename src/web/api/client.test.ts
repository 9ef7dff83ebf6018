import { afterEach, vi } from 'vitest';
import { api, ApiError, NETWORK_ERROR, setUnauthorizedHandler, withQuery } from './client';

function answer(status: number, body?: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status })));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setUnauthorizedHandler(null);
});

describe('api client', () => {
  it('carries the server’s code, Vietnamese message and field details', async () => {
    answer(400, { error: { code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ', details: [{ field: 'code', message: 'Sai' }] } });
    const error = await api('/api/organizations', { method: 'POST', body: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ', details: [{ field: 'code', message: 'Sai' }] });
  });

  it('sends people to sign in when a session ends, but not when a sign-in fails', async () => {
    const handler = vi.fn();
    setUnauthorizedHandler(handler);
    answer(401, { error: { code: 'INVALID_CREDENTIALS', message: 'Sai tên đăng nhập hoặc mật khẩu.' } });
    await expect(api('/api/auth/login', { method: 'POST', body: {} })).rejects.toThrow('Sai tên đăng nhập');
    expect(handler).not.toHaveBeenCalled();
    answer(401, { error: { code: 'UNAUTHENTICATED', message: 'Bạn cần đăng nhập để tiếp tục.' } });
    await expect(api('/api/me')).rejects.toBeInstanceOf(ApiError);
    expect(handler).toHaveBeenCalledOnce();
  });

  it('answers nothing for 204 and names a network failure', async () => {
    answer(204);
    await expect(api('/api/auth/logout', { method: 'POST' })).resolves.toBeUndefined();
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(api('/api/me')).rejects.toMatchObject({ status: 0, code: NETWORK_ERROR });
  });

  it('leaves empty filters out of the query string', () => {
    expect(withQuery('/api/users', { q: 'cai cach', role: undefined, cursor: '', limit: 20 })).toBe('/api/users?q=cai+cach&limit=20');
    expect(withQuery('/api/users', { role: null })).toBe('/api/users');
  });
});
