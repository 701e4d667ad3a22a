/*
 * Story map embed script. Paste it once per page, after any of:
 *   <div data-storymap="https://…/embed/scroll/"></div>  (scroll embed: the script makes the iframe)
 *   <iframe src="https://…/embed/…"></iframe>            (stepper or single view)
 * It sizes every story frame to its content and relays this page's scroll
 * position and viewport height to scroll embeds. No dependencies; it only
 * talks to frames from the origin it was loaded from.
 */
(function () {
	'use strict';
	if (window.storymapEmbed) {
		window.storymapEmbed.scan();
		return;
	}
	var script = document.currentScript;
	if (!script || !script.src) return;
	var origin = new URL(script.src, location.href).origin;
	var frames = [];
	var queued = false;

	function originOf(url) {
		try {
			return new URL(url, location.href).origin;
		} catch {
			return null;
		}
	}

	function hello(iframe) {
		if (iframe.contentWindow) iframe.contentWindow.postMessage({ type: 'storymap:hello' }, origin);
	}

	function track(iframe, scroll) {
		iframe.setAttribute('data-storymap-frame', scroll ? 'scroll' : 'view');
		frames.push({ iframe: iframe, scroll: scroll });
		// A frame that loaded before this script posted its height to nobody: ask again.
		hello(iframe);
		iframe.addEventListener('load', function () {
			hello(iframe);
		});
	}

	function scan() {
		var placeholders = document.querySelectorAll('[data-storymap]:not([data-storymap-ready])');
		for (var i = 0; i < placeholders.length; i++) {
			var placeholder = placeholders[i];
			var src = placeholder.getAttribute('data-storymap');
			placeholder.setAttribute('data-storymap-ready', '');
			if (originOf(src) !== origin) continue;
			var iframe = document.createElement('iframe');
			iframe.src = src;
			iframe.title = placeholder.getAttribute('data-storymap-title') || 'Story map';
			iframe.setAttribute('scrolling', 'no');
			iframe.style.cssText = 'display:block;width:100%;border:0;height:' + window.innerHeight + 'px';
			placeholder.appendChild(iframe);
			track(iframe, true);
		}
		var iframes = document.querySelectorAll('iframe:not([data-storymap-frame])');
		for (var j = 0; j < iframes.length; j++)
			if (originOf(iframes[j].src) === origin) track(iframes[j], false);
	}

	function frameOf(source) {
		for (var i = 0; i < frames.length; i++) if (frames[i].iframe.contentWindow === source) return frames[i];
		return null;
	}

	function sendViewport(frame) {
		var win = frame.iframe.contentWindow;
		if (!win) return;
		var top = frame.iframe.getBoundingClientRect().top;
		win.postMessage({ type: 'storymap:viewport', top: top, height: window.innerHeight }, origin);
	}

	function relay() {
		queued = false;
		for (var i = 0; i < frames.length; i++) if (frames[i].scroll) sendViewport(frames[i]);
	}

	function queueRelay() {
		if (queued) return;
		queued = true;
		window.requestAnimationFrame(relay);
	}

	function isNumber(value, max) {
		return typeof value === 'number' && isFinite(value) && Math.abs(value) < max;
	}

	window.addEventListener('message', function (event) {
		if (event.origin !== origin) return;
		var frame = frameOf(event.source);
		var data = event.data;
		if (!frame || !data || typeof data !== 'object') return;
		if (data.type === 'storymap:height' && isNumber(data.height, 1e6) && data.height > 0) {
			frame.iframe.style.height = Math.ceil(data.height) + 'px';
			queueRelay();
		} else if (data.type === 'storymap:ready') {
			if (data.mode === 'scroll') frame.scroll = true;
			if (frame.scroll) sendViewport(frame);
		} else if (data.type === 'storymap:scroll' && frame.scroll && isNumber(data.top, 1e7)) {
			var y = frame.iframe.getBoundingClientRect().top + window.scrollY + data.top;
			window.scrollTo({ top: y, behavior: 'auto' });
		}
	});
	window.addEventListener('scroll', queueRelay, { passive: true });
	window.addEventListener('resize', queueRelay);

	scan();
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
	window.storymapEmbed = { scan: scan };
})();
