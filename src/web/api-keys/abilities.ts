import type { MeDto } from '../api/types';

/**
 * Keys are the admins' (policy action api_key.manage); /api/me names no ability for them, so, as for the
 * channels page, the role decides only whether the page and its link show: the server stays the authority.
 */
export const API_KEY_KEEPERS: ReadonlySet<string> = new Set(['admin']);

export const managesApiKeys = (me: MeDto) => me.roles.some((grant) => API_KEY_KEEPERS.has(grant.role));
