"""Translators' changes as revisions: by their author, in the item's History, never past a lock.

The side-by-side editor and PO imports save what the page editor would save, so they keep
its rules: the same locks stop them, and History says which route a change came by.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.locks import ScheduledForPublishLock, WorkflowLock
from wagtail.log_actions import LogFormatter, log

from campaign.markets.languages import language_name

SIDE_BY_SIDE = "campaign_translations.side_by_side"
PO_IMPORT = "campaign_translations.po_import"
CONFIRMED = "campaign_translations.confirmed"
MEMORY_FILL = "campaign_translations.memory_fill"


class TranslationLogFormatter(LogFormatter):
    """A History entry that names the route a translation came by and its language."""

    def format_message(self, log_entry):
        code = (log_entry.data or {}).get("language", "")
        return self.message % {"language": language_name(code)}


class SideBySideLogFormatter(TranslationLogFormatter):
    """A revision saved in the side-by-side editor."""

    label = _("Translate side by side")
    message = _("Translated side by side (%(language)s)")


class ImportLogFormatter(TranslationLogFormatter):
    """A revision saved by a PO import, uploaded in the admin or run as a command."""

    label = _("Import a PO file")
    message = _("Imported from a PO file (%(language)s)")


class MemoryFillLogFormatter(TranslationLogFormatter):
    """A revision that took exact matches from the translation memory."""

    label = _("Fill from the translation memory")
    message = _("Filled from the translation memory (%(language)s)")


class ConfirmedLogFormatter(LogFormatter):
    """Out-of-date translations confirmed as right for the new source, unchanged."""

    label = _("Confirm translations")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        return gettext("Confirmed as still correct (%(language)s): %(fields)s") % {
            "language": language_name(data.get("language", "")),
            "fields": ", ".join(data.get("fields", [])),
        }


# Called once, as Wagtail starts, before a mutant could be switched on: not mutated.
# pragma: no mutate start
def register_log_actions(actions):
    actions.register_action(SIDE_BY_SIDE)(SideBySideLogFormatter)
    actions.register_action(PO_IMPORT)(ImportLogFormatter)
    actions.register_action(MEMORY_FILL)(MemoryFillLogFormatter)
    actions.register_action(CONFIRMED)(ConfirmedLogFormatter)


# pragma: no mutate end


def log_confirmation(item, user, language, fields):
    """Say in ``item``'s History who confirmed which fields, in which language."""
    labels = [str(item._meta.get_field(name).verbose_name) for name in fields]
    log(
        instance=item,
        action=CONFIRMED,
        user=user,
        data={"language": language, "fields": labels},
    )


def lock_against(item, user):
    """The lock that keeps ``user`` from editing ``item`` in the page editor, or None.

    Without a user (a command run without ``--user``) there is no one a lock could let
    through, so every lock applies.
    """
    get_lock = getattr(item, "get_lock", None)
    lock = get_lock() if get_lock else None
    if lock is None or (user is not None and not lock.for_user(user)):
        return None
    return lock


def describe_lock(item, lock):
    """“The rower” (awaiting “Editorial review”): the item and why it is locked."""
    if isinstance(lock, WorkflowLock):
        reason = gettext("awaiting “%(task)s”") % {"task": lock.task.name}
    elif isinstance(lock, ScheduledForPublishLock):
        reason = gettext("scheduled to go live")
    else:
        reason = gettext("locked for editing")
    return gettext("“%(item)s” (%(reason)s)") % {"item": item, "reason": reason}


def submit_for_review(item, user):
    """Join the review already under way, or start the campaign's workflow on ``item``."""
    if item.workflow_in_progress:
        return
    workflow = item.get_workflow()
    if workflow is not None:
        workflow.start(item, user)


def save_translation(item, user, action, language):
    """Save ``item`` as a new revision by ``user`` and log it in the item's History."""
    revision = item.save_revision(user=user)
    log(
        instance=item,
        action=action,
        user=user,
        revision=revision,
        content_changed=True,
        data={"language": language},
    )
    return revision
