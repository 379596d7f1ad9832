"""Infrastructure any Wagtail site of this kind needs: the page cache, health checks,
structured logs, outage pages, the Redis breaker, security headers, upload checks, rich
text cleaning, backups and the admin screens' common base.

Nothing here imports the campaign's domain; it offers interfaces the domain uses (the
page cache's ``dependencies`` and ``invalidation.watch_*``).
"""
