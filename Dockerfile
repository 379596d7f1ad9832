# The campaign site's app server image. It installs with the Makefile's steps
# (tests/test_deployment_files.py keeps the two in step) and runs gunicorn.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    DJANGO_SETTINGS_MODULE=campaign.settings.production \
    PORT=8000

# The Makefile's DEBIAN_PACKAGES: gettext for the catalogs, postgresql-client for backups.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext postgresql-client \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# The Makefile's install steps, without the development extras. The pinned
# packages come first, so that a change of code reuses this layer.
COPY pyproject.toml README.md /app/
RUN pip install --upgrade pip \
    && pip install "."

COPY . /app
# Catalogs and static files (hashed, compressed) are built into the image; the
# base settings suffice, as neither step reads a secret or the database.
RUN DJANGO_SETTINGS_MODULE=campaign.settings.base python manage.py compilemessages --ignore=.venv -v 0 \
    && DJANGO_SETTINGS_MODULE=campaign.settings.base python manage.py collectstatic --noinput -v 0

RUN useradd --system --home-dir /app --shell /usr/sbin/nologin campaign
USER campaign

EXPOSE 8000
# Migrations run once per release, not here: see the README's deployment section. The
# worker is the same image with another command: python manage.py run_huey
CMD ["gunicorn", "--config", "gunicorn.conf.py", "campaign.wsgi"]
