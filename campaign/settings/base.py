"""Settings shared by every environment; the environment modules override them."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

from campaign.settings.cache import cache_settings
from campaign.settings.security import *  # noqa: F403

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "campaign"

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # wagtail_modeltranslation must come before the page apps that it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "campaign",
    "campaign.translations",
    "campaign.workflow",
    "campaign.caching",
    "stories",
    "wagtailmedia",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_countries",
    "axes",
    "csp",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, so that every log line of a request carries its id.
    "campaign.logging.RequestIdMiddleware",
    # Load balancers probe by address, without cookies: answered before host checks.
    "campaign.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "campaign.security.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304s for every page, cached or not; then the full-page cache, which answers
    # anonymous visitors before sessions, markets or the database are touched.
    "django.middleware.http.ConditionalGetMiddleware",
    "campaign.caching.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Takes the place of LocaleMiddleware: the market prefix decides the language.
    "campaign.routing.MarketMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # django-axes asks to come last: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "campaign.urls"
WSGI_APPLICATION = "campaign.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "campaign.context_processors.market",
            ],
        },
    },
]

# SQLite is the zero-setup default; production and CI set DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source language that editors write in; every
# other language is a translation of it. Each market speaks one of these.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
    ("en-gb", _("British English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
# A missing translation reads as the source text; markets whose fallback
# policy is "hide" leave untranslated items out instead (campaign.models.markets).
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
WAGTAILMODELTRANSLATION_LOCALE_PICKER = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
STATICFILES_DIRS = []
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "To the Greatness of Small"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# Wagtail's database backend, with a text configuration per language on PostgreSQL.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "campaign.search.backend"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    "MEDIA_FORM_BASE": "campaign.uploads.MediaForm",
    "VIDEO_EXTENSIONS": ["mp4", "m4v", "webm"],
    "AUDIO_EXTENSIONS": ["mp3", "m4a"],
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "vtt", "txt"]
# Uploads are checked by content, not by name (campaign.uploads), and kept to these sizes.
WAGTAILIMAGES_IMAGE_FORM_BASE = "campaign.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "campaign.uploads.DocumentForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
UPLOAD_MAX_SIZES = {
    "document": 20 * 1024 * 1024,
    "caption": 2 * 1024 * 1024,
    "translation": 5 * 1024 * 1024,
    "thumbnail": 10 * 1024 * 1024,
    "audio": 200 * 1024 * 1024,
    "video": 2 * 1024 * 1024 * 1024,
}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "campaign@example.com")

# Per-process memory by default; a shared, fail-safe Redis when REDIS_URL is set.
CACHES = cache_settings(os.environ.get("REDIS_URL", ""))
# Not one log line per failed cache call: campaign.redis_breaker logs each outage once.
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Where ``make backup`` writes (git-ignored); ``make restore`` reads the newest.
BACKUP_DIR = Path(os.environ.get("BACKUP_DIR", BASE_DIR / "backups"))

# Where the demo command keeps the passwords it generated (development only, git-ignored).
DEMO_CREDENTIALS_FILE = Path(
    os.environ.get("DEMO_CREDENTIALS_FILE", BASE_DIR / ".demo-credentials.json")
)

# Full-page cache of public pages (campaign.caching). Pages are refreshed when what they
# show changes; this is only the longest a page is kept.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# How long a CDN in front may keep a page (browsers always revalidate with the ETag).
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "60"))
PAGE_CACHE_MAX_QUERY_LENGTH = 200
PAGE_CACHE_EXCLUDED_PREFIXES = ("/admin/", "/documents/", "/api/", "/static/", "/media/")
