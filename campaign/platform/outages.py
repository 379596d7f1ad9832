"""What visitors and editors see when the database or the cache is out: a clear 503, not a 500."""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from django.views.defaults import server_error as django_server_error

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

# Errors of a service that is down or restarting, not of the code: they pass.
OUTAGE_ERRORS = (OperationalError, InterfaceError, RedisConnectionError, RedisTimeoutError)
RETRY_AFTER_SECONDS = 30


def is_outage(exception):
    return isinstance(exception, OUTAGE_ERRORS)


def service_unavailable(request):
    """A 503 page that needs neither the database nor the cache to render."""
    # An editor's form that failed to save is still in their browser: say so.
    unsaved_edit = request.method == "POST"
    html = loader.get_template("503.html").render({"unsaved_edit": unsaved_edit})
    response = HttpResponse(html, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def server_error(request, template_name="500.html"):
    """The 500 handler: outages of the database or Redis answer 503 instead."""
    if is_outage(sys.exc_info()[1]):
        return service_unavailable(request)
    return django_server_error(request, template_name=template_name)
