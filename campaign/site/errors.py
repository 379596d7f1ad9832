"""The "page not found" page, in the language of the market the visitor is in.

The 500 page is Django's own view rendering ``500.html``, through the handler in
``campaign.platform.outages``: that template needs neither the database nor the request.
"""

from django.template.response import TemplateResponse
from django.utils import translation


def page_not_found(request, exception=None):
    """A 404 with the market's navigation and search, in its language.

    Outside any market (an unknown prefix) the browser's languages choose.
    """
    if getattr(request, "market", None) is not None:
        language = translation.get_language()
    else:
        language = translation.get_language_from_request(request)
    with translation.override(language):
        response = TemplateResponse(request, "404.html", {"request_path": request.path}, status=404)
        response.render()
    return response
