"""Grows the demo campaign into a large one for benchmarks, in all five languages."""

from datetime import date, timedelta

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from campaign.markets.languages import all_languages, field_suffix
from campaign.models import FilmIndexPage, FilmPage, FilmRun, Quote
from stories.models import AthleteStoryPage, Sport, StoryIndexPage

LANGUAGE_SUFFIXES = [field_suffix(code) for code in all_languages()]
# Running text in each language, so search and rendering work on realistic content.
SAMPLE = {
    "en": "A small team trained on a small rink and still reached the biggest stage.",
    "zh_hans": "一支小小的队伍在小小的冰场上训练，最终站上了最大的舞台。",
    "ja": "小さなチームは小さなリンクで練習を重ね、最大の舞台にたどり着いた。",
    "ko": "작은 팀은 작은 링크에서 훈련했고, 결국 가장 큰 무대에 섰다.",
    "en_gb": "A small team trained on a small rink and still reached the biggest stage.",
}
COUNTRIES = ["KE", "AU", "NG", "TO", "JP", "KR", "CN", "GB", "US", "JM"]


def translated(field, text_for):
    return {f"{field}_{suffix}": text_for(suffix) for suffix in LANGUAGE_SUFFIXES}


class Command(BaseCommand):
    help = (
        "Adds generated films, athlete stories and quotes in all five languages (for `make bench`)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=2000)
        parser.add_argument("--films", type=int, default=200)
        parser.add_argument("--quotes", type=int, default=500)

    def handle(self, *args, stories, films, quotes, **options):
        if min(stories, films, quotes) < 0:
            raise CommandError("Counts cannot be negative.")
        call_command("load_demo_campaign", stdout=self.stdout)
        film_index = FilmIndexPage.objects.first()
        story_index = StoryIndexPage.objects.first()
        if film_index is None or story_index is None:
            raise CommandError("The demo campaign has no film or story index.")
        poster = FilmPage.objects.exclude(poster=None).values_list("poster", flat=True).first()
        with transaction.atomic():
            self.add_films(film_index, films, poster)
            self.add_stories(story_index, stories, poster)
            self.add_quotes(quotes)
        self.stdout.write(f"Added {films} films, {stories} stories and {quotes} quotes.")

    def add_films(self, index, count, poster_id):
        existing = FilmPage.objects.filter(slug_en__startswith="bench-film-").count()
        for n in range(existing, count):
            film = FilmPage(
                **translated("title", lambda s, n=n: f"{SAMPLE[s][:12]} {n}"),
                **translated("slug", lambda s, n=n: f"bench-film-{n}"),
                **translated("logline", lambda s: SAMPLE[s]),
                **translated("description", lambda s: f"<p>{SAMPLE[s]}</p>"),
                embed_url="https://www.youtube.com/watch?v=bench",
                poster_id=poster_id,
                duration=timedelta(seconds=60 + n % 120),
                release_date=date(2018, 1, 1) + timedelta(days=n % 365),
            )
            film.runs = [FilmRun(channel=("online", "social", "tv")[n % 3])]
            index.add_child(instance=film)

    def add_stories(self, index, count, image_id):
        existing = AthleteStoryPage.objects.filter(slug_en__startswith="bench-story-").count()
        sports = [choice for choice, _label in Sport.choices]
        for n in range(existing, count):
            body = lambda s: f'[{{"type": "paragraph", "value": "<p>{SAMPLE[s]}</p>"}}]'  # noqa: E731
            story = AthleteStoryPage(
                **translated("title", lambda s, n=n: f"{SAMPLE[s][:10]} {n}"),
                **translated("slug", lambda s, n=n: f"bench-story-{n}"),
                **translated("athlete", lambda s, n=n: f"Athlete {n}"),
                **translated("games", lambda s: "PyeongChang"),
                **translated("summary", lambda s: SAMPLE[s]),
                **translated("body", body),
                sport=sports[n % len(sports)],
                country=COUNTRIES[n % len(COUNTRIES)],
                year=1928 + 4 * (n % 23),
                hero_image_id=image_id,
            )
            index.add_child(instance=story)

    def add_quotes(self, count):
        existing = Quote.objects.filter(source_en="Benchmark").count()
        Quote.objects.bulk_create(
            [
                Quote(
                    **translated("text", lambda s, n=n: f"{SAMPLE[s]} ({n})"),
                    **translated("speaker", lambda s: "Chris Tung"),
                    **translated("role", lambda s: "Chief Marketing Officer"),
                    **translated("source", lambda s: "Benchmark"),
                )
                for n in range(existing, count)
            ]
        )
