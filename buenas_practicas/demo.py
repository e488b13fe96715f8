"""Demo content: the allies of the work plan, example practices and laws.

The allies and their roles come from the work plan (§4 and §6) and the public
facts; they are real and not marked as examples. Every practice and every
legal instrument is made up to show how the compendium and the repository
work: each is marked as an example and says so in its text.
"""

import datetime
import logging

from wagtail.models import Locale, Workflow, WorkflowPage

from buenas_practicas.models import (
    AllyIndexPage,
    AllyPage,
    GoodPracticeIndexPage,
    GoodPracticePage,
    LegalInstrumentPage,
    PopulationGroup,
    RepositoryIndexPage,
    Theme,
    WorkingGroup,
)
from home.demo import TARGET_LANGUAGES, T, translations_of
from home.models import HomePage, MemberInstitution
from home.translation import publish_translation

logger = logging.getLogger(__name__)

Kind = AllyPage.Kind

ALLY_INDEX = (
    "alianzas",
    T(
        "Alianzas estratégicas",
        "Strategic alliances",
        "Alianças estratégicas",
        "Alliances stratégiques",
    ),
    T(
        "Organizaciones con las que el grupo de trabajo coopera según su plan de "
        "trabajo 2025.",
        "Organisations the working group cooperates with under its 2025 work plan.",
        "Organizações com as quais o grupo de trabalho coopera segundo o seu plano "
        "de trabalho 2025.",
        "Organisations avec lesquelles le groupe de travail coopère selon son plan "
        "de travail 2025.",
    ),
)

CONGRESS_ROLE = T(
    "Aliado potencial del congreso internacional sobre movilidad humana y derechos "
    "humanos del Encuentro Anual de la RINDHCA.",
    "Potential ally of the international congress on human mobility and human "
    "rights at the RINDHCA Annual Meeting.",
    "Aliado potencial do congresso internacional sobre mobilidade humana e "
    "direitos humanos do Encontro Anual da RINDHCA.",
    "Allié potentiel du congrès international sur la mobilité humaine et les "
    "droits de l'homme de la Rencontre annuelle de la RINDHCA.",
)

# (slug, kind, name, acronym, role): work plan §6 and §4, acronyms from the facts.
ALLIES = [
    (
        "cartagena-40",
        Kind.INTERGOVERNMENTAL,
        T(
            "Secretaría del Proceso de Cartagena +40",
            "Secretariat of the Cartagena +40 Process",
            "Secretaria do Processo de Cartagena +40",
            "Secrétariat du Processus de Carthagène +40",
        ),
        T("", "", "", ""),
        T(
            "Para incidir en la incorporación formal de las INDH en el Mecanismo de "
            "Seguimiento.",
            "To advocate for the formal inclusion of NHRIs in the Follow-up Mechanism.",
            "Para incidir na incorporação formal das INDH no Mecanismo de "
            "Acompanhamento.",
            "Pour plaider en faveur de l'intégration formelle des INDH dans le "
            "Mécanisme de suivi.",
        ),
    ),
    (
        "acnur",
        Kind.UN_AGENCY,
        T(
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            "Office of the United Nations High Commissioner for Refugees",
            "Alto Comissariado das Nações Unidas para Refugiados",
            "Haut-Commissariat des Nations unies pour les réfugiés",
        ),
        T("ACNUR", "UNHCR", "ACNUR", "HCR"),
        T(
            "Aliado técnico en formación, monitoreo y protección de personas "
            "refugiadas y desplazadas.",
            "Technical ally in training, monitoring and protection of refugees and "
            "displaced people.",
            "Aliado técnico em formação, monitoramento e proteção de pessoas "
            "refugiadas e deslocadas.",
            "Allié technique en formation, suivi et protection des personnes "
            "réfugiées et déplacées.",
        ),
    ),
    (
        "apt",
        Kind.CIVIL_SOCIETY,
        T(
            "Alianza para la Prevención de la Tortura",
            "Association for the Prevention of Torture",
            "Associação para a Prevenção da Tortura",
            "Association pour la prévention de la torture",
        ),
        T("APT", "APT", "APT", "APT"),
        T(
            "Aliada en la Guía de Monitoreo: Prevención de la tortura y malos tratos "
            "en contextos de movilidad humana.",
            "Ally in the Monitoring Guide: Prevention of torture and ill-treatment "
            "in contexts of human mobility.",
            "Aliada no Guia de Monitoramento: Prevenção da tortura e maus-tratos em "
            "contextos de mobilidade humana.",
            "Alliée pour le Guide de suivi : prévention de la torture et des "
            "mauvais traitements dans les contextes de mobilité humaine.",
        ),
    ),
    (
        "cidh",
        Kind.INTERGOVERNMENTAL,
        T(
            "Comisión Interamericana de Derechos Humanos",
            "Inter-American Commission on Human Rights",
            "Comissão Interamericana de Direitos Humanos",
            "Commission interaméricaine des droits de l'homme",
        ),
        T("CIDH", "IACHR", "CIDH", "CIDH"),
        T(
            "Para fortalecer la incidencia y coordinación interinstitucional.",
            "To strengthen advocacy and inter-institutional coordination.",
            "Para fortalecer a incidência e a coordenação interinstitucional.",
            "Pour renforcer le plaidoyer et la coordination interinstitutionnelle.",
        ),
    ),
    (
        "oacnudh",
        Kind.UN_AGENCY,
        T(
            "Oficina del Alto Comisionado para los Derechos Humanos",
            "Office of the High Commissioner for Human Rights",
            "Escritório do Alto Comissariado para os Direitos Humanos",
            "Haut-Commissariat aux droits de l'homme",
        ),
        T("OACNUDH", "OHCHR", "ACNUDH", "HCDH"),
        T(
            "Apoyo en formación y estándares normativos.",
            "Support in training and normative standards.",
            "Apoio em formação e padrões normativos.",
            "Appui en matière de formation et de normes.",
        ),
    ),
    (
        "oim",
        Kind.UN_AGENCY,
        T(
            "Organización Internacional para las Migraciones",
            "International Organization for Migration",
            "Organização Internacional para as Migrações",
            "Organisation internationale pour les migrations",
        ),
        T("OIM", "IOM", "OIM", "OIM"),
        CONGRESS_ROLE,
    ),
    (
        "save-the-children",
        Kind.CIVIL_SOCIETY,
        T(
            "Save the Children",
            "Save the Children",
            "Save the Children",
            "Save the Children",
        ),
        T("", "", "", ""),
        CONGRESS_ROLE,
    ),
    (
        "unicef",
        Kind.UN_AGENCY,
        T(
            "Fondo de las Naciones Unidas para la Infancia",
            "United Nations Children's Fund",
            "Fundo das Nações Unidas para a Infância",
            "Fonds des Nations unies pour l'enfance",
        ),
        T("UNICEF", "UNICEF", "UNICEF", "UNICEF"),
        CONGRESS_ROLE,
    ),
    (
        "dialogo-diverso",
        Kind.CIVIL_SOCIETY,
        T(
            "Fundación Diálogo Diverso y la Red Regional por la Movilidad Humana "
            "LGBTIQ+",
            "Fundación Diálogo Diverso and the Regional Network for LGBTIQ+ Human "
            "Mobility",
            "Fundação Diálogo Diverso e a Rede Regional pela Mobilidade Humana LGBTIQ+",
            "Fondation Diálogo Diverso et le Réseau régional pour la mobilité "
            "humaine LGBTIQ+",
        ),
        T("", "", "", ""),
        T(
            "Para abordar los desafíos que enfrenta la población LGTB+ en "
            "situaciones de migración y movilidad.",
            "To address the challenges LGBT+ people face in situations of migration "
            "and mobility.",
            "Para enfrentar os desafios que a população LGBT+ enfrenta em situações "
            "de migração e mobilidade.",
            "Pour relever les défis auxquels sont confrontées les personnes LGBT+ "
            "en situation de migration et de mobilité.",
        ),
    ),
    (
        "aecid",
        Kind.DONOR,
        T(
            "Agencia Española de Cooperación Internacional para el Desarrollo",
            "Spanish Agency for International Development Cooperation",
            "Agência Espanhola de Cooperação Internacional para o Desenvolvimento",
            "Agence espagnole de coopération internationale pour le développement",
        ),
        T("AECID", "AECID", "AECID", "AECID"),
        CONGRESS_ROLE,
    ),
    (
        "comite-derechos-nino",
        Kind.OTHER,
        T(
            "Comité de los Derechos del Niño",
            "Committee on the Rights of the Child",
            "Comitê dos Direitos da Criança",
            "Comité des droits de l'enfant",
        ),
        T("CRC", "CRC", "CRC", "CRC"),
        CONGRESS_ROLE,
    ),
]

PRACTICE_INDEX = (
    "buenas-practicas",
    T("Buenas prácticas", "Good practices", "Boas práticas", "Bonnes pratiques"),
    T(
        "Compendio de buenas prácticas de las instituciones del grupo de trabajo "
        "(versión 2024, con actualización 2025).",
        "Compendium of good practices of the working group's institutions (2024 "
        "edition, updated in 2025).",
        "Compêndio de boas práticas das instituições do grupo de trabalho (versão "
        "2024, com atualização 2025).",
        "Recueil de bonnes pratiques des institutions du groupe de travail "
        "(version 2024, mise à jour en 2025).",
    ),
)

EXAMPLE_RESULTS = T(
    "Resultados de ejemplo: el texto solo muestra dónde se describen los "
    "resultados de una práctica.",
    "Example results: this text only shows where the results of a practice are "
    "described.",
    "Resultados de exemplo: o texto apenas mostra onde se descrevem os resultados "
    "de uma prática.",
    "Résultats d'exemple : ce texte montre seulement où sont décrits les résultats "
    "d'une pratique.",
)

# (slug, member slug, country, year, edition, themes, populations, groups, allies,
#  title, summary)
PRACTICES = [
    (
        "orientacion-juridica-en-frontera",
        "dpe-ecuador",
        "EC",
        2024,
        "2024",
        ["asylum"],
        ["refugees"],
        [],
        ["acnur"],
        T(
            "Ejemplo: orientación jurídica en frontera a personas solicitantes de "
            "refugio",
            "Example: legal guidance at the border for asylum seekers",
            "Exemplo: orientação jurídica na fronteira a pessoas solicitantes de "
            "refúgio",
            "Exemple : orientation juridique à la frontière pour les demandeurs "
            "d'asile",
        ),
        T(
            "Práctica de ejemplo: equipos que informan en la frontera sobre el "
            "derecho a solicitar refugio.",
            "Example practice: teams that inform people at the border about the "
            "right to seek asylum.",
            "Prática de exemplo: equipes que informam na fronteira sobre o direito "
            "de solicitar refúgio.",
            "Pratique d'exemple : des équipes informent à la frontière sur le droit "
            "de demander l'asile.",
        ),
    ),
    (
        "monitoreo-de-estaciones-migratorias",
        "cndh-mexico",
        "MX",
        2023,
        "2024",
        ["detention", "torture-prevention"],
        ["migrants"],
        [WorkingGroup.TORTURE_PREVENTION],
        ["apt"],
        T(
            "Ejemplo: visitas de monitoreo a lugares de detención migratoria",
            "Example: monitoring visits to places of immigration detention",
            "Exemplo: visitas de monitoramento a locais de detenção migratória",
            "Exemple : visites de suivi des lieux de détention des migrants",
        ),
        T(
            "Práctica de ejemplo: visitas periódicas sin aviso previo para prevenir "
            "la tortura y los malos tratos.",
            "Example practice: regular unannounced visits to prevent torture and "
            "ill-treatment.",
            "Prática de exemplo: visitas periódicas sem aviso prévio para prevenir "
            "a tortura e os maus-tratos.",
            "Pratique d'exemple : des visites régulières inopinées pour prévenir la "
            "torture et les mauvais traitements.",
        ),
    ),
    (
        "documentacion-de-ninez-migrante",
        "dpn-argentina",
        "AR",
        2024,
        "2025",
        ["children"],
        ["children"],
        [],
        ["unicef"],
        T(
            "Ejemplo: acceso a la documentación de niñas, niños y adolescentes "
            "migrantes",
            "Example: access to documents for migrant children and adolescents",
            "Exemplo: acesso à documentação de crianças e adolescentes migrantes",
            "Exemple : accès aux documents pour les enfants et adolescents migrants",
        ),
        T(
            "Práctica de ejemplo: acompañamiento de familias para que la niñez "
            "migrante obtenga sus documentos.",
            "Example practice: support to families so that migrant children obtain "
            "their documents.",
            "Prática de exemplo: acompanhamento de famílias para que as crianças "
            "migrantes obtenham seus documentos.",
            "Pratique d'exemple : accompagnement des familles pour que les enfants "
            "migrants obtiennent leurs documents.",
        ),
    ),
    (
        "acompanamiento-lgbtiq-en-transito",
        "defensoria-colombia",
        "CO",
        2025,
        "2025",
        ["lgbtiq"],
        ["lgbtiq"],
        [],
        ["dialogo-diverso"],
        T(
            "Ejemplo: acompañamiento a personas LGBTIQ+ en tránsito",
            "Example: support for LGBTIQ+ people in transit",
            "Exemplo: acompanhamento de pessoas LGBTIQ+ em trânsito",
            "Exemple : accompagnement des personnes LGBTIQ+ en transit",
        ),
        T(
            "Práctica de ejemplo: una red de puntos de atención que conoce los "
            "riesgos de las personas LGBTIQ+ en movilidad.",
            "Example practice: a network of help points aware of the risks LGBTIQ+ "
            "people face on the move.",
            "Prática de exemplo: uma rede de pontos de atendimento que conhece os "
            "riscos das pessoas LGBTIQ+ em mobilidade.",
            "Pratique d'exemple : un réseau de points d'accueil qui connaît les "
            "risques des personnes LGBTIQ+ en mobilité.",
        ),
    ),
    (
        "prevencion-de-la-trata-en-rutas",
        "defensoria-panama",
        "PA",
        2024,
        "2024",
        ["trafficking"],
        ["migrants", "women"],
        [],
        ["oim"],
        T(
            "Ejemplo: prevención de la trata de personas en rutas de tránsito",
            "Example: preventing trafficking in persons along transit routes",
            "Exemplo: prevenção do tráfico de pessoas em rotas de trânsito",
            "Exemple : prévention de la traite des personnes sur les routes de transit",
        ),
        T(
            "Práctica de ejemplo: información sobre señales de trata en los "
            "albergues de las rutas de tránsito.",
            "Example practice: information on signs of trafficking in shelters "
            "along transit routes.",
            "Prática de exemplo: informação sobre sinais de tráfico nos abrigos das "
            "rotas de trânsito.",
            "Pratique d'exemple : information sur les signes de traite dans les "
            "foyers des routes de transit.",
        ),
    ),
]

REPOSITORY_INDEX = (
    "repositorio-normativo",
    T(
        "Repositorio normativo regional",
        "Regional repository of laws",
        "Repositório normativo regional",
        "Répertoire normatif régional",
    ),
    T(
        "Repositorio normativo regional sobre migración y refugio, con la "
        "Defensoría del Pueblo de Ecuador como punto focal.",
        "Regional repository of laws and regulations on migration and refuge, with "
        "the Ombudsman's Office of Ecuador as focal point.",
        "Repositório normativo regional sobre migração e refúgio, com a Defensoria "
        "do Povo do Equador como ponto focal.",
        "Répertoire normatif régional sur la migration et le refuge, avec le "
        "Défenseur du peuple de l'Équateur comme point focal.",
    ),
)

EXAMPLE_INSTRUMENT_SUMMARY = T(
    "Registro de ejemplo para mostrar el repositorio: número, fecha y estado no "
    "son datos verificados.",
    "Example record to show the repository: number, date and status are not "
    "verified data.",
    "Registro de exemplo para mostrar o repositório: número, data e situação não "
    "são dados verificados.",
    "Fiche d'exemple pour montrer le répertoire : numéro, date et statut ne sont "
    "pas des données vérifiées.",
)

# (slug, country, kind, date, status, themes, title)
INSTRUMENTS = [
    (
        "ley-de-movilidad-humana-ecuador",
        "EC",
        "law",
        datetime.date(2017, 1, 1),
        "amended",
        ["asylum", "statelessness"],
        T(
            "Ejemplo: ley de movilidad humana (Ecuador)",
            "Example: human mobility law (Ecuador)",
            "Exemplo: lei de mobilidade humana (Equador)",
            "Exemple : loi sur la mobilité humaine (Équateur)",
        ),
    ),
    (
        "reforma-ley-de-movilidad-humana-ecuador",
        "EC",
        "law",
        datetime.date(2021, 1, 1),
        "in_force",
        ["asylum"],
        T(
            "Ejemplo: reforma de la ley de movilidad humana (Ecuador)",
            "Example: amendment to the human mobility law (Ecuador)",
            "Exemplo: reforma da lei de mobilidade humana (Equador)",
            "Exemple : réforme de la loi sur la mobilité humaine (Équateur)",
        ),
    ),
    (
        "ley-sobre-refugiados-mexico",
        "MX",
        "law",
        datetime.date(2011, 1, 1),
        "in_force",
        ["asylum"],
        T(
            "Ejemplo: ley sobre refugiados y protección complementaria (México)",
            "Example: law on refugees and complementary protection (Mexico)",
            "Exemplo: lei sobre refugiados e proteção complementar (México)",
            "Exemple : loi sur les réfugiés et la protection complémentaire (Mexique)",
        ),
    ),
    (
        "ley-de-migraciones-argentina",
        "AR",
        "law",
        datetime.date(2004, 1, 1),
        "in_force",
        ["migrant-workers"],
        T(
            "Ejemplo: ley de migraciones (Argentina)",
            "Example: migration law (Argentina)",
            "Exemplo: lei de migrações (Argentina)",
            "Exemple : loi sur les migrations (Argentine)",
        ),
    ),
    (
        "estatuto-de-proteccion-colombia",
        "CO",
        "decree",
        datetime.date(2021, 1, 1),
        "in_force",
        ["asylum", "migrant-workers"],
        T(
            "Ejemplo: decreto de estatuto temporal de protección (Colombia)",
            "Example: decree on temporary protection status (Colombia)",
            "Exemplo: decreto de estatuto temporário de proteção (Colômbia)",
            "Exemple : décret de statut de protection temporaire (Colombie)",
        ),
    ),
    (
        "sentencia-apatridia-peru",
        "PE",
        "ruling",
        datetime.date(2020, 1, 1),
        "in_force",
        ["statelessness", "children"],
        T(
            "Ejemplo: sentencia sobre el derecho a la nacionalidad (Perú)",
            "Example: ruling on the right to a nationality (Peru)",
            "Exemplo: sentença sobre o direito à nacionalidade (Peru)",
            "Exemple : arrêt sur le droit à une nationalité (Pérou)",
        ),
    ),
]


# The address of each index in every language; pages below keep their slug.
INDEX_SLUGS = {
    "alianzas": T("alianzas", "alliances", "aliancas", "alliances"),
    "buenas-practicas": T(
        "buenas-practicas", "good-practices", "boas-praticas", "bonnes-pratiques"
    ),
    "repositorio-normativo": T(
        "repositorio-normativo",
        "legal-repository",
        "repositorio-normativo",
        "repertoire-normatif",
    ),
}


def page_texts(*texts: T, language: str) -> dict[str, str]:
    return translations_of([text for text in texts if text.es], language)


def child_by_slug(parent, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def add_index(home: HomePage, model, spec) -> tuple:
    """The index under `home`, created and translated if missing."""
    slug, title, intro = spec
    index = child_by_slug(home, model, slug)
    if index is not None:
        return index, False
    index = model(title=title.es, slug=slug, intro=intro.es, show_in_menus=True)
    home.add_child(instance=index)
    index.save_revision().publish()
    for language in TARGET_LANGUAGES:
        publish_translation(
            index,
            language,
            page_texts(INDEX_SLUGS[slug], title, intro, language=language),
        )
    return index, True


def add_child(index, page, *texts: T) -> None:
    index.add_child(instance=page)
    page.save_revision().publish()
    for language in TARGET_LANGUAGES:
        publish_translation(page, language, page_texts(*texts, language=language))


def load_allies(home: HomePage) -> dict[str, AllyPage]:
    index, _created = add_index(home, AllyIndexPage, ALLY_INDEX)
    allies = {}
    for slug, kind, name, acronym, role in ALLIES:
        ally = child_by_slug(index, AllyPage, slug)
        if ally is None:
            ally = AllyPage(
                title=name.es, slug=slug, kind=kind, acronym=acronym.es, role=role.es
            )
            add_child(index, ally, name, acronym, role)
        allies[slug] = ally
    return allies


def load_practices(home: HomePage, allies: dict[str, AllyPage]) -> None:
    index, _created = add_index(home, GoodPracticeIndexPage, PRACTICE_INDEX)
    workflow = Workflow.objects.filter(name="Moderators approval", active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=index, defaults={"workflow": workflow})

    spanish = Locale.objects.get(language_code="es")
    for (
        slug,
        member,
        country,
        year,
        edition,
        themes,
        populations,
        groups,
        ally_slugs,
        title,
        summary,
    ) in PRACTICES:
        if child_by_slug(index, GoodPracticePage, slug) is not None:
            continue
        practice = GoodPracticePage(
            title=title.es,
            slug=slug,
            is_example=True,
            country=country,
            year=year,
            edition=edition,
            summary=summary.es,
            results=f"<p>{EXAMPLE_RESULTS.es}</p>",
            other_working_groups=list(groups),
        )
        practice.institutions.set(
            MemberInstitution.objects.filter(locale=spanish, slug=member)
        )
        practice.themes.set(Theme.objects.filter(locale=spanish, slug__in=themes))
        practice.population_groups.set(
            PopulationGroup.objects.filter(locale=spanish, slug__in=populations)
        )
        practice.allies.set([allies[key] for key in ally_slugs if key in allies])
        add_child(index, practice, title, summary, EXAMPLE_RESULTS)


def load_repository(home: HomePage) -> None:
    index, _created = add_index(home, RepositoryIndexPage, REPOSITORY_INDEX)
    spanish = Locale.objects.get(language_code="es")
    created = []
    for slug, country, kind, date, status, themes, title in INSTRUMENTS:
        if child_by_slug(index, LegalInstrumentPage, slug) is not None:
            continue
        instrument = LegalInstrumentPage(
            title=title.es,
            slug=slug,
            is_example=True,
            country=country,
            kind=kind,
            date_issued=date,
            status=status,
            summary=EXAMPLE_INSTRUMENT_SUMMARY.es,
        )
        instrument.themes.set(Theme.objects.filter(locale=spanish, slug__in=themes))
        index.add_child(instance=instrument)
        created.append((instrument, title))

    # The link is set before translating, so every language gets it.
    amended = child_by_slug(index, LegalInstrumentPage, INSTRUMENTS[0][0])
    amendment = child_by_slug(index, LegalInstrumentPage, INSTRUMENTS[1][0])
    if amended and amendment and amended.changed_by_id is None:
        amended.changed_by = amendment
        amended.save()
    for instrument, title in created:
        instrument.refresh_from_db()
        instrument.save_revision().publish()
        for language in TARGET_LANGUAGES:
            publish_translation(
                instrument,
                language,
                page_texts(title, EXAMPLE_INSTRUMENT_SUMMARY, language=language),
            )


def load(home: HomePage | None = None) -> None:
    if home is None:
        home = HomePage.objects.get(locale__language_code="es")
    allies = load_allies(home)
    load_practices(home, allies)
    load_repository(home)
    logger.info("Demo practices, allies and repository loaded under page %s", home.pk)
