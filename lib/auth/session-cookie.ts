/** The cookie that carries a browser session's token (server/services/auth/sessions.ts). */
export const SESSION_COOKIE = "claimtrail_session";
