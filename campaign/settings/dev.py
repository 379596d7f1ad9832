"""Local development: SQLite by default, debug on, e-mails to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
# A development-only key; production refuses to start without its own.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
