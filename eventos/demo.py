"""Demo events: the work plan's 2025 workshop, webinar and annual meeting talk.

A fourth, invented webinar a month ahead of the day the demo is loaded lets a
fresh install try registering; it says on its page that it is an example.

The plan gives the month and the allies of each activity but not its day or
time, so every event page is marked as an example and says that its date is
one. Running the loader again changes nothing: pages are looked up by slug.
"""

import logging
from datetime import datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale
from wagtail.rich_text import RichText

from eventos.models import EventIndexPage, EventPage, EventType, Modality
from home.demo import TARGET_LANGUAGES, T
from home.models import HomePage, MemberInstitution
from home.translation import publish_translation

logger = logging.getLogger(__name__)

PANAMA = "America/Panama"


class DemoEvent(NamedTuple):
    slug: T
    title: T
    intro: T
    paragraphs: list[T]
    event_type: str
    modality: str
    place: T
    start: datetime
    end: datetime
    allies: list[str]
    organisers: list[str]


INDEX_SLUG = T("eventos", "events", "eventos", "evenements")
INDEX_TITLE = T("Eventos", "Events", "Eventos", "Événements")
INDEX_INTRO = T(
    "Talleres, webinarios y encuentros del grupo de trabajo. Inscríbase en línea "
    "y añada cada evento a su calendario.",
    "Workshops, webinars and meetings of the working group. Register online and "
    "add each event to your calendar.",
    "Oficinas, webinários e encontros do grupo de trabalho. Inscreva-se on-line e "
    "adicione cada evento ao seu calendário.",
    "Ateliers, webinaires et rencontres du groupe de travail. Inscrivez-vous en "
    "ligne et ajoutez chaque événement à votre agenda.",
)
EXAMPLE_DATE = T(
    "Ejemplo: el plan de trabajo indica el mes de esta actividad, pero no el día "
    "ni la hora; la fecha y la hora de esta página son un ejemplo.",
    "Example: the work plan gives the month of this activity but not its day or "
    "time; the date and time on this page are an example.",
    "Exemplo: o plano de trabalho indica o mês desta atividade, mas não o dia nem "
    "a hora; a data e a hora desta página são um exemplo.",
    "Exemple : le plan de travail indique le mois de cette activité, mais ni le "
    "jour ni l'heure ; la date et l'heure de cette page sont un exemple.",
)
VIRTUAL_PLACE = T("En línea", "Online", "On-line", "En ligne")

GUIDE = (
    "Guía de Monitoreo: Prevención de la tortura y malos tratos en contextos de "
    "movilidad humana"
)
GUIDE_EN = (
    "Monitoring Guide: Prevention of torture and ill-treatment in contexts of "
    "human mobility"
)
GUIDE_PT = (
    "Guia de Monitoramento: Prevenção da tortura e maus-tratos em contextos de "
    "mobilidade humana"
)
GUIDE_FR = (
    "Guide de suivi : Prévention de la torture et des mauvais traitements dans "
    "les contextes de mobilité humaine"
)

EVENTS = [
    DemoEvent(
        slug=T(
            "presentacion-ruta-guia-de-monitoreo",
            "monitoring-guide-work-route",
            "apresentacao-rota-guia-de-monitoramento",
            "presentation-feuille-de-route-guide-de-suivi",
        ),
        title=T(
            "Presentación de la ruta de trabajo de la Guía de Monitoreo",
            "Presentation of the work route for the Monitoring Guide",
            "Apresentação da rota de trabalho do Guia de Monitoramento",
            "Présentation de la feuille de route du Guide de suivi",
        ),
        intro=T(
            f"Presentación, en el Encuentro Anual de la RINDHCA, de la ruta de "
            f"trabajo para la implementación de la {GUIDE}.",
            f"Presentation, at the RINDHCA Annual Meeting, of the work route for "
            f"implementing the {GUIDE_EN}.",
            f"Apresentação, no Encontro Anual da RINDHCA, da rota de trabalho para "
            f"a implementação do {GUIDE_PT}.",
            f"Présentation, lors de la Rencontre annuelle de la RINDHCA, de la "
            f"feuille de route pour la mise en œuvre du {GUIDE_FR}.",
        ),
        paragraphs=[
            T(
                "El Encuentro Anual de la RINDHCA y el Congreso internacional sobre "
                "movilidad humana y derechos humanos se realizaron en la Ciudad de "
                "Panamá el 29 y 30 de abril de 2025, con la Defensoría del Pueblo "
                "de Panamá como anfitriona.",
                "The RINDHCA Annual Meeting and the International Congress on Human "
                "Mobility and Human Rights took place in Panama City on 29 and 30 "
                "April 2025, hosted by the Ombudsman's Office of Panama.",
                "O Encontro Anual da RINDHCA e o Congresso internacional sobre "
                "mobilidade humana e direitos humanos foram realizados na Cidade do "
                "Panamá em 29 e 30 de abril de 2025, tendo a Defensoria do Povo do "
                "Panamá como anfitriã.",
                "La Rencontre annuelle de la RINDHCA et le Congrès international sur "
                "la mobilité humaine et les droits de l'homme se sont tenus à Panama "
                "les 29 et 30 avril 2025, accueillis par le Défenseur du peuple du "
                "Panama.",
            ),
            T(
                "Producto esperado: la presentación de la ruta. Aliados: APT, "
                "OACNUDH y la Defensoría del Pueblo de Panamá.",
                "Expected product: the presentation of the route. Allies: APT, "
                "OHCHR and the Ombudsman's Office of Panama.",
                "Produto esperado: a apresentação da rota. Aliados: APT, ACNUDH e a "
                "Defensoria do Povo do Panamá.",
                "Produit attendu : la présentation de la feuille de route. Alliés : "
                "APT, HCDH et le Défenseur du peuple du Panama.",
            ),
        ],
        event_type=EventType.PRESENTATION,
        modality=Modality.IN_PERSON,
        place=T("Ciudad de Panamá", "Panama City", "Cidade do Panamá", "Panama"),
        start=datetime(2025, 4, 29, 15, 0, tzinfo=ZoneInfo(PANAMA)),
        end=datetime(2025, 4, 29, 16, 0, tzinfo=ZoneInfo(PANAMA)),
        allies=["APT", "OACNUDH"],
        organisers=["defensoria-panama"],
    ),
    DemoEvent(
        slug=T(
            "taller-virtual-guia-de-monitoreo",
            "virtual-workshop-monitoring-guide",
            "oficina-virtual-guia-de-monitoramento",
            "atelier-virtuel-guide-de-suivi",
        ),
        title=T(
            "Taller virtual sobre la Guía de Monitoreo",
            "Virtual workshop on the Monitoring Guide",
            "Oficina virtual sobre o Guia de Monitoramento",
            "Atelier virtuel sur le Guide de suivi",
        ),
        intro=T(
            f"Taller virtual sobre la {GUIDE}.",
            f"Virtual workshop on the {GUIDE_EN}.",
            f"Oficina virtual sobre o {GUIDE_PT}.",
            f"Atelier virtuel sur le {GUIDE_FR}.",
        ),
        paragraphs=[
            T(
                "Actividad de mayo de 2025 del plan de trabajo. Producto esperado: "
                "el webinar de presentación de la Guía de Monitoreo. Aliados: APT y "
                "OACNUDH.",
                "Activity of May 2025 in the work plan. Expected product: the "
                "webinar presenting the Monitoring Guide. Allies: APT and OHCHR.",
                "Atividade de maio de 2025 do plano de trabalho. Produto esperado: o "
                "webinário de apresentação do Guia de Monitoramento. Aliados: APT e "
                "ACNUDH.",
                "Activité de mai 2025 du plan de travail. Produit attendu : le "
                "webinaire de présentation du Guide de suivi. Alliés : APT et HCDH.",
            ),
        ],
        event_type=EventType.WORKSHOP,
        modality=Modality.VIRTUAL,
        place=VIRTUAL_PLACE,
        start=datetime(2025, 5, 20, 10, 0, tzinfo=ZoneInfo(PANAMA)),
        end=datetime(2025, 5, 20, 12, 0, tzinfo=ZoneInfo(PANAMA)),
        allies=["APT", "OACNUDH"],
        organisers=[],
    ),
    DemoEvent(
        slug=T(
            "webinar-protocolo-migrantes-refugiadas",
            "webinar-protocol-migrants-refugees",
            "webinario-protocolo-migrantes-refugiadas",
            "webinaire-protocole-migrants-refugies",
        ),
        title=T(
            "Webinar de presentación del Protocolo de atención y protección a "
            "personas migrantes y refugiadas",
            "Webinar presenting the Protocol for the care and protection of "
            "migrants and refugees",
            "Webinário de apresentação do Protocolo de atendimento e proteção a "
            "pessoas migrantes e refugiadas",
            "Webinaire de présentation du Protocole de prise en charge et de "
            "protection des personnes migrantes et réfugiées",
        ),
        intro=T(
            "Presentación regional del Protocolo de protección de derechos de la "
            "población migrante y refugiada del grupo de trabajo.",
            "Regional presentation of the working group's Protocol for the "
            "protection of the rights of migrants and refugees.",
            "Apresentação regional do Protocolo de proteção de direitos da "
            "população migrante e refugiada do grupo de trabalho.",
            "Présentation régionale du Protocole de protection des droits des "
            "populations migrantes et réfugiées du groupe de travail.",
        ),
        paragraphs=[
            T(
                "Actividad de junio de 2025 del plan de trabajo. Producto esperado: "
                "una capacitación regional con memorias sistematizadas.",
                "Activity of June 2025 in the work plan. Expected product: a "
                "regional training with systematized proceedings.",
                "Atividade de junho de 2025 do plano de trabalho. Produto esperado: "
                "uma capacitação regional com memórias sistematizadas.",
                "Activité de juin 2025 du plan de travail. Produit attendu : une "
                "formation régionale avec des actes systématisés.",
            ),
            T(
                "Aliados: INDH miembros, ACNUR, Fundación Diálogo Diverso y la Red "
                "Regional por la Movilidad Humana LGBTIQ+.",
                "Allies: member NHRIs, UNHCR, Fundación Diálogo Diverso and the Red "
                "Regional por la Movilidad Humana LGBTIQ+.",
                "Aliados: INDH membros, ACNUR, Fundación Diálogo Diverso e a Red "
                "Regional por la Movilidad Humana LGBTIQ+.",
                "Alliés : INDH membres, HCR, Fundación Diálogo Diverso et la Red "
                "Regional por la Movilidad Humana LGBTIQ+.",
            ),
        ],
        event_type=EventType.WEBINAR,
        modality=Modality.VIRTUAL,
        place=VIRTUAL_PLACE,
        start=datetime(2025, 6, 17, 10, 0, tzinfo=ZoneInfo(PANAMA)),
        end=datetime(2025, 6, 17, 12, 0, tzinfo=ZoneInfo(PANAMA)),
        allies=["ACNUR", "Diálogo Diverso"],
        organisers=[],
    ),
]


SAMPLE_SLUG = T(
    "webinar-de-ejemplo",
    "sample-webinar",
    "webinario-de-exemplo",
    "webinaire-d-exemple",
)
SAMPLE_TITLE = T(
    "Ejemplo: webinar abierto para probar la inscripción",
    "Example: an open webinar to try registration",
    "Exemplo: webinário aberto para testar a inscrição",
    "Exemple : un webinaire ouvert pour essayer l'inscription",
)
SAMPLE_INTRO = T(
    "Un evento inventado, siempre un mes por delante, para que quien instala el "
    "sitio pueda inscribirse, recibir el correo y cancelar.",
    "A made-up event, always a month ahead, so that whoever installs the site can "
    "register, receive the mail and cancel.",
    "Um evento inventado, sempre um mês à frente, para que quem instala o site "
    "possa se inscrever, receber o e-mail e cancelar.",
    "Un événement inventé, toujours un mois à l'avance, pour que la personne qui "
    "installe le site puisse s'inscrire, recevoir le courriel et annuler.",
)
SAMPLE_PARAGRAPH = T(
    "Ejemplo: este webinar no existe; ni la fecha, ni el enlace de conexión son "
    "reales.",
    "Example: this webinar does not exist; neither its date nor its joining link "
    "is real.",
    "Exemplo: este webinário não existe; nem a data nem o link de acesso são reais.",
    "Exemple : ce webinaire n'existe pas ; ni sa date ni son lien de connexion ne "
    "sont réels.",
)


def _sample_event(index: EventIndexPage) -> None:
    """An upcoming example webinar, so a fresh install can try registering."""
    if EventPage.objects.child_of(index).filter(slug=SAMPLE_SLUG.es).exists():
        return
    zone = ZoneInfo(PANAMA)
    day = (timezone.now() + timedelta(days=30)).astimezone(zone).date()
    start = datetime.combine(day, time(10, 0), tzinfo=zone)
    texts = [SAMPLE_SLUG, SAMPLE_TITLE, SAMPLE_INTRO, SAMPLE_PARAGRAPH, VIRTUAL_PLACE]
    page = EventPage(
        title=SAMPLE_TITLE.es,
        slug=SAMPLE_SLUG.es,
        intro=SAMPLE_INTRO.es,
        event_type=EventType.WEBINAR,
        modality=Modality.VIRTUAL,
        place=VIRTUAL_PLACE.es,
        start=start,
        end=start + timedelta(hours=1, minutes=30),
        time_zone=PANAMA,
        capacity=50,
        joining_url="https://example.org/webinar-de-ejemplo",
        is_example=True,
        body=[("paragraph", RichText(f"<p>{SAMPLE_PARAGRAPH.es}</p>"))],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    for language in TARGET_LANGUAGES:
        publish_translation(page, language, {t.es: getattr(t, language) for t in texts})


def _allies(names: list[str], locale: Locale) -> list:
    """The alliance profiles of these acronyms or names, where they exist."""
    try:
        from buenas_practicas.models import AllyPage
    except ImportError:
        return []
    found = []
    for name in names:
        ally = (
            AllyPage.objects.filter(locale=locale)
            .filter(Q(acronym__iexact=name) | Q(title__icontains=name))
            .first()
        )
        if ally:
            found.append(ally)
    return found


def _index(home: HomePage) -> EventIndexPage:
    index = EventIndexPage.objects.child_of(home).first()
    if index:
        return index
    index = EventIndexPage(
        title=INDEX_TITLE.es,
        slug=INDEX_SLUG.es,
        intro=INDEX_INTRO.es,
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    for language in TARGET_LANGUAGES:
        publish_translation(
            index,
            language,
            {
                t.es: getattr(t, language)
                for t in [INDEX_TITLE, INDEX_SLUG, INDEX_INTRO]
            },
        )
    return index


def _event(index: EventIndexPage, demo: DemoEvent) -> None:
    if EventPage.objects.child_of(index).filter(slug=demo.slug.es).exists():
        return
    texts = [
        demo.slug,
        demo.title,
        demo.intro,
        demo.place,
        EXAMPLE_DATE,
        *demo.paragraphs,
    ]
    page = EventPage(
        title=demo.title.es,
        slug=demo.slug.es,
        intro=demo.intro.es,
        event_type=demo.event_type,
        modality=demo.modality,
        place=demo.place.es,
        start=demo.start,
        end=demo.end,
        time_zone=PANAMA,
        is_example=True,
        body=[
            ("paragraph", RichText(f"<p>{text.es}</p>"))
            for text in [EXAMPLE_DATE, *demo.paragraphs]
        ],
    )
    index.add_child(instance=page)
    page.allies.set(_allies(demo.allies, index.locale))
    page.organisers.set(
        MemberInstitution.objects.filter(locale=index.locale, slug__in=demo.organisers)
    )
    page.save_revision().publish()
    for language in TARGET_LANGUAGES:
        publish_translation(page, language, {t.es: getattr(t, language) for t in texts})
    logger.info("demo event %s built in %d languages", page.pk, 4)


def load(home: HomePage | None = None) -> HomePage:
    home = home or HomePage.objects.get(locale__language_code="es")
    index = _index(home)
    for demo in EVENTS:
        _event(index, demo)
    _sample_event(index)
    return home
