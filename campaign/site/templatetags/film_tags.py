"""The film player: an uploaded film with captions, or an external film behind its poster."""

import mimetypes
from dataclasses import dataclass

from django import template
from django.utils import translation

from campaign.markets.languages import base_language, bcp47, native_language_name
from campaign.platform.video_services import external_film

register = template.Library()


@dataclass
class CaptionTrack:
    """One ``<track>`` of a film: a WebVTT file in one language."""

    src: str
    srclang: str
    label: str
    default: bool


def caption_tracks(film, language):
    """The film's caption files, the one in ``language`` first and shown by default.

    British English falls back to English captions (and so on for any regional
    variant); no other language is switched on for a visitor who did not choose it.
    """
    captions = [c for c in film.captions.select_related("file") if c.file_id]
    base = base_language(language)
    chosen = next((c for c in captions if c.language == language), None) or next(
        (c for c in captions if base_language(c.language) == base), None
    )
    tracks = [
        CaptionTrack(
            src=caption.file.url,
            srclang=bcp47(caption.language),
            label=native_language_name(caption.language),
            default=caption is chosen,
        )
        for caption in captions
    ]
    return sorted(tracks, key=lambda track: not track.default)


@register.inclusion_tag("includes/film_player.html", takes_context=True)
def film_player(context, film, transcript_url=""):
    """Render the player of ``film``; ``transcript_url`` links to its transcript."""
    language = translation.get_language() or "en"
    video_type = ""
    if film.video:
        video_type = mimetypes.guess_type(film.video.file.name)[0] or "video/mp4"
    return {
        "film": film,
        "video_type": video_type,
        "captions": caption_tracks(film, language) if film.video else [],
        "external": None if film.video else external_film(film.local_embed_url),
        "embed_url": film.local_embed_url,
        # The poster and the video address of the market being served.
        "film_poster": film.local_poster,
        "transcript_url": transcript_url if film.transcript else "",
    }
