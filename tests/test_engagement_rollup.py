"""The roll-up: buffered events become counts per market and per day of that market."""

import json
import socket
import uuid
from datetime import UTC, date, datetime

import pytest
import time_machine

from campaign.engagement import rollup as rollup_module
from campaign.engagement.buffer import RedisBuffer, event_buffer
from campaign.engagement.models import DailyCount, DailyVisitors, VisitorMark
from campaign.engagement.rollup import roll_up
from tests.engagement import buffered, send_beacon
from tests.factories import FilmPageFactory

pytestmark = pytest.mark.django_db


def views_per_day(market_code):
    return dict(
        DailyCount.objects.filter(market__code=market_code, event="view").values_list(
            "day", "count"
        )
    )


def visitors_per_day(market_code):
    return dict(
        DailyVisitors.objects.filter(market__code=market_code).values_list("day", "visitors")
    )


def test_a_view_just_before_and_just_after_midnight_in_tokyo_counts_on_two_days(
    client, home, markets
):
    # 23:59:30 and 00:00:30 in Tokyo (UTC+9) are both 9 March in UTC.
    with time_machine.travel(datetime(2026, 3, 9, 14, 59, 30, tzinfo=UTC), tick=False):
        send_beacon(client, m="jp", p=home.pk)
    with time_machine.travel(datetime(2026, 3, 9, 15, 0, 30, tzinfo=UTC), tick=False):
        send_beacon(client, m="jp", p=home.pk)
        roll_up()

    assert views_per_day("jp") == {date(2026, 3, 9): 1, date(2026, 3, 10): 1}
    # The same visitor on both days: each day has its own salt, so each counts them once.
    assert visitors_per_day("jp") == {date(2026, 3, 9): 1, date(2026, 3, 10): 1}


def test_a_view_just_before_and_just_after_midnight_in_london_summer_time_counts_on_two_days(
    client, home, markets
):
    # British Summer Time (UTC+1): 23:59:30 on 1 July and 00:00:30 on 2 July, both 1 July in UTC.
    with time_machine.travel(datetime(2026, 7, 1, 22, 59, 30, tzinfo=UTC), tick=False):
        send_beacon(client, m="uk", p=home.pk)
    with time_machine.travel(datetime(2026, 7, 1, 23, 0, 30, tzinfo=UTC), tick=False):
        send_beacon(client, m="uk", p=home.pk)
        roll_up()

    assert views_per_day("uk") == {date(2026, 7, 1): 1, date(2026, 7, 2): 1}


def test_london_in_winter_keeps_utc_midnight(client, home, markets):
    with time_machine.travel(datetime(2026, 1, 14, 23, 59, 30, tzinfo=UTC), tick=False):
        send_beacon(client, m="uk", p=home.pk)
    with time_machine.travel(datetime(2026, 1, 15, 0, 0, 30, tzinfo=UTC), tick=False):
        send_beacon(client, m="uk", p=home.pk)
        roll_up()

    assert views_per_day("uk") == {date(2026, 1, 14): 1, date(2026, 1, 15): 1}


def test_roll_ups_add_up_and_count_a_visitor_once_a_day(client, home, markets):
    with time_machine.travel(datetime(2026, 3, 10, 3, 0, tzinfo=UTC), tick=False):
        send_beacon(client, m="jp", p=home.pk)
        roll_up()
        send_beacon(client, m="jp", p=home.pk)
        send_beacon(client, m="jp", p=home.pk, address="203.0.113.99")
        roll_up()

    assert views_per_day("jp") == {date(2026, 3, 10): 3}
    assert visitors_per_day("jp") == {date(2026, 3, 10): 2}
    assert buffered() == []


def test_film_events_are_counted_per_film(client, film_index, markets):
    film = FilmPageFactory(parent=film_index)
    for event in ("play", "played_25", "played_50", "played_100"):
        send_beacon(client, m="kr", e=event, p=film.pk, f=film.pk)

    roll_up()

    counts = dict(DailyCount.objects.filter(film_id=film.pk).values_list("event", "count"))
    assert counts == {"play": 1, "played_25": 1, "played_50": 1, "played_100": 1}


def test_events_naming_pages_or_films_that_do_not_exist_are_dropped(client, home, markets):
    send_beacon(client, m="jp", p=987654)
    send_beacon(client, m="jp", e="play", p=home.pk, f=home.pk)  # the home page is no film

    result = roll_up()

    assert result.dropped == 2
    assert not DailyCount.objects.exists()


def test_a_failed_roll_up_keeps_its_events_for_the_next(client, home, markets, monkeypatch):
    send_beacon(client, m="jp", p=home.pk)

    def broken(counts):
        raise RuntimeError("database went away")

    with monkeypatch.context() as patch:
        patch.setattr(rollup_module, "_write_counts", broken)
        with pytest.raises(RuntimeError):
            roll_up()
    assert len(buffered()) == 1

    roll_up()

    assert DailyCount.objects.get(event="view").count == 1


def test_a_days_salt_and_visitor_marks_are_deleted_once_the_day_is_over(client, home, markets):
    with time_machine.travel(datetime(2026, 3, 10, 3, 0, tzinfo=UTC), tick=False):
        send_beacon(client, m="jp", p=home.pk)
        roll_up()
    assert event_buffer().salt_days() == {"2026-03-10"}
    assert VisitorMark.objects.count() == 1

    # 11 March has begun in Tokyo but not yet in New York: the salt of the 10th is still used.
    with time_machine.travel(datetime(2026, 3, 11, 3, 0, tzinfo=UTC), tick=False):
        roll_up()
        assert "2026-03-10" in event_buffer().salt_days()
        assert VisitorMark.objects.count() == 0
    # The 11th everywhere: nobody uses the 10th's salt any more.
    with time_machine.travel(datetime(2026, 3, 11, 12, 0, tzinfo=UTC), tick=False):
        roll_up()

    assert "2026-03-10" not in event_buffer().salt_days()
    assert visitors_per_day("jp") == {date(2026, 3, 10): 1}


def test_the_roll_up_is_a_periodic_job_of_the_worker():
    from huey.contrib.djhuey import HUEY

    from campaign.engagement import tasks  # noqa: F401 (the worker imports every app's tasks)

    # The consumer asks every minute which periodic jobs are due.
    for minute in (datetime(2026, 3, 10, 12, 7), datetime(2026, 3, 10, 12, 8)):
        due = {task.name for task in HUEY.read_periodic(minute)}
        assert "roll_up_engagement" in due


def _redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _redis_reachable(), reason="no Redis on 127.0.0.1:6379")
def test_the_redis_buffer_hands_over_batches_and_keeps_a_failed_one():
    buffer = RedisBuffer("redis://127.0.0.1:6379/14", f"test-{uuid.uuid4().hex}")
    try:
        for number in range(3):
            buffer.push(json.dumps({"n": number}).encode())
        with pytest.raises(RuntimeError), buffer.batch(100) as events:
            assert len(events) == 3
            raise RuntimeError("the roll-up failed")
        buffer.push(b'{"n": 3}')
        with buffer.batch(100) as events:
            assert [json.loads(e)["n"] for e in events] == [0, 1, 2]
        with buffer.batch(100) as events:
            assert [json.loads(e)["n"] for e in events] == [3]
        assert buffer.pending() == 0
        assert buffer.salt("2026-03-10") == buffer.salt("2026-03-10")
        buffer.forget_salts({"2026-03-10"})
        assert buffer.salt_days() == set()
        # With no roll-up for a long while, the newest events are kept, up to the bound.
        buffer.max_events = 2
        for number in range(5):
            buffer.push(json.dumps({"n": number}).encode())
        with buffer.batch(100) as events:
            assert [json.loads(e)["n"] for e in events] == [3, 4]
    finally:
        keys = list(buffer.redis.scan_iter(match=buffer.events_key.rsplit(":", 1)[0] + "*"))
        if keys:
            buffer.redis.delete(*keys)
