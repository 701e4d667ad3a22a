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
	/** Host-captions snippet: shown where the map cannot be pinned (AMP strips the script and the style). */
	captionsFallback: string;
	/** Host-captions snippet: the comment that tells the editor what to do with the paragraphs. */
	captionsHowTo: (ids: string[]) => string;
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
			},
			captions: {
				label: 'Map beside your own paragraphs',
				description:
					'Your article’s paragraphs are the steps: mark each with the step it belongs to and the map stays pinned beside them (above them on a phone), following the paragraph being read. Where scripts cannot pin it (AMP pages) the stepper shows instead.'
			}
		},
		captionsFallback: 'The map beside these paragraphs needs scripts; here it is as a stepper.',
		captionsHowTo: (ids) =>
			`Replace each step's sample text with your own paragraphs; mark every paragraph with its step (steps: ${ids.join(', ')}). Without scripts, each step's map shows before its first paragraph.`
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
			},
			captions: {
				label: 'نقشه در کنار بندهای خودتان',
				description:
					'بندهای مقالهٔ شما بخش‌های گزارش‌اند: هر بند را با بخشی که به آن تعلق دارد نشانه بگذارید تا نقشه کنار آن‌ها (و در تلفن همراه بالای آن‌ها) ثابت بماند و با بندی که خوانده می‌شود همراه شود. جایی که اسکریپت نمی‌تواند نقشه را ثابت نگه دارد (صفحه‌های AMP) نمای گام‌به‌گام نشان داده می‌شود.'
			}
		},
		captionsFallback: 'نقشهٔ کنار این بندها به اسکریپت نیاز دارد؛ اینجا به صورت گام‌به‌گام نشان داده می‌شود.',
		captionsHowTo: (ids) =>
			`متن نمونهٔ هر بخش را با بندهای خودتان جایگزین کنید و هر بند را با بخش آن نشانه بگذارید (بخش‌ها: ${ids.join(', ')}). بدون اسکریپت، نقشهٔ هر بخش پیش از نخستین بند آن نشان داده می‌شود.`
	}
};
