"""The market review: every market an item runs in is approved by one of its own leads."""

from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models, transaction
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.utils import get_user_display_name
from wagtail.log_actions import log
from wagtail.models import AbstractGroupApprovalTask, TaskState

from campaign.markets.availability import markets_running
from campaign.markets.roles import market_lead_group, roles_for
from campaign.workflow.models.translation_check import latest_content

APPROVE_MARKET_ACTION = "campaign_workflow.approve_market"


def market_names(markets):
    return ", ".join(str(market) for market in markets)


class MarketReviewTaskState(TaskState):
    """A market review of one item, with the approvals its markets have given so far."""

    class Meta:
        verbose_name = _("market review state")
        verbose_name_plural = _("market review states")

    def get_comment(self):
        # The workflow history shows this: who approved which market, and who is awaited.
        # A request for changes (or a cancellation) keeps its own comment: that is its reason.
        if self.status not in (self.STATUS_IN_PROGRESS, self.STATUS_APPROVED):
            return self.comment
        approvals = list(self.market_approvals.select_related("market", "approved_by"))
        if not approvals:
            return self.comment
        parts = [approval.summary() for approval in approvals]
        if self.status == self.STATUS_IN_PROGRESS:
            waiting = self.task.specific.waiting_markets(self)
            if waiting:
                parts.append(
                    gettext("waiting for %(markets)s") % {"markets": market_names(waiting)}
                )
        return "; ".join(parts)


class MarketApproval(models.Model):
    """One market's approval at a market review, given by one of that market's leads."""

    task_state = models.ForeignKey(
        MarketReviewTaskState,
        on_delete=models.CASCADE,
        related_name="market_approvals",
        verbose_name=_("market review"),
    )
    market = models.ForeignKey(
        "campaign.Market", on_delete=models.CASCADE, related_name="+", verbose_name=_("market")
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("approved by"),
    )
    approved_at = models.DateTimeField(_("approved at"), auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        ordering = ["market__sort_order", "market__code"]
        verbose_name = _("market approval")
        verbose_name_plural = _("market approvals")
        constraints = [
            models.UniqueConstraint(
                fields=["task_state", "market"], name="one_approval_per_market_review"
            )
        ]

    def __str__(self):
        return self.summary()

    def summary(self):
        who = get_user_display_name(self.approved_by) if self.approved_by else gettext("unknown")
        text = gettext("%(market)s approved by %(user)s") % {"market": self.market, "user": who}
        return f"{text}: “{self.comment}”" if self.comment else text


@dataclass
class MarketReview:
    """Where the market review of one item stands, as one user sees it."""

    markets: list
    approvals: list
    mine: list

    @property
    def waiting(self):
        approved = {approval.market_id for approval in self.approvals}
        return [market for market in self.markets if market.pk not in approved]

    @property
    def to_approve(self):
        """The waiting markets this user's approval covers."""
        return [market for market in self.mine if market in self.waiting]

    @property
    def waiting_after(self):
        """The markets still waiting once this user has approved."""
        return [market for market in self.waiting if market not in self.mine]

    @property
    def may_approve(self):
        # Nothing waiting but the step still open (a market was taken off the item after
        # the others approved): any of the item's leads may close it.
        return bool(self.to_approve) or (bool(self.mine) and not self.waiting)


class MarketReviewTask(AbstractGroupApprovalTask):
    """Each market an item runs in is approved by one of its own leads.

    The step stays in progress until every market the item runs in (the markets chosen for
    it, or every active market) has been approved by a member of that market's lead group
    among this task's groups. Each approval is recorded (``MarketApproval``) and logged; the
    approval dialog and the workflow history say which markets are still waiting. A lead is
    offered nothing for an item that does not run in their markets, and no Approve once
    their markets have approved. Superusers approve every waiting market at once. Requesting
    changes ends the step: after resubmission every market approves again. An item whose
    markets are all inactive is approved as in a plain group approval.
    """

    task_state_class = MarketReviewTaskState

    class Meta:
        verbose_name = _("Market review")
        verbose_name_plural = _("Market reviews")

    @cached_property
    def _group_names(self):
        return set(self.groups.values_list("name", flat=True))

    def concerned_markets(self, obj):
        """The active markets ``obj`` runs in, as its latest revision has them."""
        # Asked several times per admin request; the item's latest revision decides it.
        kept = obj.__dict__.setdefault("_markets_under_review", {})
        key = getattr(obj, "latest_revision_id", None)
        if key not in kept:
            kept[key] = markets_running(latest_content(obj))
        return kept[key]

    def led_markets(self, user, markets):
        """Those of ``markets`` that ``user`` approves for here: all of them for a superuser."""
        if user is None:
            return []
        if user.is_superuser:
            return list(markets)
        codes = roles_for(user).market_codes
        return [
            market
            for market in markets
            if market.code in codes and market_lead_group(market.code) in self._group_names
        ]

    def review_for(self, obj, user, task_state=None):
        """Where ``obj``'s review stands for ``user``, at ``task_state`` or the open one."""
        task_state = task_state or self._current_state(obj)
        markets = self.concerned_markets(obj)
        approvals = (
            list(
                MarketApproval.objects.filter(task_state_id=task_state.pk).select_related(
                    "market", "approved_by"
                )
            )
            if task_state is not None
            else []
        )
        return MarketReview(markets, approvals, self.led_markets(user, markets))

    def waiting_markets(self, task_state):
        obj = task_state.workflow_state.content_object
        return self.review_for(obj, None, task_state).waiting

    def _current_state(self, obj):
        return (
            TaskState.objects.for_instance(obj)
            .filter(task=self, status=TaskState.STATUS_IN_PROGRESS)
            .first()
        )

    def get_actions(self, obj, user):
        review = self.review_for(obj, user)
        if not review.markets:
            return super().get_actions(obj, user)
        if not review.mine:
            return []
        actions = [("reject", _("Request changes"), True)]
        if review.may_approve:
            label = (
                _("Approve for %(markets)s") % {"markets": market_names(review.to_approve)}
                if review.to_approve
                else _("Approve")
            )
            # Always through the dialog: it says which markets are still waiting.
            actions.append(("approve", label, True))
        return actions

    def user_can_access_editor(self, obj, user):
        if not self.concerned_markets(obj):
            return super().user_can_access_editor(obj, user)
        return user.is_superuser or bool(self.led_markets(user, self.concerned_markets(obj)))

    def locked_for_user(self, obj, user):
        return not self.user_can_access_editor(obj, user)

    def user_can_lock(self, obj, user):
        return not user.is_superuser and self.user_can_access_editor(obj, user)

    def get_template_for_action(self, action):
        if action == "approve":
            return "campaign_workflow/market_review_approve.html"
        return super().get_template_for_action(action)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        states = self.task_states.filter(status=TaskState.STATUS_IN_PROGRESS)
        if user.is_superuser:
            return states
        if not roles_for(user).market_codes:
            return TaskState.objects.none()
        waiting_for_user = [
            state.pk
            for state in states.select_related("workflow_state")
            if self.review_for(state.workflow_state.content_object, user, state).may_approve
        ]
        return states.filter(pk__in=waiting_for_user)

    def notified_groups(self, obj):
        """The lead groups of the markets ``obj`` runs in."""
        names = [market_lead_group(market.code) for market in self.concerned_markets(obj)]
        return self.groups.filter(name__in=names) if names else self.groups.all()

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name != "approve":
            return super().on_action(task_state, user, action_name, **kwargs)
        with transaction.atomic():
            # Locked so that two leads approving at the same moment cannot each leave the
            # other's market waiting.
            state = MarketReviewTaskState.objects.select_for_update().get(pk=task_state.pk)
            if state.status != TaskState.STATUS_IN_PROGRESS:
                raise PermissionDenied
            review = self.review_for(state.workflow_state.content_object, user, state)
            if not review.markets:
                return super().on_action(state, user, action_name, **kwargs)
            if not review.may_approve:
                raise PermissionDenied
            comment = kwargs.get("comment", "")
            for market in review.to_approve:
                MarketApproval.objects.create(
                    task_state=state, market=market, approved_by=user, comment=comment
                )
            self._log_approval(state, user, review.to_approve, review.waiting_after, comment)
            if not review.waiting_after:
                state.approve(user=user, comment=comment)
        return None

    def _log_approval(self, state, user, markets, waiting, comment):
        log(
            instance=state.revision.as_object(),
            action=APPROVE_MARKET_ACTION,
            user=user,
            revision=state.revision,
            data={
                "workflow": {
                    "id": state.workflow_state.workflow_id,
                    "title": state.workflow_state.workflow.name,
                    "task_state_id": state.pk,
                    "task": {"id": self.pk, "title": self.name},
                },
                "markets": [market.code for market in markets],
                "waiting": [market.code for market in waiting],
                "comment": comment,
            },
        )

    @classmethod
    def get_description(cls):
        return _("Each market the item runs in is approved by one of its own leads.")
