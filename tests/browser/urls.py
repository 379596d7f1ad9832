"""The site's URLs plus uploaded media, which the live test server must serve itself."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from campaign import urls as site_urls


def media(request, path):
    # MEDIA_ROOT is read per request: each test gets a folder of its own.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


handler404 = site_urls.handler404
handler500 = site_urls.handler500
urlpatterns = [re_path(r"^media/(?P<path>.*)$", media), *site_urls.urlpatterns]
