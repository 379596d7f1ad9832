/*
 * Campaign engagement: one page view, and what the visitor does with the films, sent to
 * the site itself. No cookie, no storage, nothing before the page is idle, and nothing
 * at all when the browser asks not to be tracked (Do Not Track, Global Privacy Control).
 * What it sends comes from data attributes that are the same for every visitor.
 */
(function () {
    "use strict";

    var nav = navigator;
    if (nav.doNotTrack === "1" || window.doNotTrack === "1" || nav.globalPrivacyControl) {
        return;
    }
    var script = document.currentScript;
    var endpoint = script && script.getAttribute("data-endpoint");
    var market = script && script.getAttribute("data-market");
    if (!endpoint || !market) {
        return;
    }
    var page = parseInt(script.getAttribute("data-page"), 10) || undefined;
    var queue = [];
    var ready = false;
    var sent = {};

    function send(event) {
        var body = JSON.stringify(event);
        if (!(nav.sendBeacon && nav.sendBeacon(endpoint, body))) {
            fetch(endpoint, {method: "POST", body: body, keepalive: true, credentials: "omit"})
                .catch(function () {});
        }
    }

    function report(name, film) {
        var key = name + ":" + (film || "");
        if (sent[key]) {
            return;
        }
        sent[key] = true;
        var event = {m: market, e: name, p: page};
        if (film) {
            event.f = film;
        } else {
            event.r = document.referrer;
            event.q = location.search;
        }
        if (ready) {
            send(event);
        } else {
            queue.push(event);
        }
    }

    function filmOf(element) {
        var player = element && element.closest && element.closest("[data-film-id]");
        return player ? parseInt(player.getAttribute("data-film-id"), 10) : 0;
    }

    function showingCaptions(video) {
        return Array.prototype.filter.call(video.textTracks, function (track) {
            return track.mode === "showing";
        }).map(function (track) {
            return track.language;
        }).join(" ");
    }

    // Media events do not bubble: listened to on their way down instead.
    document.addEventListener("play", function (event) {
        var film = filmOf(event.target);
        if (film) {
            report("play", film);
        }
    }, true);
    document.addEventListener("timeupdate", function (event) {
        var video = event.target;
        var film = filmOf(video);
        var watched = video.duration ? video.currentTime / video.duration : 0;
        [25, 50, 75].forEach(function (share) {
            if (film && watched >= share / 100) {
                report("played_" + share, film);
            }
        });
        if (film && watched >= 0.99) {
            report("played_100", film);
        }
    }, true);
    document.addEventListener("ended", function (event) {
        var film = filmOf(event.target);
        if (film) {
            report("played_100", film);
        }
    }, true);
    // player.js tells when a visitor clicks an external film's poster.
    document.addEventListener("campaign:film-poster", function (event) {
        var film = filmOf(event.target);
        if (film) {
            report("poster", film);
        }
    });

    document.querySelectorAll("[data-film-id] video").forEach(function (video) {
        var captions = showingCaptions(video);
        video.textTracks.addEventListener("change", function () {
            var now = showingCaptions(video);
            // The captions the page switched on by itself are not the visitor's choice.
            if (ready && now && now !== captions) {
                report("captions", filmOf(video));
            }
            captions = now;
        });
    });

    function start() {
        ready = true;
        queue.splice(0).forEach(send);
    }

    function whenIdle() {
        if (window.requestIdleCallback) {
            window.requestIdleCallback(start, {timeout: 5000});
        } else {
            setTimeout(start, 1);
        }
    }

    report("view");
    if (document.readyState === "complete") {
        whenIdle();
    } else {
        window.addEventListener("load", whenIdle);
    }
})();
