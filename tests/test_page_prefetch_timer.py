"""Each process wakes before the moments of the pages it keeps, visitors or not."""

import logging
import threading
import time

from campaign.platform.page_cache.prefetch import PrefetchTimer


class Fetches:
    """A fetch that records its keys and answers as told (done or not yet)."""

    def __init__(self, done=True):
        self.keys = []
        self.done = done

    def __call__(self, key):
        self.keys.append(key)
        if isinstance(self.done, Exception):
            raise self.done
        return self.done


def timer(fetch, most_booked=10):
    return PrefetchTimer(fetch, lead=10, recheck=1, most_booked=most_booked, threaded=lambda: False)


def test_a_booking_is_fetched_from_its_lead_before_the_moment_on():
    fetch = Fetches()
    prefetch = timer(fetch)
    prefetch.book("home", moment=1000)

    prefetch.run_due(now=989.9)
    assert fetch.keys == []
    prefetch.run_due(now=990)
    assert fetch.keys == ["home"]
    assert prefetch.booked() == set()


def test_a_fetch_not_done_is_asked_again_each_recheck_until_the_moment():
    fetch = Fetches(done=False)
    prefetch = timer(fetch)
    prefetch.book("home", moment=1000)

    for now in (990, 990.5, 991, 998.9, 999.5):
        prefetch.run_due(now=now)
    assert len(fetch.keys) == 3  # at 990, 991 (not 990.5) and 998.9 (due since 992)
    assert prefetch.booked() == {(1000, "home")}

    prefetch.run_due(now=1000)  # due at 999.9, but the moment has come
    assert len(fetch.keys) == 3
    assert prefetch.booked() == set()


def test_a_booking_is_made_once_per_moment_and_key_and_their_number_is_bounded():
    fetch = Fetches()
    prefetch = timer(fetch, most_booked=2)
    for key, moment in [("home", 1000), ("home", 1000), ("home", 1060), ("films", 1000)]:
        prefetch.book(key, moment)

    assert prefetch.booked() == {(1000, "home"), (1060, "home")}
    prefetch.run_due(now=995)
    prefetch.run_due(now=1055)
    assert fetch.keys == ["home", "home"]


def test_a_failing_fetch_is_logged_and_asked_again(caplog):
    fetch = Fetches(done=ConnectionError("redis away"))
    prefetch = timer(fetch)
    prefetch.book("home", moment=1000)

    with caplog.at_level(logging.ERROR):
        prefetch.run_due(now=990)
    prefetch.run_due(now=991)

    assert fetch.keys == ["home", "home"]
    assert "Fetching a coming version ahead failed" in caplog.text


def test_the_thread_fetches_when_a_booking_is_due_without_anyone_asking():
    fetched = threading.Event()
    prefetch = PrefetchTimer(lambda key: fetched.set() or True, lead=10, recheck=1, most_booked=10)

    prefetch.book("home", moment=time.time() + 10.2)

    assert fetched.wait(timeout=5)
    assert prefetch.booked() == set()
