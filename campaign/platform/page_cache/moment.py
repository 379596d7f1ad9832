"""The moment a page is rendered for: now, or a coming go-live the job renders ahead.

Whatever decides what a page shows at a time (availability, schedules, search) asks
``now()`` here rather than the clock, so the job can render a page as it will be at a
go-live a minute before it comes (``ahead_to``). What is rendered for a later moment is
for that page only: caches that outlive the page (fragments, search results) are read but
never written meanwhile (``is_ahead``), so no visitor sees the coming version early.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils import timezone

_ahead_to = ContextVar("rendered_for", default=None)


def now():
    """The moment being rendered for: the current time unless rendering ahead."""
    return _ahead_to.get() or timezone.now()


def is_ahead():
    """Whether the page being rendered is for a later moment than now."""
    return _ahead_to.get() is not None


@contextmanager
def ahead_to(moment):
    """Render what is inside as it will be at ``moment``."""
    token = _ahead_to.set(moment)
    try:
        yield
    finally:
        _ahead_to.reset(token)
