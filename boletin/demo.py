"""Demo news and one thematic bulletin edition, in the four languages of the site.

The news tell public facts: the 2025 congress in Panama City, its Declaration
01/2025 and the Chile Declaration and Plan of Action of Cartagena +40. The
work plan announces a thematic edition on the rights of people on the move
for December but not its contents, so that edition is an example and says
so. Running the loader again changes nothing: pages are looked up by slug.
"""

import datetime
import logging
from typing import NamedTuple

from wagtail.rich_text import RichText

from boletin.models import BulletinIndexPage, BulletinPage, NewsIndexPage, NewsPage
from home.demo import TARGET_LANGUAGES, T
from home.models import HomePage
from home.translation import publish_translation

logger = logging.getLogger(__name__)


class DemoNews(NamedTuple):
    slug: T
    title: T
    summary: T
    paragraphs: list[T]
    date: datetime.date
    tags: list[str]
    is_example: bool


def _paragraphs(texts: list[T]) -> list[tuple[str, RichText]]:
    return [("paragraph", RichText(f"<p>{text.es}</p>")) for text in texts]


def _publish_translations(page, texts: list[T]) -> None:
    for language in TARGET_LANGUAGES:
        publish_translation(
            page, language, {text.es: getattr(text, language) for text in texts}
        )


NEWS_INDEX = {
    "slug": T("noticias", "news", "noticias", "actualites"),
    "title": T("Noticias", "News", "Notícias", "Actualités"),
    "intro": T(
        "Lo que hace el grupo de trabajo y lo que ocurre en la región sobre los "
        "derechos de las personas en movilidad.",
        "What the working group does and what happens in the region on the "
        "rights of people on the move.",
        "O que o grupo de trabalho faz e o que acontece na região sobre os "
        "direitos das pessoas em mobilidade.",
        "Ce que fait le groupe de travail et ce qui se passe dans la région sur "
        "les droits des personnes en mobilité.",
    ),
}

BULLETIN_INDEX = {
    "slug": T("boletin", "bulletin", "boletim", "bulletin"),
    "title": T("Boletín", "Bulletin", "Boletim", "Bulletin"),
    "intro": T(
        "Las ediciones temáticas del boletín de la RINDHCA preparadas por el grupo "
        "de trabajo. Suscríbase para recibirlas por correo en su idioma.",
        "The thematic editions of the RINDHCA bulletin prepared by the working "
        "group. Subscribe to receive them by email in your language.",
        "As edições temáticas do boletim da RINDHCA preparadas pelo grupo de "
        "trabalho. Assine para recebê-las por e-mail no seu idioma.",
        "Les éditions thématiques du bulletin de la RINDHCA préparées par le "
        "groupe de travail. Abonnez-vous pour les recevoir par courriel dans "
        "votre langue.",
    ),
}

CONGRESS = T(
    "El Encuentro Anual 2025 de la RINDHCA y el Congreso internacional sobre "
    "movilidad humana y derechos humanos se realizaron en la Ciudad de Panamá el "
    "29 y 30 de abril de 2025, con la Defensoría del Pueblo de Panamá como "
    "anfitriona.",
    "The 2025 RINDHCA Annual Meeting and the International Congress on Human "
    "Mobility and Human Rights took place in Panama City on 29 and 30 April "
    "2025, hosted by the Ombudsman's Office of Panama.",
    "O Encontro Anual 2025 da RINDHCA e o Congresso internacional sobre "
    "mobilidade humana e direitos humanos foram realizados na Cidade do Panamá "
    "em 29 e 30 de abril de 2025, tendo a Defensoria do Povo do Panamá como "
    "anfitriã.",
    "La Rencontre annuelle 2025 de la RINDHCA et le Congrès international sur "
    "la mobilité humaine et les droits de l'homme se sont tenus à Panama les 29 "
    "et 30 avril 2025, accueillis par le Défenseur du peuple du Panama.",
)
DECLARATION = T(
    "En ese encuentro, la red adoptó su Declaración 01/2025 sobre movilidad "
    "humana y derechos humanos.",
    "At that meeting the network adopted its Declaration 01/2025 on human "
    "mobility and human rights.",
    "Nesse encontro, a rede adotou sua Declaração 01/2025 sobre mobilidade "
    "humana e direitos humanos.",
    "Lors de cette rencontre, le réseau a adopté sa Déclaration 01/2025 sur la "
    "mobilité humaine et les droits de l'homme.",
)
CARTAGENA = T(
    "En diciembre de 2024, el proceso Cartagena +40 adoptó la Declaración y Plan "
    "de Acción de Chile 2024–2034, sobre las personas refugiadas, desplazadas y "
    "apátridas en América Latina y el Caribe.",
    "In December 2024 the Cartagena +40 process adopted the Chile Declaration "
    "and Plan of Action 2024–2034, on refugees, displaced and stateless people "
    "in Latin America and the Caribbean.",
    "Em dezembro de 2024, o processo Cartagena +40 adotou a Declaração e Plano "
    "de Ação do Chile 2024–2034, sobre as pessoas refugiadas, deslocadas e "
    "apátridas na América Latina e no Caribe.",
    "En décembre 2024, le processus Cartagena +40 a adopté la Déclaration et le "
    "Plan d'action du Chili 2024–2034, sur les personnes réfugiées, déplacées et "
    "apatrides en Amérique latine et dans les Caraïbes.",
)
FOLLOW_UP = T(
    "El plan de trabajo 2025 del grupo prevé, de enero a diciembre, la "
    "participación activa en el Mecanismo de Seguimiento del Plan de Acción de "
    "Chile, con un informe de avances de las INDH y un posicionamiento conjunto, "
    "junto con la Secretaría del Proceso Cartagena +40, ACNUR y OACNUDH.",
    "The group's 2025 work plan foresees, from January to December, active "
    "participation in the Follow-up Mechanism of the Chile Plan of Action, with "
    "a progress report of the NHRIs and a joint position, together with the "
    "Secretariat of the Cartagena +40 Process, UNHCR and OHCHR.",
    "O plano de trabalho 2025 do grupo prevê, de janeiro a dezembro, a "
    "participação ativa no Mecanismo de Acompanhamento do Plano de Ação do "
    "Chile, com um relatório de avanços das INDH e um posicionamento conjunto, "
    "junto com a Secretaria do Processo Cartagena +40, o ACNUR e o ACNUDH.",
    "Le plan de travail 2025 du groupe prévoit, de janvier à décembre, une "
    "participation active au Mécanisme de suivi du Plan d'action du Chili, avec "
    "un rapport d'avancement des INDH et une position commune, aux côtés du "
    "Secrétariat du processus Cartagena +40, du HCR et du HCDH.",
)
EXAMPLE_DATE = T(
    "Ejemplo: la fecha de publicación de esta noticia es inventada; los hechos "
    "que cuenta son públicos.",
    "Example: the publication date of this news item is made up; the facts it "
    "tells are public.",
    "Exemplo: a data de publicação desta notícia é inventada; os fatos que ela "
    "conta são públicos.",
    "Exemple : la date de publication de cette actualité est inventée ; les "
    "faits qu'elle rapporte sont publics.",
)

NEWS = [
    DemoNews(
        slug=T(
            "congreso-movilidad-humana-panama-2025",
            "human-mobility-congress-panama-2025",
            "congresso-mobilidade-humana-panama-2025",
            "congres-mobilite-humaine-panama-2025",
        ),
        title=T(
            "Congreso internacional sobre movilidad humana y derechos humanos en "
            "Panamá",
            "International Congress on Human Mobility and Human Rights in Panama",
            "Congresso internacional sobre mobilidade humana e direitos humanos no "
            "Panamá",
            "Congrès international sur la mobilité humaine et les droits de "
            "l'homme au Panama",
        ),
        summary=T(
            "La RINDHCA celebró en la Ciudad de Panamá su Encuentro Anual 2025 y "
            "un congreso internacional sobre movilidad humana.",
            "RINDHCA held its 2025 Annual Meeting and an international congress on "
            "human mobility in Panama City.",
            "A RINDHCA realizou na Cidade do Panamá seu Encontro Anual 2025 e um "
            "congresso internacional sobre mobilidade humana.",
            "La RINDHCA a tenu à Panama sa Rencontre annuelle 2025 et un congrès "
            "international sur la mobilité humaine.",
        ),
        paragraphs=[CONGRESS, DECLARATION],
        date=datetime.date(2025, 4, 30),
        tags=["congreso", "panama"],
        is_example=False,
    ),
    DemoNews(
        slug=T(
            "declaracion-01-2025",
            "declaration-01-2025",
            "declaracao-01-2025",
            "declaration-01-2025",
        ),
        title=T(
            "La RINDHCA adopta la Declaración 01/2025 sobre movilidad humana",
            "RINDHCA adopts Declaration 01/2025 on human mobility",
            "A RINDHCA adota a Declaração 01/2025 sobre mobilidade humana",
            "La RINDHCA adopte la Déclaration 01/2025 sur la mobilité humaine",
        ),
        summary=T(
            "La red de instituciones nacionales de derechos humanos de las Américas "
            "adoptó en Panamá una declaración sobre movilidad humana y derechos "
            "humanos.",
            "The network of national human rights institutions of the Americas "
            "adopted a declaration on human mobility and human rights in Panama.",
            "A rede de instituições nacionais de direitos humanos das Américas "
            "adotou no Panamá uma declaração sobre mobilidade humana e direitos "
            "humanos.",
            "Le réseau des institutions nationales des droits de l'homme des "
            "Amériques a adopté au Panama une déclaration sur la mobilité humaine "
            "et les droits de l'homme.",
        ),
        paragraphs=[DECLARATION, CONGRESS],
        date=datetime.date(2025, 4, 30),
        tags=["declaracion", "panama"],
        is_example=False,
    ),
    DemoNews(
        slug=T(
            "cartagena-40-plan-de-accion-de-chile",
            "cartagena-40-chile-plan-of-action",
            "cartagena-40-plano-de-acao-do-chile",
            "cartagena-40-plan-d-action-du-chili",
        ),
        title=T(
            "Cartagena +40: la Declaración y Plan de Acción de Chile 2024–2034",
            "Cartagena +40: the Chile Declaration and Plan of Action 2024–2034",
            "Cartagena +40: a Declaração e Plano de Ação do Chile 2024–2034",
            "Cartagena +40 : la Déclaration et le Plan d'action du Chili 2024–2034",
        ),
        summary=T(
            "El grupo de trabajo acompaña el seguimiento del plan regional para "
            "las personas refugiadas, desplazadas y apátridas.",
            "The working group accompanies the follow-up of the regional plan for "
            "refugees, displaced and stateless people.",
            "O grupo de trabalho acompanha o seguimento do plano regional para as "
            "pessoas refugiadas, deslocadas e apátridas.",
            "Le groupe de travail accompagne le suivi du plan régional pour les "
            "personnes réfugiées, déplacées et apatrides.",
        ),
        paragraphs=[EXAMPLE_DATE, CARTAGENA, FOLLOW_UP],
        date=datetime.date(2025, 1, 15),
        tags=["cartagena-40"],
        is_example=True,
    ),
]

EDITION = {
    "slug": T(
        "derechos-de-las-personas-en-movilidad",
        "rights-of-people-on-the-move",
        "direitos-das-pessoas-em-mobilidade",
        "droits-des-personnes-en-mobilite",
    ),
    "title": T(
        "Derechos de las personas en movilidad",
        "Rights of people on the move",
        "Direitos das pessoas em mobilidade",
        "Droits des personnes en mobilité",
    ),
    "theme": T(
        "Edición temática sobre los derechos de las personas en movilidad",
        "Thematic edition on the rights of people on the move",
        "Edição temática sobre os direitos das pessoas em mobilidade",
        "Édition thématique sur les droits des personnes en mobilité",
    ),
    "editorial": T(
        "Ejemplo: este editorial es inventado para mostrar cómo se ve una edición "
        "del boletín. El plan de trabajo 2025 prevé para diciembre una campaña "
        "regional de sensibilización en redes sociales y una edición temática del "
        "boletín sobre los derechos de las personas en movilidad.",
        "Example: this editorial is made up to show what an edition of the "
        "bulletin looks like. The 2025 work plan foresees for December a regional "
        "awareness campaign on social networks and a thematic edition of the "
        "bulletin on the rights of people on the move.",
        "Exemplo: este editorial é inventado para mostrar como fica uma edição do "
        "boletim. O plano de trabalho 2025 prevê para dezembro uma campanha "
        "regional de sensibilização nas redes sociais e uma edição temática do "
        "boletim sobre os direitos das pessoas em mobilidade.",
        "Exemple : cet éditorial est inventé pour montrer à quoi ressemble une "
        "édition du bulletin. Le plan de travail 2025 prévoit pour décembre une "
        "campagne régionale de sensibilisation sur les réseaux sociaux et une "
        "édition thématique du bulletin sur les droits des personnes en mobilité.",
    ),
}
SECTION_YEAR = T(
    "El año del grupo de trabajo",
    "The working group's year",
    "O ano do grupo de trabalho",
    "L'année du groupe de travail",
)
ALLIES = T(
    "Según el plan, la campaña y la edición se preparan con ACNUR, la Fundación "
    "Diálogo Diverso y la Red Regional por la Movilidad Humana LGBTIQ+.",
    "According to the plan, the campaign and the edition are prepared with "
    "UNHCR, the Fundación Diálogo Diverso and the Regional Network for LGBTIQ+ "
    "Human Mobility.",
    "Segundo o plano, a campanha e a edição são preparadas com o ACNUR, a "
    "Fundación Diálogo Diverso e a Rede Regional pela Mobilidade Humana "
    "LGBTIQ+.",
    "Selon le plan, la campagne et l'édition sont préparées avec le HCR, la "
    "Fundación Diálogo Diverso et le Réseau régional pour la mobilité humaine "
    "LGBTIQ+.",
)
ARTICLE_TITLE = T(
    "Ejemplo de artículo: una INDH acompaña a personas en tránsito",
    "Example article: an NHRI accompanies people in transit",
    "Exemplo de artigo: uma INDH acompanha pessoas em trânsito",
    "Exemple d'article : une INDH accompagne des personnes en transit",
)
ARTICLE_TEXT = T(
    "Ejemplo: este artículo es inventado. Aquí una institución miembro contaría "
    "una práctica de atención a personas migrantes y refugiadas, con lo que "
    "funcionó y lo que aprendió.",
    "Example: this article is made up. Here a member institution would tell a "
    "practice of assistance to migrants and refugees, with what worked and what "
    "it learned.",
    "Exemplo: este artigo é inventado. Aqui uma instituição membro contaria uma "
    "prática de atendimento a pessoas migrantes e refugiadas, com o que funcionou "
    "e o que aprendeu.",
    "Exemple : cet article est inventé. Une institution membre y raconterait une "
    "pratique d'accueil des personnes migrantes et réfugiées, avec ce qui a "
    "fonctionné et ce qu'elle en a appris.",
)


def _index(home: HomePage, model, texts: dict[str, T]):
    index = model.objects.child_of(home).first()
    if index:
        return index
    index = model(
        title=texts["title"].es,
        slug=texts["slug"].es,
        intro=texts["intro"].es,
        show_in_menus=True,
    )
    home.add_child(instance=index)
    index.save_revision().publish()
    _publish_translations(index, list(texts.values()))
    return index


def _news(index: NewsIndexPage, demo: DemoNews) -> None:
    if NewsPage.objects.child_of(index).filter(slug=demo.slug.es).exists():
        return
    page = NewsPage(
        title=demo.title.es,
        slug=demo.slug.es,
        summary=demo.summary.es,
        date=demo.date,
        is_example=demo.is_example,
        body=_paragraphs(demo.paragraphs),
    )
    index.add_child(instance=page)
    page.tags.add(*demo.tags)
    page.save_revision().publish()
    _publish_translations(page, [demo.slug, demo.title, demo.summary, *demo.paragraphs])


def _edition(index: BulletinIndexPage) -> None:
    slug = EDITION["slug"].es
    if BulletinPage.objects.child_of(index).filter(slug=slug).exists():
        return
    page = BulletinPage(
        title=EDITION["title"].es,
        slug=slug,
        number=1,
        date=datetime.date(2025, 12, 1),
        theme=EDITION["theme"].es,
        editorial=EDITION["editorial"].es,
        is_example=True,
        body=[
            ("heading", {"text": SECTION_YEAR.es, "level": "h2"}),
            *_paragraphs([CONGRESS, DECLARATION, CARTAGENA, ALLIES]),
            (
                "article",
                {
                    "title": ARTICLE_TITLE.es,
                    "author": "",
                    "image": None,
                    "image_alt": "",
                    "text": RichText(f"<p>{ARTICLE_TEXT.es}</p>"),
                },
            ),
        ],
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    _publish_translations(
        page,
        [
            *EDITION.values(),
            SECTION_YEAR,
            CONGRESS,
            DECLARATION,
            CARTAGENA,
            ALLIES,
            ARTICLE_TITLE,
            ARTICLE_TEXT,
        ],
    )


def load(home: HomePage | None = None) -> HomePage:
    home = home or HomePage.objects.get(locale__language_code="es")
    news_index = _index(home, NewsIndexPage, NEWS_INDEX)
    for demo in NEWS:
        _news(news_index, demo)
    bulletin_index = _index(home, BulletinIndexPage, BULLETIN_INDEX)
    _edition(bulletin_index)
    logger.info("demo news and bulletin edition built in %d languages", 4)
    return home
