"""A page's slug in a target language, checked as Wagtail checks the source slug."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.widgets.slug import SlugInput

from modeltranslation.utils import build_localized_fieldname

from campaign.markets.languages import SOURCE_LANGUAGE, language_name


def slug_field_name(language):
    return build_localized_fieldname("slug", language)


def sibling_reached_at(page, language, slug):
    """The sibling of ``page`` that visitors in ``language`` reach at ``slug``, if any.

    A sibling without a slug in ``language`` is reached at its source slug, as routing
    falls back to it: that slug is taken in ``language`` too.
    """
    parent = page.get_parent()
    if parent is None:
        return None
    field = slug_field_name(language)
    untranslated = Q(**{f"{field}__isnull": True}) | Q(**{field: ""})
    taken = Q(**{field: slug}) | (untranslated & Q(**{slug_field_name(SOURCE_LANGUAGE): slug}))
    return parent.get_children().exclude(pk=page.pk).filter(taken).first()


class TranslatedSlugField(forms.SlugField):
    """The slug of ``page`` in ``language``: empty falls back to the source slug."""

    def __init__(self, *, page, language, **kwargs):
        self.page = page
        self.language = language
        kwargs.setdefault("label", _("Slug"))
        kwargs.setdefault(
            "help_text",
            _(
                "The last part of the page's address in this language. "
                "Leave it empty to use the source slug."
            ),
        )
        super().__init__(
            required=False,
            max_length=255,
            # The same characters Wagtail's own slug field takes, and its slugifying input.
            allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True),
            initial=getattr(page, slug_field_name(language)) or "",
            widget=SlugInput(),
            **kwargs,
        )

    def validate(self, value):
        super().validate(value)
        sibling = sibling_reached_at(self.page, self.language, value) if value else None
        if sibling is not None:
            raise ValidationError(
                gettext(
                    "The slug “%(slug)s” is already in use in %(language)s by “%(page)s”, "
                    "a page under the same parent page."
                )
                % {
                    "slug": value,
                    "language": language_name(self.language),
                    "page": sibling.get_admin_display_title(),
                },
                code="slug_in_use",
            )
