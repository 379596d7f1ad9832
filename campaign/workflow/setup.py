"""Creates the campaign's roles and its approval workflow; safe to run again."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils.translation import gettext as _

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from campaign.markets.languages import target_languages
from campaign.markets.roles import (
    APPROVERS,
    EDITORS,
    market_lead_group,
    translator_group,
)
from campaign.models import CampaignHomePage, Market, Quote, Statistic
from campaign.workflow.models import MarketReviewTask, TranslationCheckTask

WORKFLOW_NAME = "Campaign approval"
SNIPPET_MODELS = (Quote, Statistic)

# Page permissions per role, granted on the campaign's home page and everything below it.
PAGE_PERMISSIONS = {
    "editor": ["add_page", "change_page", "lock_page", "unlock_page"],
    "translator": ["change_page"],
    "lead": ["change_page"],
    "approver": ["change_page", "publish_page"],
}
# Brand terms are kept by editors and by the translators who use them.
GLOSSARY_ACTIONS = {
    "editor": ["add", "change", "delete", "view"],
    "translator": ["add", "change", "view"],
    "lead": ["view"],
    "approver": ["view"],
}
SNIPPET_ACTIONS = {
    "editor": ["add", "change", "delete", "lock", "unlock"],
    "translator": ["change"],
    "lead": ["change"],
    "approver": ["change", "publish"],
}
COLLECTION_PERMISSIONS = {
    "editor": [
        ("wagtailimages", "add_image"),
        ("wagtailimages", "change_image"),
        ("wagtailimages", "choose_image"),
        ("wagtaildocs", "add_document"),
        ("wagtaildocs", "change_document"),
        ("wagtaildocs", "choose_document"),
        ("wagtailmedia", "add_media"),
        ("wagtailmedia", "change_media"),
    ],
    "translator": [("wagtaildocs", "add_document"), ("wagtaildocs", "choose_document")],
    "lead": [],
    "approver": [],
}


def _permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _group(name, role):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for model in SNIPPET_MODELS:
        for action in SNIPPET_ACTIONS[role]:
            group.permissions.add(
                _permission(model._meta.app_label, f"{action}_{model._meta.model_name}")
            )
    for action in GLOSSARY_ACTIONS[role]:
        group.permissions.add(_permission("campaign_translations", f"{action}_glossaryterm"))
    root_collection = Collection.get_first_root_node()
    for app_label, codename in COLLECTION_PERMISSIONS[role]:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=root_collection, permission=_permission(app_label, codename)
        )
    return group


def ensure_roles():
    """The groups of every role, with their Wagtail permissions; returns them by role."""
    groups = {
        "editor": [_group(EDITORS, "editor")],
        "approver": [_group(APPROVERS, "approver")],
        "translator": [
            _group(translator_group(language), "translator") for language in target_languages()
        ],
        "lead": [
            _group(market_lead_group(code), "lead")
            for code in Market.objects.values_list("code", flat=True)
        ],
    }
    home = CampaignHomePage.objects.first() or Page.get_first_root_node()
    for role, role_groups in groups.items():
        for group in role_groups:
            for codename in PAGE_PERMISSIONS[role]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=home, permission=_permission("wagtailcore", codename)
                )
    return groups


def _task(model, name, groups):
    task = model.objects.filter(name=name).first() or model.objects.create(name=name)
    task.groups.set(groups)
    return task


def _retire_plain_market_review(workflow):
    """Take an earlier set-up's market review (a plain group approval) out of the workflow.

    It is deactivated rather than deleted, so its history stays; Wagtail cancels what waits
    at it, and those items move on to the step that replaced it.
    """
    names = {"Market review", _("Market review")}
    for task in GroupApprovalTask.objects.filter(name__in=names, workflow_tasks__workflow=workflow):
        WorkflowTask.objects.filter(workflow=workflow, task=task).delete()
        if task.active and not task.workflow_tasks.exists():
            task.deactivate()


def ensure_workflow(groups):
    """The “Campaign approval” workflow on the page tree and on quotes and statistics."""
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    tasks = [
        _task(GroupApprovalTask, _("Editorial review"), groups["editor"]),
        _task(
            TranslationCheckTask, _("Translation check"), groups["translator"] + groups["editor"]
        ),
        _task(MarketReviewTask, _("Market review"), groups["lead"]),
        _task(GroupApprovalTask, _("Brand approval"), groups["approver"]),
    ]
    for order, task in enumerate(tasks):
        WorkflowTask.objects.update_or_create(
            workflow=workflow, task=task, defaults={"sort_order": order}
        )
    _retire_plain_market_review(workflow)
    home = CampaignHomePage.objects.first()
    if home is not None:
        WorkflowPage.objects.update_or_create(page=home, defaults={"workflow": workflow})
    for model in SNIPPET_MODELS:
        WorkflowContentType.objects.update_or_create(
            content_type=ContentType.objects.get_for_model(model), defaults={"workflow": workflow}
        )
    return workflow


def setup_campaign_roles():
    groups = ensure_roles()
    return groups, ensure_workflow(groups)
