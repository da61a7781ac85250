/** The largest page any connection serves (`first`), also checked before execution (server/input-bounds.ts). */
export const MAX_PAGE_SIZE = 100;
