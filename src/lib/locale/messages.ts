import type { Lang } from './editions.ts';

/**
 * Every string of the interface, per language. Story words come from the
 * story and its translations; these are the engine's own (buttons, labels,
 * notices, the live region). TypeScript holds each language to the same keys,
 * and a unit test holds every value non-empty.
 */
export interface Messages {
	skipToStory: string;
	skipToStep: (title: string) => string;
	embedThisStory: string;
	print: string;
	readAsText: string;
	animation: (on: boolean) => string;
	updated: string;
	contents: (count: string) => string;
	stepsOfTheStory: string;
	timeline: string;
	/** The rail's name inside a frame: unique with the host page's own, as landmarks must be. */
	timelineEmbedded: string;
	timelineDatedSteps: (count: string) => string;
	noDate: string;
	stepOf: (step: string, count: string) => string;
	onTheMap: string;
	places: string;
	exploreTheMap: string;
	backToStory: string;
	share: string;
	linkCopied: string;
	copyThisLink: string;
	linkToThisStep: string;
	previousStep: string;
	nextStep: string;
	stepNavigation: string;
	mapOfThePlaces: string;
	mapOfThePlacesEmbedded: string;
	placesInThisStory: string;
	whatHappenedWhere: string;
	sources: string;
	correctionsAndUpdates: string;
	why: string;
	source: string;
	distance: string;
	precision: string;
	aboutKmFrom: (km: string, origin: string) => string;
	asOf: (date: string) => string;
	precisionLabels: Record<'exact' | 'city' | 'area' | 'uncertain', string>;
	closeDetails: string;
	dismissNotice: string;
	/** The live region when a step is shown. */
	stepAnnouncement: (position: string, date: string | undefined, title: string, map: string) => string;
	unknownStepLink: (id: string) => string;
	unknownPlaceLink: (id: string) => string;
	translationPending: string;
	languageSwitch: string;
	/** The credit on the live map. */
	mapCredit: string;
	/** MapLibre's own strings for the controls the map carries (its `locale` option). */
	mapControls: Record<string, string>;
	mapNoWebgl: string;
	mapDataFailed: string;
	mapContextLost: string;
	mapForThisStepEmbedded: string;
	embeddedStoryMap: string;
	embeddedStory: string;
	readStory: (title: string) => string;
	readFullStory: (title: string) => string;
	previous: string;
	next: string;
	storySteps: string;
	stepMarker: (position: string, title: string) => string;
	scrollEmbedShowsEveryStep: string;
}

const en: Messages = {
	skipToStory: 'Skip to the story',
	skipToStep: (title) => `Skip to “${title}”`,
	embedThisStory: 'Embed this story',
	print: 'Print',
	readAsText: 'Read as text',
	animation: (on) => `Animation ${on ? 'on' : 'off'}`,
	updated: 'Updated',
	contents: (count) => `Contents: ${count} steps`,
	stepsOfTheStory: 'Steps of the story',
	timeline: 'Timeline',
	timelineEmbedded: 'Timeline (embedded)',
	timelineDatedSteps: (count) => `Timeline: ${count} dated steps`,
	noDate: 'No date',
	stepOf: (step, count) => `Step ${step} of ${count}`,
	onTheMap: 'On the map:',
	places: 'Places:',
	exploreTheMap: 'Explore the map',
	backToStory: '← Back to the story',
	share: 'Share',
	linkCopied: 'Link copied',
	copyThisLink: 'Copy this link:',
	linkToThisStep: 'Link to this step',
	previousStep: 'Previous step',
	nextStep: 'Next step',
	stepNavigation: 'Step navigation',
	mapOfThePlaces: 'Map of the places in the story',
	mapOfThePlacesEmbedded: 'Map of the places in the story (embedded)',
	placesInThisStory: 'Places in this story',
	whatHappenedWhere: 'What happened where',
	sources: 'Sources',
	correctionsAndUpdates: 'Corrections and updates',
	why: 'Why:',
	source: 'Source:',
	distance: 'Distance',
	precision: 'Precision',
	aboutKmFrom: (km, origin) => `About ${km} from ${origin}`,
	asOf: (date) => `as of ${date}`,
	precisionLabels: {
		exact: 'Exact location',
		city: 'Location to city level',
		area: 'Approximate area',
		uncertain: 'Location uncertain'
	},
	closeDetails: 'Close details',
	dismissNotice: 'Dismiss notice',
	stepAnnouncement: (position, date, title, map) =>
		`${position}${date ? `, ${date.charAt(0).toLowerCase()}${date.slice(1)}` : ''}: ${title}. ${map}`,
	unknownStepLink: (id) =>
		`This link asks for a step called "${id}", which this story does not have, so it opens at the start.`,
	unknownPlaceLink: (id) => `This link asks for a place called "${id}", which this story does not have.`,
	translationPending: 'This translation awaits an editor’s review.',
	languageSwitch: 'Language',
	mapCredit: 'Made with Natural Earth',
	mapControls: {
		'AttributionControl.ToggleAttribution': 'Toggle attribution',
		'Map.Title': 'Map',
		'NavigationControl.ZoomIn': 'Zoom in',
		'NavigationControl.ZoomOut': 'Zoom out',
		'NavigationControl.ResetBearing': 'Drag to rotate map, click to reset north',
		'Popup.Close': 'Close popup',
		'ScaleControl.Kilometers': 'km',
		'ScaleControl.Meters': 'm'
	},
	mapNoWebgl:
		'This browser cannot draw the interactive map (WebGL is unavailable), so each step shows a static map.',
	mapDataFailed:
		'The map data could not be loaded, so each step shows a static map. The story and every place’s details are complete.',
	mapContextLost:
		'The map stopped drawing (the graphics context was lost). Static maps stand in until it recovers.',
	mapForThisStepEmbedded: 'Map for this step (embedded)',
	embeddedStoryMap: 'Embedded story map',
	embeddedStory: 'Embedded story',
	readStory: (title) => `Read “${title}”`,
	readFullStory: (title) => `Read the full story: “${title}”`,
	previous: 'Previous',
	next: 'Next',
	storySteps: 'Story steps',
	stepMarker: (position, title) => `Step ${position}: ${title}`,
	scrollEmbedShowsEveryStep: 'The scroll embed shows every step; "mode" and "steps" apply to /embed/.'
};

const fa: Messages = {
	skipToStory: 'رفتن به متن گزارش',
	skipToStep: (title) => `رفتن به «${title}»`,
	embedThisStory: 'جاسازی این گزارش',
	print: 'چاپ',
	readAsText: 'خواندن به‌صورت متن',
	animation: (on) => (on ? 'پویانمایی: روشن' : 'پویانمایی: خاموش'),
	updated: 'به‌روزشده',
	contents: (count) => `فهرست: ${count} بخش`,
	stepsOfTheStory: 'بخش‌های گزارش',
	timeline: 'خط زمان',
	timelineEmbedded: 'خط زمان (جاسازی‌شده)',
	timelineDatedSteps: (count) => `خط زمان: ${count} بخش تاریخ‌دار`,
	noDate: 'بدون تاریخ',
	stepOf: (step, count) => `بخش ${step} از ${count}`,
	onTheMap: 'روی نقشه:',
	places: 'مکان‌ها:',
	exploreTheMap: 'گشت‌وگذار در نقشه',
	backToStory: '→ بازگشت به گزارش',
	share: 'هم‌رسانی',
	linkCopied: 'پیوند کپی شد',
	copyThisLink: 'این پیوند را کپی کنید:',
	linkToThisStep: 'پیوند به این بخش',
	previousStep: 'بخش قبلی',
	nextStep: 'بخش بعدی',
	stepNavigation: 'پیمایش بخش‌ها',
	mapOfThePlaces: 'نقشهٔ مکان‌های این گزارش',
	mapOfThePlacesEmbedded: 'نقشهٔ مکان‌های این گزارش (جاسازی‌شده)',
	placesInThisStory: 'مکان‌های این گزارش',
	whatHappenedWhere: 'چه چیزی کجا رخ داد',
	sources: 'منابع',
	correctionsAndUpdates: 'اصلاحات و به‌روزرسانی‌ها',
	why: 'چرا:',
	source: 'منبع:',
	distance: 'فاصله',
	precision: 'دقت مکان',
	aboutKmFrom: (km, origin) => `حدود ${km} از ${origin}`,
	asOf: (date) => `تا ${date}`,
	precisionLabels: {
		exact: 'مکان دقیق',
		city: 'مکان در حد شهر',
		area: 'محدودهٔ تقریبی',
		uncertain: 'مکان نامعلوم'
	},
	closeDetails: 'بستن جزئیات',
	dismissNotice: 'بستن پیام',
	stepAnnouncement: (position, date, title, map) => `${position}${date ? `، ${date}` : ''}: ${title}. ${map}`,
	unknownStepLink: (id) =>
		`این پیوند بخشی به نام «${id}» می‌خواهد که در این گزارش نیست؛ گزارش از آغاز باز می‌شود.`,
	unknownPlaceLink: (id) => `این پیوند مکانی به نام «${id}» می‌خواهد که در این گزارش نیست.`,
	translationPending: 'این ترجمه هنوز به تأیید ویراستار نرسیده است.',
	languageSwitch: 'زبان',
	mapCredit: 'ساخته‌شده با داده‌های Natural Earth',
	mapControls: {
		'AttributionControl.ToggleAttribution': 'نمایش یا پنهان کردن منابع نقشه',
		'Map.Title': 'نقشه',
		'NavigationControl.ZoomIn': 'بزرگ‌نمایی',
		'NavigationControl.ZoomOut': 'کوچک‌نمایی',
		'NavigationControl.ResetBearing': 'بازگرداندن نقشه به سمت شمال',
		'Popup.Close': 'بستن',
		'ScaleControl.Kilometers': 'کیلومتر',
		'ScaleControl.Meters': 'متر'
	},
	mapNoWebgl:
		'این مرورگر نمی‌تواند نقشهٔ تعاملی را نشان دهد (WebGL در دسترس نیست)؛ از این رو هر بخش با نقشه‌ای ثابت نمایش داده می‌شود.',
	mapDataFailed:
		'داده‌های نقشه بارگیری نشد؛ از این رو هر بخش با نقشه‌ای ثابت نمایش داده می‌شود. متن گزارش و جزئیات همهٔ مکان‌ها کامل است.',
	mapContextLost:
		'ترسیم نقشه متوقف شد (بستر گرافیکی از دست رفت). تا بازیابی آن، نقشه‌های ثابت جای آن را می‌گیرند.',
	mapForThisStepEmbedded: 'نقشهٔ این بخش (جاسازی‌شده)',
	embeddedStoryMap: 'نقشهٔ روایی جاسازی‌شده',
	embeddedStory: 'گزارش جاسازی‌شده',
	readStory: (title) => `خواندن «${title}»`,
	readFullStory: (title) => `خواندن کامل گزارش: «${title}»`,
	previous: 'قبلی',
	next: 'بعدی',
	storySteps: 'پیمایش گزارش',
	stepMarker: (position, title) => `بخش ${position}: ${title}`,
	scrollEmbedShowsEveryStep:
		'جاسازی پیمایشی همهٔ بخش‌ها را نشان می‌دهد؛ پارامترهای «mode» و «steps» فقط در ‎/embed/‎ به کار می‌روند.'
};

export const MESSAGES: Record<Lang, Messages> = { en, fa };
