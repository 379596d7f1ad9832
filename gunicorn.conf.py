"""Gunicorn settings for the campaign's app servers (``gunicorn campaign.wsgi``).

Every value can be changed through the environment variable named beside it.
"""

import os


def cpu_count():
    # The CPUs this process may run on (a container's share), not the host's total.
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# PORT: the address the load balancer sends requests to.
bind = os.environ.get("GUNICORN_BIND", f"0.0.0.0:{os.environ.get('PORT', '8000')}")  # noqa: S104
# Synchronous workers: Wagtail's request work is mostly database and template
# rendering, so two per CPU plus one keeps the CPUs busy while others wait.
workers = int(os.environ.get("GUNICORN_WORKERS", cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
# A request that takes longer than this is stuck: its worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 30
keepalive = 5
# Workers are replaced now and then, so that no slow leak grows without bound.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200
# The load balancer's X-Forwarded-* headers are trusted; the app servers must
# only be reachable through it.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "*")
# Heartbeat files in memory: a slow disk must not make workers look dead.
SHARED_MEMORY = "/dev/shm"  # noqa: S108 (a heartbeat file per worker, no data)
worker_tmp_dir = SHARED_MEMORY if os.path.isdir(SHARED_MEMORY) else None
control_socket_disable = True

# Django logs each request as JSON with its id (campaign.platform.logging); gunicorn's
# own messages go to standard error in the same form.
accesslog = None
errorlog = "-"
logconfig_dict = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"json": {"()": "campaign.platform.logging.JsonFormatter"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "json"}},
    "loggers": {
        "gunicorn.error": {"handlers": ["console"], "level": "INFO", "propagate": False},
    },
}
