"""Good practices, alliance profiles and the regional repository of laws."""

from buenas_practicas.models.allies import AllyIndexPage, AllyPage
from buenas_practicas.models.links import linked_events, localized_names
from buenas_practicas.models.practices import (
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticePageForm,
    PracticeProposal,
    WorkingGroup,
)
from buenas_practicas.models.repository import LegalInstrumentPage, RepositoryIndexPage
from buenas_practicas.models.terms import PopulationGroup, TaxonomyTerm, Theme

__all__ = [
    "AllyIndexPage",
    "AllyPage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "GoodPracticePageForm",
    "LegalInstrumentPage",
    "PopulationGroup",
    "PracticeProposal",
    "RepositoryIndexPage",
    "TaxonomyTerm",
    "Theme",
    "WorkingGroup",
    "linked_events",
    "localized_names",
]
