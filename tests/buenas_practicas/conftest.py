"""Builders for practices, instruments and their indexes."""

import datetime
import itertools

import pytest
from wagtail.models import Locale

from buenas_practicas.models import (
    AllyIndexPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    LegalInstrumentPage,
    PopulationGroup,
    RepositoryIndexPage,
    Theme,
)
from buenas_practicas.taxonomy import seed_terms
from home.models import MemberInstitution

counter = itertools.count(1)


def theme(slug: str) -> Theme:
    return Theme.objects.get(slug=slug, locale__language_code="es")


def population(slug: str) -> PopulationGroup:
    return PopulationGroup.objects.get(slug=slug, locale__language_code="es")


def add_practice(
    index, *, themes=(), populations=(), institutions=(), revision=True, **fields
):
    """A live practice; without `revision` it skips the revision, for speed."""
    number = next(counter)
    defaults = {
        "title": f"Práctica {number}",
        "slug": f"practica-{number}",
        "country": "EC",
        "year": 2024,
        "edition": "2024",
        "summary": f"Resumen de la práctica {number}.",
    }
    allies = fields.pop("allies", ())
    page = GoodPracticePage(**{**defaults, **fields})
    page.themes.set([theme(slug) for slug in themes])
    page.population_groups.set([population(slug) for slug in populations])
    page.institutions.set(institutions)
    page.allies.set(allies)
    index.add_child(instance=page)
    if revision:
        page.save_revision().publish()
    return page


def add_instrument(index, *, themes=(), revision=True, **fields):
    number = next(counter)
    defaults = {
        "title": f"Ley {number}",
        "slug": f"ley-{number}",
        "country": "EC",
        "kind": "law",
        "number": str(number),
        "date_issued": datetime.date(2017, 2, 6),
    }
    page = LegalInstrumentPage(**{**defaults, **fields})
    page.themes.set([theme(slug) for slug in themes])
    index.add_child(instance=page)
    if revision:
        page.save_revision().publish()
    return page


def add_member(slug: str, name: str, country: str) -> MemberInstitution:
    return MemberInstitution.objects.create(
        locale=Locale.get_default(),
        name=name,
        slug=slug,
        country=country,
        subregion="andean",
    )


@pytest.fixture(autouse=True)
def terms(locales) -> None:
    """The starting themes and population groups, as the migration seeds them."""
    seed_terms(Locale, Theme, PopulationGroup)


@pytest.fixture
def practice_index(home_page) -> GoodPracticeIndexPage:
    index = GoodPracticeIndexPage(title="Buenas prácticas", slug="buenas-practicas")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def repository_index(home_page) -> RepositoryIndexPage:
    index = RepositoryIndexPage(title="Repositorio normativo", slug="repositorio")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index


@pytest.fixture
def ally_index(home_page) -> AllyIndexPage:
    index = AllyIndexPage(title="Alianzas", slug="alianzas")
    home_page.add_child(instance=index)
    index.save_revision().publish()
    return index
