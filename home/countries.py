"""Countries of the Americas, the region of the network, by ISO 3166-1 code."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    ANTIGUA_AND_BARBUDA = "AG", _("Antigua and Barbuda")
    ARGENTINA = "AR", _("Argentina")
    BAHAMAS = "BS", _("Bahamas")
    BARBADOS = "BB", _("Barbados")
    BELIZE = "BZ", _("Belize")
    BOLIVIA = "BO", _("Bolivia")
    BRAZIL = "BR", _("Brazil")
    CANADA = "CA", _("Canada")
    CHILE = "CL", _("Chile")
    COLOMBIA = "CO", _("Colombia")
    COSTA_RICA = "CR", _("Costa Rica")
    CUBA = "CU", _("Cuba")
    DOMINICA = "DM", _("Dominica")
    DOMINICAN_REPUBLIC = "DO", _("Dominican Republic")
    ECUADOR = "EC", _("Ecuador")
    EL_SALVADOR = "SV", _("El Salvador")
    GRENADA = "GD", _("Grenada")
    GUATEMALA = "GT", _("Guatemala")
    GUYANA = "GY", _("Guyana")
    HAITI = "HT", _("Haiti")
    HONDURAS = "HN", _("Honduras")
    JAMAICA = "JM", _("Jamaica")
    MEXICO = "MX", _("Mexico")
    NICARAGUA = "NI", _("Nicaragua")
    PANAMA = "PA", _("Panama")
    PARAGUAY = "PY", _("Paraguay")
    PERU = "PE", _("Peru")
    SAINT_KITTS_AND_NEVIS = "KN", _("Saint Kitts and Nevis")
    SAINT_LUCIA = "LC", _("Saint Lucia")
    SAINT_VINCENT = "VC", _("Saint Vincent and the Grenadines")
    SURINAME = "SR", _("Suriname")
    TRINIDAD_AND_TOBAGO = "TT", _("Trinidad and Tobago")
    UNITED_STATES = "US", _("United States")
    URUGUAY = "UY", _("Uruguay")
    VENEZUELA = "VE", _("Venezuela")


class Subregion(models.TextChoices):
    NORTH_AMERICA = "north_america", _("North America")
    CENTRAL_AMERICA = "central_america", _("Central America")
    CARIBBEAN = "caribbean", _("Caribbean")
    ANDEAN = "andean", _("Andean region")
    SOUTHERN = "southern", _("Southern region")
