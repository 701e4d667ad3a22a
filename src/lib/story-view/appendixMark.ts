/**
 * Where the server-rendered appendix goes: StoryAppendix renders this comment
 * (on the server and in the browser alike, so hydration matches), and the
 * server hook puts the appendix's HTML after it (hooks.server.ts).
 */
export const APPENDIX_MARK = '<!--appendix-->';
