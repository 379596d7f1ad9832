"""The interface catalogs in locale/ are complete: nothing untranslated, fuzzy or missing."""

import shutil
import subprocess
import sys
from pathlib import Path

from django.conf import settings

import polib
import pytest

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LOCALES = ["zh_Hans", "ja", "ko", "en_GB"]
SOURCES = ["manage.py", "campaign", "stories", "locale"]


def catalog(locale):
    return polib.pofile(str(LOCALE_DIR / locale / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("locale", LOCALES)
def test_catalog_has_no_untranslated_or_fuzzy_entry(locale):
    entries = [entry for entry in catalog(locale) if not entry.obsolete]

    untranslated = [entry.msgid for entry in entries if not entry.translated()]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]

    assert entries
    assert untranslated == []
    assert fuzzy == []


@pytest.fixture(scope="module")
def extracted_messages(tmp_path_factory):
    """Every message makemessages finds in the project's code, extracted in a scratch copy."""
    if shutil.which("xgettext") is None:
        pytest.fail("gettext is not installed: run `make install`.")
    work = tmp_path_factory.mktemp("messages")
    for name in SOURCES:
        source = Path(settings.BASE_DIR) / name
        if source.is_dir():
            shutil.copytree(source, work / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, work / name)
    subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "manage.py", "makemessages", "-l", "ja", "--keep-pot", "--no-obsolete"],
        cwd=work,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "campaign.settings.test"},
    )
    pot = polib.pofile(str(work / "locale" / "django.pot"))
    return {(entry.msgctxt, entry.msgid) for entry in pot if entry.msgid}


@pytest.mark.parametrize("locale", LOCALES)
def test_every_message_in_the_code_is_in_the_catalog(extracted_messages, locale):
    known = {(entry.msgctxt, entry.msgid) for entry in catalog(locale) if entry.translated()}

    missing = sorted(msgid for msgctxt, msgid in extracted_messages - known)

    assert missing == [], f"New strings to translate with `make messages`: {missing}"
