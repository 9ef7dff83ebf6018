import type { MeDto } from '../api/types';

/** Roles that keep a body's channels; only for hiding the page and its link, the server decides. */
const CHANNEL_KEEPERS = new Set(['editor', 'coordinator', 'director', 'admin']);
export const keepsChannels = (me: MeDto) => me.roles.some((grant) => CHANNEL_KEEPERS.has(grant.role));
