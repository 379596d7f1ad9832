"""Demo work in progress: an edit waiting for approval and a later go-live in one market."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from wagtail.models import WorkflowState

from campaign.models import Market, PageMarketSchedule
from campaign.workflow.setup import WORKFLOW_NAME
from stories.models import AthleteStoryPage

EDITED_STORY_SLUG = "bobby-pearce"
SCHEDULED_STORY_SLUG = "pita-taufatofua"
LATE_MARKET = "uk"


def ensure_story_in_moderation(editor_username):
    """A changed summary of one story, submitted to the workflow by the demo editor."""
    story = AthleteStoryPage.objects.filter(slug_en=EDITED_STORY_SLUG).first()
    if story is None or WorkflowState.objects.for_instance(story).exists():
        return None
    editor = get_user_model().objects.get(username=editor_username)
    draft = story.get_latest_revision_as_object()
    draft.summary_en = (
        "In 1928 Bobby Pearce stopped mid-race to let a family of ducks pass, then won anyway: "
        "the small decision the campaign's rowing film is about."
    )
    revision = draft.save_revision(user=editor)
    workflow = story.get_workflow()
    if workflow is None or workflow.name != WORKFLOW_NAME:
        return None
    return workflow.start(story, editor), revision


def ensure_late_go_live():
    """One story goes live in the UK a week after the other markets."""
    story = AthleteStoryPage.objects.filter(slug_en=SCHEDULED_STORY_SLUG).first()
    market = Market.objects.filter(code=LATE_MARKET).first()
    if story is None or market is None:
        return None
    # Nine in the morning in London, a week from today: go-lives are set to the minute.
    a_week_later = timezone.localtime(timezone.now() + timedelta(days=7), market.tzinfo)
    go_live_at = a_week_later.replace(hour=9, minute=0, second=0, microsecond=0)
    schedule, _created = PageMarketSchedule.objects.get_or_create(
        page=story, market=market, defaults={"go_live_at": go_live_at}
    )
    return schedule
