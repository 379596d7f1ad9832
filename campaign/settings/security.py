"""Security settings shared by every environment: headers, policies, cookies, login guard.

Production adds what only makes sense over HTTPS (HSTS, secure cookies, redirects).
"""

from datetime import timedelta

from csp.constants import NONE, SELF, UNSAFE_INLINE

# The film players that a visitor may start on a film page (campaign.platform.video_services):
# the only other origins a public page may load anything from.
FILM_EMBED_ORIGINS = [
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://player.youku.com",
    "https://player.bilibili.com",
    "https://v.qq.com",
]

# Public pages will be cached whole and shared between visitors, so the policy
# cannot use per-response nonces: scripts and styles come from our own files only.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "media-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "frame-src": FILM_EMBED_ORIGINS,
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# The Wagtail admin still writes inline scripts and style attributes in some
# panels and widgets, and shows previews in same-origin frames; it gets a policy
# of its own that allows that, and nothing from other origins.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "media-src": [SELF, "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "object-src": [NONE],
        "frame-src": [SELF, *FILM_EMBED_ORIGINS],
        "worker-src": [SELF, "blob:"],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}

# Browser features the campaign never uses are switched off; films may go full screen.
PERMISSIONS_POLICY = {
    "accelerometer": [],
    "autoplay": ["self"],
    "camera": [],
    "display-capture": [],
    "fullscreen": ["self"],
    "geolocation": [],
    "gyroscope": [],
    "magnetometer": [],
    "microphone": [],
    "midi": [],
    "payment": [],
    "picture-in-picture": ["self"],
    "usb": [],
}

# The admin shows no Gravatar pictures: they would send a hash of every editor's
# e-mail address to a third party, and the policies allow no other origin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Wagtail's admin reads the CSRF token from the page, never from the cookie.
CSRF_COOKIE_HTTPONLY = True

# Login guard (django-axes): a username is locked for a while after repeated
# failures from one address. Attempts are kept in the database, so every app
# server sees the same count.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "campaign.platform.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "campaign.platform.security.client_ip"
# How many proxies (load balancer, CDN) stand in front of the app servers and
# append to X-Forwarded-For; 0 means REMOTE_ADDR is the visitor's address.
TRUSTED_PROXY_COUNT = 0
