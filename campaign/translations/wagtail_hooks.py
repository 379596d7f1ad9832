"""Admin wiring of the translators' tools: menu, URLs and the dashboard panel."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import Menu, MenuItem, SubmenuMenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from campaign.markets.languages import language_name
from campaign.translations.models import GlossaryTerm
from campaign.translations.report import counts_per_language
from campaign.translations.revisions import register_log_actions
from campaign.translations.views import (
    ExportView,
    MemoryFillView,
    SideBySideView,
    StatusReportView,
    allowed_languages,
)


class TranslatorMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(allowed_languages(request.user))


@hooks.register("register_admin_urls")
def register_translation_urls():
    return [
        path("translations/", StatusReportView.as_view(), name="translation_status"),
        path("translations/files/", ExportView.as_view(), name="translation_files"),
        path("translations/memory/fill/", MemoryFillView.as_view(), name="translation_memory_fill"),
        path(
            "translations/<int:content_type_id>/<str:pk>/<str:language>/",
            SideBySideView.as_view(),
            name="translation_side_by_side",
        ),
    ]


# History names the route of every translation: side by side or from a PO file.
hooks.register("register_log_actions", register_log_actions)


translations_menu = Menu(
    register_hook_name="register_translations_menu_item", construct_hook_name=None
)


@hooks.register("register_translations_menu_item")
def register_status_item():
    return TranslatorMenuItem(_("Status"), reverse("translation_status"), icon_name="list-ul")


@hooks.register("register_translations_menu_item")
def register_files_item():
    return TranslatorMenuItem(_("PO files"), reverse("translation_files"), icon_name="download")


class GlossaryViewSet(SnippetViewSet):
    """Brand terms and their required translation per language, under Translations."""

    model = GlossaryTerm
    icon = "doc-full"
    menu_label = _("Glossary")
    menu_hook = "register_translations_menu_item"
    list_display = ["term", "language", "translation", "note"]
    list_filter = ["language"]
    search_fields = ["term", "translation"]
    ordering = ["language", "term"]


register_snippet(GlossaryViewSet)


class TranslationsSubmenu(SubmenuMenuItem):
    def is_shown(self, request):
        return bool(allowed_languages(request.user))


@hooks.register("register_admin_menu_item")
def register_translations_menu():
    return TranslationsSubmenu(_("Translations"), translations_menu, icon_name="site", order=260)


class TranslationCountsPanel(Component):
    """Missing and out-of-date fields per language, on the dashboard of everyone who translates."""

    name = "translation_counts"
    order = 110
    template_name = "campaign_translations/dashboard_panel.html"

    def __init__(self, languages):
        self.languages = languages

    def get_context_data(self, parent_context):
        counts = counts_per_language(self.languages)
        return {
            "counts": [(language_name(lang), counted) for lang, counted in counts.items()],
            "report_url": reverse("translation_status"),
        }


@hooks.register("construct_homepage_panels")
def add_translation_counts(request, panels):
    languages = allowed_languages(request.user)
    if languages:
        panels.append(TranslationCountsPanel(languages))
