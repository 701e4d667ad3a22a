/*
 * A step's share page (/step/<id>/) carries that step's link preview, which
 * crawlers read without running scripts. A reader's browser runs this, the
 * page's only script, from its <head>, before anything is drawn: it goes on to
 * the story at the step, in place of the share page in the history, so Back
 * returns to where the link was found. The address is the page's
 * <meta name="storymap:story-at-step">, relative to the page.
 */
(function () {
	'use strict';
	var meta = document.querySelector('meta[name="storymap:story-at-step"]');
	if (!meta) return;
	location.replace(new URL(meta.getAttribute('content'), location.href).href);
})();
