import type { Lang } from './editions.ts';
import type { Messages } from './messages.ts';
import { en } from './messages/en.ts';
import { fa } from './messages/fa.ts';

/**
 * Every edition's strings at once, for the build (share images, static maps)
 * and the tests. Pages load only their own edition's (loadMessages).
 */
export const MESSAGES: Record<Lang, Messages> = { en, fa };
