"""The themes and population groups the compendium starts with, in four languages.

Editors add more as snippets; these are seeded by a migration so that a new
site can classify practices from its first day.
"""

import uuid

THEMES = [
    (
        "asylum",
        "Acceso al asilo y al refugio",
        "Access to asylum and refuge",
        "Acesso ao asilo e ao refúgio",
        "Accès à l'asile et au refuge",
    ),
    (
        "detention",
        "Detención migratoria",
        "Immigration detention",
        "Detenção migratória",
        "Détention des migrants",
    ),
    (
        "torture-prevention",
        "Prevención de la tortura",
        "Prevention of torture",
        "Prevenção da tortura",
        "Prévention de la torture",
    ),
    (
        "children",
        "Niñez y adolescencia",
        "Children and adolescents",
        "Crianças e adolescentes",
        "Enfants et adolescents",
    ),
    (
        "lgbtiq",
        "Personas LGBTIQ+",
        "LGBTIQ+ people",
        "Pessoas LGBTIQ+",
        "Personnes LGBTIQ+",
    ),
    (
        "afro-descendants",
        "Personas afrodescendientes",
        "People of African descent",
        "Pessoas afrodescendentes",
        "Personnes d'ascendance africaine",
    ),
    (
        "environmental-displacement",
        "Desplazamiento por causas ambientales",
        "Displacement for environmental reasons",
        "Deslocamento por causas ambientais",
        "Déplacement pour raisons environnementales",
    ),
    (
        "migrant-workers",
        "Personas trabajadoras migrantes",
        "Migrant workers",
        "Trabalhadores migrantes",
        "Travailleurs migrants",
    ),
    (
        "trafficking",
        "Trata de personas",
        "Trafficking in persons",
        "Tráfico de pessoas",
        "Traite des personnes",
    ),
    ("statelessness", "Apatridia", "Statelessness", "Apatridia", "Apatridie"),
]

POPULATIONS = [
    (
        "migrants",
        "Personas migrantes",
        "Migrants",
        "Pessoas migrantes",
        "Personnes migrantes",
    ),
    (
        "refugees",
        "Personas refugiadas y solicitantes de asilo",
        "Refugees and asylum seekers",
        "Pessoas refugiadas e solicitantes de asilo",
        "Personnes réfugiées et demandeuses d'asile",
    ),
    (
        "displaced",
        "Personas desplazadas internas",
        "Internally displaced people",
        "Pessoas deslocadas internas",
        "Personnes déplacées internes",
    ),
    (
        "stateless",
        "Personas apátridas",
        "Stateless people",
        "Pessoas apátridas",
        "Personnes apatrides",
    ),
    (
        "children",
        "Niñas, niños y adolescentes",
        "Children and adolescents",
        "Crianças e adolescentes",
        "Enfants et adolescents",
    ),
    ("women", "Mujeres", "Women", "Mulheres", "Femmes"),
    (
        "lgbtiq",
        "Personas LGBTIQ+",
        "LGBTIQ+ people",
        "Pessoas LGBTIQ+",
        "Personnes LGBTIQ+",
    ),
    (
        "afro-descendants",
        "Personas afrodescendientes",
        "People of African descent",
        "Pessoas afrodescendentes",
        "Personnes d'ascendance africaine",
    ),
    (
        "indigenous",
        "Pueblos indígenas",
        "Indigenous peoples",
        "Povos indígenas",
        "Peuples autochtones",
    ),
    (
        "returnees",
        "Personas retornadas",
        "Returnees",
        "Pessoas retornadas",
        "Personnes de retour",
    ),
]

LANGUAGES = ["es", "en", "pt", "fr"]


def seed_terms(locale_model, theme_model, population_model) -> None:
    """Creates the starting terms that are missing; existing ones are kept."""
    locales = {row.language_code: row for row in locale_model.objects.all()}
    for model, terms in [(theme_model, THEMES), (population_model, POPULATIONS)]:
        for slug, *names in terms:
            existing = model.objects.filter(slug=slug).first()
            key = existing.translation_key if existing else uuid.uuid4()
            for code, name in zip(LANGUAGES, names, strict=True):
                if code in locales:
                    model.objects.get_or_create(
                        locale=locales[code],
                        slug=slug,
                        defaults={"name": name, "translation_key": key},
                    )
