"""Translators' admin views: status report, side-by-side editor, PO export and upload."""

import csv

from django.conf import settings
from django.contrib import messages
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.models import Page

from campaign.markets.availability import runs_in
from campaign.markets.current import active_markets
from campaign.markets.languages import SOURCE_LANGUAGE, language_name, target_languages
from campaign.markets.roles import roles_for
from campaign.platform.admin_views import TitledAdminView, edit_url
from campaign.translations.assist import next_item_to_translate, source_changes, unit_aids
from campaign.translations.checks import glossary
from campaign.translations.fill import fill_exact_matches
from campaign.translations.forms import (
    ExportForm,
    MemoryFillForm,
    ReportFilterForm,
    SideBySideForm,
    UploadForm,
)
from campaign.translations.gaps import refresh_gaps
from campaign.translations.items import find_item, working_copy
from campaign.translations.memory import MemoryEntry
from campaign.translations.po import ImportRefused, export_catalog, import_catalog
from campaign.translations.report import (
    counts_per_language,
    report_gaps,
    report_languages,
    rows_for,
)
from campaign.translations.revisions import (
    SIDE_BY_SIDE,
    lock_against,
    log_confirmation,
    save_translation,
    submit_for_review,
)
from campaign.translations.slugs import slug_field_name
from campaign.translations.status import (
    COVERED,
    STALE,
    confirm_translation,
    kept_sources,
    sources_made_from,
    translation_problems,
)
from campaign.translations.units import apply_translations, units_for

# Rows of the report on one page; the CSV holds them all.
ROWS_PER_PAGE = 100


def allowed_languages(user):
    """The languages ``user`` translates (every target language for editors and admins)."""
    return roles_for(user).translated_languages


def side_by_side_url(item, language):
    content_type = ContentType.objects.get_for_model(item)
    return reverse("translation_side_by_side", args=[content_type.pk, item.pk, language])


class TranslatorViewMixin(TitledAdminView):
    def dispatch(self, request, *args, **kwargs):
        self.languages = allowed_languages(request.user)
        if not self.languages:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class StatusReportView(TranslatorViewMixin, TemplateView):
    """Every missing or stale field, filterable by language, market and content type."""

    template_name = "campaign_translations/report.html"
    page_title = gettext_lazy("Translation status")
    header_icon = "site"

    def get(self, request, *args, **kwargs):
        form = ReportFilterForm(request.GET or None, languages=self.languages)
        filters = form.cleaned_data if form.is_valid() else {}
        market, content_type = filters.get("market"), filters.get("type") or None
        languages = report_languages(filters.get("language"), market, allowed=self.languages)
        covered = filters.get("show") == "covered"
        gaps = report_gaps(languages, market, content_type, covered=covered)
        if request.GET.get("format") == "csv":
            return self.csv_response(rows_for(gaps))
        page = Paginator(gaps, ROWS_PER_PAGE).get_page(request.GET.get("page"))
        rows = rows_for(page.object_list)
        changes = source_changes(rows)
        for index, row in enumerate(rows):
            row.edit_url = edit_url(row.item)
            row.side_by_side_url = side_by_side_url(row.item, row.language)
            row.source_changes = changes.get(index, [])
        filter_query = request.GET.copy()
        filter_query.pop("page", None)
        context = self.get_context_data(
            filter_form=form,
            fill_form=MemoryFillForm(languages=self.languages),
            rows=rows,
            page=page,
            counts=counts_per_language(languages, market, content_type),
            covered=covered,
            language_names={code: language_name(code) for code in target_languages()},
            csv_query=filter_query.urlencode(),
        )
        return self.render_to_response(context)

    def csv_response(self, rows):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="translation-status.csv"'
        writer = csv.writer(response)
        writer.writerow(["item", "type", "field", "language", "state", "covered_by", "editor"])
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        for row in rows:
            writer.writerow(
                [
                    str(row.item),
                    row.item._meta.verbose_name,
                    row.field_label,
                    row.language,
                    row.state,
                    row.covered_by,
                    base + edit_url(row.item),
                ]
            )
        return response


class MemoryFillView(TranslatorViewMixin, TemplateView):
    """Fill one language's missing texts with the memory's exact matches, for review."""

    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = MemoryFillForm(request.POST, languages=self.languages)
        if not form.is_valid():
            messages.error(request, _("Choose one of your languages to fill."))
            return redirect("translation_status")
        language = form.cleaned_data["language"]
        report = fill_exact_matches(language, request.user)
        if report.items:
            messages.success(
                request,
                _(
                    "%(texts)s texts of %(items)s items were filled from the translation memory "
                    "and submitted for review."
                )
                % {"texts": report.texts, "items": len(report.items)},
            )
        else:
            messages.info(request, _("The memory holds no exact match for a missing text."))
        if report.locked:
            messages.warning(
                request,
                _("Locked, so left as they are: %(items)s.") % {"items": ", ".join(report.locked)},
            )
        return redirect(f"{reverse('translation_status')}?language={language}")


class SideBySideView(TranslatorViewMixin, TemplateView):
    """The source text of every translatable field beside its translation in one language."""

    template_name = "campaign_translations/side_by_side.html"
    header_icon = "site"

    def setup(self, request, content_type_id, pk, language, **kwargs):
        super().setup(request, **kwargs)
        content_type = ContentType.objects.filter(pk=content_type_id).first()
        original = (
            find_item(content_type.app_label, content_type.model, pk) if content_type else None
        )
        if original is None or language not in target_languages():
            raise Http404
        self.original = original
        self.item = working_copy(original)
        self.language = language
        self.page_title = _("Translate “%(item)s” into %(language)s") % {
            "item": self.item,
            "language": language_name(language),
        }

    def dispatch(self, request, *args, **kwargs):
        if self.language not in allowed_languages(request.user):
            raise PermissionDenied
        # The lock the page editor applies: during "Editorial review" translators wait.
        self.lock = lock_against(self.original, request.user)
        return super().dispatch(request, *args, **kwargs)

    @property
    def parent_breadcrumbs(self):
        return [{"url": reverse("translation_status"), "label": _("Translation status")}]

    def get_form(self, data=None):
        self.units = units_for(self.item, self.language)
        self.terms = glossary(self.language)
        problems = translation_problems(self.item, [self.language], with_covered=True)
        self.stale_fields = [p.field for p in problems if p.state == STALE]
        self.covered = {
            p.field: language_name(p.covered_by) for p in problems if p.state == COVERED
        }
        return SideBySideForm(
            data,
            units=self.units,
            page=self.item if isinstance(self.item, Page) else None,
            language=self.language,
            model=type(self.item),
            terms=self.terms,
            stale_fields=self.stale_fields,
        )

    def get(self, request, *args, **kwargs):
        return self.render_form(self.get_form())

    def post(self, request, *args, **kwargs):
        form = self.get_form(request.POST)
        if self.lock is not None:
            messages.error(request, _("The translation could not be saved as the item is locked."))
            return self.render_form(form)
        if not form.is_valid():
            messages.error(request, _("The translation could not be saved due to errors."))
            return self.render_form(form)
        texts = form.changed_texts()
        texts.update(self.memory_choice(request.POST.get("use", "")))
        changed = apply_translations(self.item, self.language, texts)
        slug = form.changed_slug()
        if slug is not None:
            # An empty slug is no slug: the page keeps its source slug in this language.
            setattr(self.item, slug_field_name(self.language), slug or None)
            changed.append("slug")
        confirmed = [
            name
            for name in form.confirmed_fields()
            if name not in changed and confirm_translation(self.item, name, self.language)
        ]
        if confirmed:
            log_confirmation(self.original, request.user, self.language, confirmed)
            refresh_gaps(self.original)
            messages.success(request, _("The translations were confirmed as still correct."))
        if changed:
            save_translation(self.item, request.user, SIDE_BY_SIDE, self.language)
            if "submit" in request.POST:
                submit_for_review(self.original, request.user)
            messages.success(request, _("The translation was saved as a new revision."))
        elif not confirmed:
            messages.info(request, _("Nothing was changed."))
        if "next" in request.POST and (following := self.next_item()) is not None:
            return redirect(following)
        return redirect(request.path)

    def memory_choice(self, value):
        """``{unit key: text}`` of a memory suggestion chosen with its "Use" button."""
        index, _sep, entry_id = value.partition(":")
        if not (index.isdigit() and entry_id.isdigit()) or int(index) >= len(self.units):
            return {}
        entry = MemoryEntry.objects.filter(pk=entry_id, language=self.language).first()
        return {self.units[int(index)].key: entry.translation} if entry else {}

    def next_item(self):
        gap = next_item_to_translate(self.original, self.language)
        if gap is None:
            return None
        return reverse(
            "translation_side_by_side", args=[gap.content_type_id, gap.object_id, self.language]
        )

    def preview_links(self):
        """Links to the draft as visitors of each market in this language will see it."""
        if not isinstance(self.item, Page):
            return []
        return [
            (
                market.name,
                reverse("wagtailadmin_pages:view_draft", args=[self.item.pk])
                + f"?mode={market.code}",
            )
            for market in active_markets()
            if market.language == self.language and runs_in(self.item, market)
        ]

    def render_form(self, form):
        made_from = sources_made_from(self.item, self.language, kept_sources([self.item]))
        context = self.get_context_data(
            form=form,
            media=form.media,
            item=self.item,
            language_name=language_name(self.language),
            source_slug=getattr(self.item, slug_field_name(SOURCE_LANGUAGE), ""),
            stale_fields=set(self.stale_fields),
            covered_fields=self.covered,
            aids=unit_aids(self.units, self.language, self.stale_fields, made_from, self.terms),
            confirm_choices={choice.data["value"]: choice for choice in form["confirm"].subwidgets},
            next_url=self.next_item(),
            preview_links=self.preview_links(),
            edit_url=edit_url(self.original),
            in_workflow=self.item.workflow_in_progress,
            lock_message=self.lock.get_message(self.request.user) if self.lock else None,
        )
        return self.render_to_response(context)


class ExportView(TranslatorViewMixin, TemplateView):
    """Download a PO file of one language (limited to the translator's own languages)."""

    template_name = "campaign_translations/export.html"
    page_title = gettext_lazy("Translation files")
    header_icon = "download"

    def get(self, request, *args, **kwargs):
        export_form = ExportForm(request.GET or None, languages=self.languages)
        if request.GET and export_form.is_valid():
            data = export_form.cleaned_data
            catalog = export_catalog(data["language"], data["market"], data["only_missing"])
            market = data["market"].code if data["market"] else "all"
            # The two exports hold different entries: their files must not share a name.
            missing = "-missing" if data["only_missing"] else ""
            # Language codes and market codes are slugs already.
            name = f"campaign-{data['language']}-{market}{missing}"
            response = HttpResponse(
                str(catalog), content_type="text/x-gettext-translation; charset=utf-8"
            )
            response["Content-Disposition"] = f'attachment; filename="{name}.po"'
            return response
        return self.render_to_response(
            self.get_context_data(export_form=export_form, upload_form=UploadForm())
        )

    def post(self, request, *args, **kwargs):
        upload_form = UploadForm(files=request.FILES)
        outcome = {}
        if upload_form.is_valid():
            languages = self.languages
            expected = languages[0] if len(languages) == 1 else None
            try:
                outcome["report"] = import_catalog(
                    upload_form.catalog, user=request.user, expected_language=expected
                )
            except ImportRefused as refusal:
                outcome["import_error"] = f"{refusal} {_('Nothing was written.')}"
        return TemplateResponse(
            request,
            self.template_name,
            self.get_context_data(
                export_form=ExportForm(languages=self.languages),
                upload_form=upload_form,
                **outcome,
            ),
        )
