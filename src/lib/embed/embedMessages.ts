import type { Lang } from '../locale/editions.ts';
import type { EmbedKind } from './kinds.ts';

/**
 * The Embed dialog's words, per edition. Kept apart from the page's strings
 * (locale/messages.ts): the dialog is loaded when an editor opens it, and so
 * are these.
 */
export interface EmbedMessages {
	title: string;
	intro: string;
	stepForSingleView: string;
	copy: string;
	preview: string;
	copied: string;
	previewFrame: string;
	close: string;
	kinds: Record<EmbedKind, { label: string; description: string }>;
}

export const EMBED_MESSAGES: Record<Lang, EmbedMessages> = {
	en: {
		title: 'Embed this story',
		intro:
			'Paste a snippet into any article or CMS HTML block. Each resizes itself to its content. The single view shows one step: the one you were reading, or any other.',
		stepForSingleView: 'Step for the single view',
		copy: 'Copy',
		preview: 'Preview',
		copied: 'Copied',
		previewFrame: 'Preview of the embed',
		close: 'Close',
		kinds: {
			stepper: {
				label: 'Stepper',
				description: 'The map with each step’s text and previous/next controls. Fits any height.'
			},
			single: {
				label: 'Single view of this step',
				description:
					'One map state with its caption and a link to the full story: a locator beside a paragraph.'
			},
			scroll: {
				label: 'Scroll embed',
				description: 'The whole scrolling story inside the article, sized to its full height.'
			}
		}
	},
	fa: {
		title: 'جاسازی این گزارش',
		intro:
			'یکی از این کدها را در هر مقاله یا بلوک HTML سامانهٔ مدیریت محتوا بگذارید. اندازهٔ هر کدام خودبه‌خود با محتوایش تنظیم می‌شود. نمای تک‌بخشی یک بخش را نشان می‌دهد: بخشی که می‌خواندید یا هر بخش دیگری.',
		stepForSingleView: 'بخش نمای تک‌بخشی',
		copy: 'کپی',
		preview: 'پیش‌نمایش',
		copied: 'کپی شد',
		previewFrame: 'پیش‌نمایش جاسازی',
		close: 'بستن',
		kinds: {
			stepper: {
				label: 'گام‌به‌گام',
				description: 'نقشه همراه با متن هر بخش و دکمه‌های قبلی و بعدی. در هر ارتفاعی جا می‌شود.'
			},
			single: {
				label: 'نمای تک‌بخشی همین بخش',
				description: 'یک وضعیت نقشه با شرح آن و پیوندی به گزارش کامل: نقشهٔ راهنمایی در کنار یک بند.'
			},
			scroll: {
				label: 'جاسازی پیمایشی',
				description: 'کل گزارش پیمایشی درون مقاله، به اندازهٔ تمام ارتفاع آن.'
			}
		}
	}
};
