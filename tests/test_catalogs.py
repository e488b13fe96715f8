"""Every string the site shows has a translation in Spanish, Portuguese and French."""

import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command

SECTIONS = ["sitio", "home", "boletin", "eventos", "buenas_practicas"]
LANGUAGES = ["es", "pt", "fr"]


@pytest.mark.parametrize("section", SECTIONS)
def test_catalog_translates_every_string_of_the_section(section, tmp_path, monkeypatch):
    source = Path(settings.BASE_DIR) / section
    copy = tmp_path / section
    shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo"))
    (copy / "locale").mkdir(exist_ok=True)
    monkeypatch.chdir(copy)

    # Extracting again from the code merges what the committed catalogs hold:
    # a string added to the code without a translation shows up as empty.
    call_command("makemessages", locale=LANGUAGES, verbosity=0, no_obsolete=True)

    problems = []
    for language in LANGUAGES:
        catalog = copy / "locale" / language / "LC_MESSAGES" / "django.po"
        if not catalog.exists():
            continue
        for entry in polib.pofile(str(catalog)):
            translated = (
                all(entry.msgstr_plural.values())
                if entry.msgid_plural
                else bool(entry.msgstr)
            )
            if not translated or "fuzzy" in entry.flags:
                problems.append(f"{language}: {entry.msgid!r}")
    assert not problems, "\n".join(problems)
