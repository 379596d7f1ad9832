"""The campaign's own workflow steps: the translation check and the per-market review."""

from campaign.workflow.models.market_review import (
    MarketApproval,
    MarketReviewTask,
    MarketReviewTaskState,
)
from campaign.workflow.models.translation_check import TranslationCheckTask, latest_content

__all__ = [
    "MarketApproval",
    "MarketReviewTask",
    "MarketReviewTaskState",
    "TranslationCheckTask",
    "latest_content",
]
