/*
 * Film players. Nothing here starts a film by itself, and nothing is requested from
 * a video service (YouTube, Vimeo, Youku) until the visitor clicks its poster.
 * Loaded as a file, not inline, so a Content Security Policy without
 * 'unsafe-inline' allows it.
 */
(function () {
    "use strict";

    var reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

    function loadExternalFilm(link) {
        var src = new URL(link.getAttribute("data-embed-src"));
        // The click asked for the film, so it may start at once; visitors who prefer
        // reduced motion get the provider's player paused, to press play themselves.
        if (!reducedMotion.matches) {
            src.searchParams.set("autoplay", "1");
        }
        var frame = document.createElement("iframe");
        frame.className = "film-player__frame";
        frame.src = src.toString();
        frame.title = link.getAttribute("data-embed-title");
        frame.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
        frame.allowFullscreen = true;
        frame.referrerPolicy = "strict-origin-when-cross-origin";
        link.replaceWith(frame);
        frame.focus();
    }

    function enhanceUploadedFilm(player) {
        var video = player.querySelector("video");
        var button = player.querySelector(".film-player__play");
        if (!video || !button) {
            return;
        }
        // The big button over the poster plays the film; the browser's own controls
        // (keyboard operable, with the captions menu) stay for everything else.
        button.hidden = false;
        button.addEventListener("click", function () {
            button.hidden = true;
            video.focus();
            video.play();
        });
        video.addEventListener("play", function () {
            button.hidden = true;
        });
    }

    document.addEventListener("click", function (event) {
        var link = event.target.closest(".film-player__external");
        if (!link) {
            return;
        }
        // Told before the poster makes way for the provider's player, so that whoever
        // listens (the engagement script) still finds which film it belonged to.
        link.dispatchEvent(new CustomEvent("campaign:film-poster", {bubbles: true}));
        if (link.hasAttribute("data-embed-src")) {
            event.preventDefault();
            loadExternalFilm(link);
        }
    });

    document.querySelectorAll("[data-film-player]").forEach(enhanceUploadedFilm);
})();
