"""Settings shared by every environment; the environment modules override them."""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

from campaign.settings.background import engagement_buffer_settings, huey_settings
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
    "campaign.site",
    "campaign.translations",
    "campaign.workflow",
    "campaign.engagement",
    "campaign.platform.page_cache",
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
    "huey.contrib.djhuey",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # First, so that every log line of a request carries its id.
    "campaign.platform.logging.RequestIdMiddleware",
    # Load balancers probe by address, without cookies: answered before host checks.
    "campaign.platform.health.HealthCheckMiddleware",
    # Engagement beacons come at launch rates: answered next, with one buffer write and
    # no session, cookie, market lookup or database query (campaign.engagement.collection).
    "campaign.engagement.middleware.CollectionMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag and 304s for every page, cached or not; then the full-page cache, which answers
    # anonymous visitors before sessions, markets or the database are touched.
    "django.middleware.http.ConditionalGetMiddleware",
    # Pages read a few query parameters; the rest (ad click ids, typos) are dropped here,
    # before the page cache keys on them.
    "campaign.platform.query.PageQueryMiddleware",
    "campaign.platform.page_cache.middleware.PageCacheMiddleware",
    # Inside the page cache: a cached page is stored with its policy and replayed with it,
    # rather than having the policy built again on every hit. Static files need none.
    "campaign.platform.security.ContentSecurityPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Takes the place of LocaleMiddleware: the market prefix decides the language.
    "campaign.markets.middleware.MarketMiddleware",
    "campaign.markets.middleware.PageRouteMiddleware",
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
                "campaign.site.context_processors.market",
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
# policy is "hide" leave untranslated items out instead (campaign.markets.models).
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
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "campaign.site.search.backend"}}
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILMEDIA = {
    "MEDIA_MODEL": "wagtailmedia.Media",
    "MEDIA_FORM_BASE": "campaign.platform.uploads.MediaForm",
    "VIDEO_EXTENSIONS": ["mp4", "m4v", "webm"],
    "AUDIO_EXTENSIONS": ["mp3", "m4a"],
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "vtt", "txt"]
# Uploads are checked by content, not by name (campaign.platform.uploads), and kept to these sizes.
WAGTAILIMAGES_IMAGE_FORM_BASE = "campaign.platform.uploads.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "campaign.platform.uploads.DocumentForm"
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
# Not one log line per failed cache call: campaign.platform.redis_breaker logs each outage once.
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

# Full-page cache of public pages (campaign.platform.page_cache). Pages are refreshed when what they
# show changes; this is only the longest a page is kept.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Pieces of pages (navigation, head tags, cards) are rendered once and kept as long as
# this at most, refreshed exactly when what they show changes (campaign.platform.page_cache).
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "600"))
# How long a CDN in front may keep a page (browsers always revalidate with the ETag).
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "60"))
# Public pages read only these query parameters, each normalised as named here
# (campaign.platform.query). Any other parameter is ignored: it neither makes a new cache
# entry nor appears in canonical addresses, hreflang links or pagination.
PAGE_QUERY_PARAMETERS = {
    "page": "page_number",
    "q": "text",
    "channel": "lower",
    "sport": "lower",
    "country": "upper",
}
# What ad platforms, newsletters and analytics add to links ("utm_*" is a pattern). Never
# part of a page's address; the engagement measurement keeps utm_source, utm_medium and
# utm_campaign as the visit's source.
TRACKING_PARAMETERS = (
    "utm_*",
    "gclid",
    "gbraid",
    "wbraid",
    "gclsrc",
    "dclid",
    "fbclid",
    "msclkid",
    "yclid",
    "twclid",
    "ttclid",
    "li_fat_id",
    "igshid",
    "mc_cid",
    "mc_eid",
    "_ga",
    "_gl",
    "_hsenc",
    "_hsmi",
    "mkt_tok",
    "spm",
    "scm",
    "srsltid",
    "ef_id",
    "s_kwcid",
    "irclickid",
    "rb_clickid",
    "epik",
    "vero_id",
    "oly_anon_id",
    "oly_enc_id",
)
# One path holds at most this many variants (filters, pages, searches) in the cache, so
# junk or hostile parameters cannot fill it; further variants are served uncached.
PAGE_CACHE_MAX_VARIANTS = 64
# A page being rendered is rendered once: others wait this long for it before rendering.
PAGE_CACHE_WAIT_SECONDS = 3
# At a go-live or an expiry, while the go-live job runs, visitors get the page as it was
# until the job has rendered its next version, for at most this long.
PAGE_CACHE_GO_LIVE_SECONDS = int(os.environ.get("PAGE_CACHE_GO_LIVE_SECONDS", "30"))
# Meanwhile each process serves the page as it was from its own memory, and asks Redis
# whether the new version is there at most this often (a burst at a go-live costs no more
# than a warm page).
PAGE_CACHE_GO_LIVE_RECHECK_SECONDS = 0.5
# Each process keeps its hottest pages too (bounded): while Redis is away they are served
# for at most PAGE_CACHE_OUTAGE_SECONDS after they were last known fresh.
PAGE_CACHE_LOCAL_ENTRIES = int(os.environ.get("PAGE_CACHE_LOCAL_ENTRIES", "300"))
PAGE_CACHE_LOCAL_BYTES = int(os.environ.get("PAGE_CACHE_LOCAL_BYTES", str(32 * 1024 * 1024)))
PAGE_CACHE_OUTAGE_SECONDS = int(os.environ.get("PAGE_CACHE_OUTAGE_SECONDS", "60"))
# Each process fetches the coming version of the pages it keeps before their go-live, on a
# thread of its own, also when no visitor asks in the seconds before the moment.
PAGE_CACHE_PREFETCH_THREAD = True
# What the site itself answers outside every market (campaign/urls.py, WhiteNoise, the
# health check): no market may take one of these as its prefix, and the page cache
# leaves them alone.
SITE_PATHS = (
    "/admin/",
    "/documents/",
    "/api/",
    "/static/",
    "/media/",
    "/sitemap.xml",
    "/robots.txt",
    "/healthz",
    "/engagement/",
    "/go/",
)
PAGE_CACHE_EXCLUDED_PREFIXES = SITE_PATHS

# Background jobs (huey): ``manage.py run_huey`` runs them, ``make run`` starts it. Redis
# when REDIS_URL is set, else a SQLite file beside the database.
HUEY = huey_settings(
    os.environ.get("REDIS_URL", ""),
    Path(os.environ.get("HUEY_SQLITE_PATH", BASE_DIR / "tasks.sqlite3")),
)

# Campaign engagement (campaign.engagement): where the site's script sends its events,
# and where they wait until the next roll-up (Redis, else a spool file beside the database).
ENGAGEMENT_COLLECT_PATH = "/engagement/events"
ENGAGEMENT_BUFFER = engagement_buffer_settings(
    os.environ.get("REDIS_URL", ""),
    Path(os.environ.get("ENGAGEMENT_SPOOL_PATH", BASE_DIR / "engagement-spool.sqlite3")),
    # Events kept in Redis while no roll-up runs: the newest million, about 150 MB.
    int(os.environ.get("ENGAGEMENT_BUFFER_MAX_EVENTS", "1000000")),
)
# Events rolled up per run at most, so one run's memory stays bounded after an outage.
ENGAGEMENT_ROLLUP_BATCH = int(os.environ.get("ENGAGEMENT_ROLLUP_BATCH", "200000"))
