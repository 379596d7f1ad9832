"""Reading settings from the environment; a missing or malformed value names its variable."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE_VALUES = {"1", "true", "yes", "on"}
FALSE_VALUES = {"0", "false", "no", "off"}


def optional_env(name, default=""):
    return os.environ.get(name, "").strip() or default


def required_env(name, hint=""):
    value = optional_env(name)
    if not value:
        extra = f" ({hint})" if hint else ""
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set in production{extra}."
        )
    return value


def env_list(name, required=False):
    raw = required_env(name) if required else optional_env(name)
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_int(name, default):
    raw = optional_env(name)
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be a whole number, not “{raw}”.") from error


def env_bool(name, default):
    raw = optional_env(name).lower()
    if not raw:
        return default
    if raw in TRUE_VALUES:
        return True
    if raw in FALSE_VALUES:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not “{raw}”.")


def origin_of(url):
    """``https://host[:port]`` of an absolute URL, or "" for a path on this site."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
