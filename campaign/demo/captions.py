"""WebVTT captions for the demo films, one file per language, made from their transcripts.

Each transcript line becomes one cue; the cues share the film's running time evenly.
"""

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from campaign.demo.data import text_in
from campaign.demo.media import DEMO_PREFIX
from campaign.markets.languages import all_languages
from campaign.models import FilmCaption

# Long enough for every transcript line of a demo film to be read as a caption.
DEMO_FILM_SECONDS = 14
_CUE_TEXT_ESCAPES = {ord("&"): "&amp;", ord("<"): "&lt;", ord(">"): "&gt;"}


def _timestamp(seconds: float) -> str:
    millis = round(seconds * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    seconds, millis = divmod(millis, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}.{millis:03d}"


def webvtt(transcript: str, seconds: float) -> str:
    """A WebVTT file with one cue per line of ``transcript``, spread over ``seconds``."""
    lines = [line.strip() for line in transcript.splitlines() if line.strip()]
    parts = ["WEBVTT", ""]
    step = seconds / max(len(lines), 1)
    for number, line in enumerate(lines, start=1):
        start, end = (number - 1) * step, number * step - 0.05
        parts += [str(number), f"{_timestamp(start)} --> {_timestamp(end)}"]
        parts += [line.translate(_CUE_TEXT_ESCAPES), ""]
    return "\n".join(parts)


def demo_caption_document(key: str, language: str, transcript: str, seconds: float):
    """The caption document of demo film ``key`` in ``language``, made the first time."""
    Document = get_document_model()
    title = f"{DEMO_PREFIX}captions {key} {language}"
    document = Document.objects.filter(title=title).first()
    if document is None:
        content = ContentFile(webvtt(transcript, seconds).encode(), name=f"{key}.{language}.vtt")
        document = Document(title=title, file=content)
        document.save()
    return document


def load_demo_captions(film, data) -> int:
    """Give a demo film a caption file in every language it lacks; returns how many."""
    existing = {caption.language for caption in film.captions.all()}
    missing = [code for code in all_languages() if code not in existing]
    if not missing or film.video is None:
        return 0
    seconds = film.video.duration or DEMO_FILM_SECONDS
    for language in missing:
        transcript = text_in(data["transcript"], language)
        document = demo_caption_document(data["key"], language, transcript, seconds)
        film.captions.add(FilmCaption(language=language, file=document))
    # Captions are part of the page: a new revision keeps them through later publishes.
    film.save_revision().publish()
    return len(missing)
