"""Demo content for the home page, the about page and the member institutions.

Every text comes from the working group's 2025 work plan and the public facts
around it; each is written once with its translations, so the Spanish page
and its English, Portuguese and French translations cannot drift apart.
"""

import logging
from typing import NamedTuple
from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Locale, Page, Site

from home.countries import Country, Subregion
from home.models import HomePage, MemberInstitution, StandardPage
from home.translation import publish_translation

logger = logging.getLogger(__name__)

TARGET_LANGUAGES = ["en", "pt", "fr"]


class T(NamedTuple):
    """One text in the four languages of the site."""

    es: str
    en: str
    pt: str
    fr: str


def translations_of(texts: list[T], language: str) -> dict[str, str]:
    return {text.es: getattr(text, language) for text in texts}


TITLE = T(
    "Grupo de trabajo sobre población migrante y refugiada",
    "Working group on migrant and refugee populations",
    "Grupo de trabalho sobre população migrante e refugiada",
    "Groupe de travail sur les populations migrantes et réfugiées",
)
INTRO = T(
    "Reforzar el rol de las Instituciones Nacionales de Derechos Humanos (INDH) en "
    "la promoción y protección de los derechos de las personas migrantes, "
    "refugiadas, desplazadas y apátridas en las Américas, con especial énfasis en "
    "aquellas en situación de vulnerabilidad, y acompañar la implementación del "
    "Plan de Acción de Chile 2024-2034 del Proceso Cartagena +40.",
    "To strengthen the role of National Human Rights Institutions (NHRIs) in "
    "promoting and protecting the rights of migrants, refugees, displaced and "
    "stateless people in the Americas, with special emphasis on those in "
    "vulnerable situations, and to accompany the implementation of the Chile Plan "
    "of Action 2024-2034 of the Cartagena +40 Process.",
    "Reforçar o papel das Instituições Nacionais de Direitos Humanos (INDH) na "
    "promoção e proteção dos direitos das pessoas migrantes, refugiadas, "
    "deslocadas e apátridas nas Américas, com especial ênfase nas que se encontram "
    "em situação de vulnerabilidade, e acompanhar a implementação do Plano de Ação "
    "do Chile 2024-2034 do Processo Cartagena +40.",
    "Renforcer le rôle des Institutions nationales des droits de l'homme (INDH) "
    "dans la promotion et la protection des droits des personnes migrantes, "
    "réfugiées, déplacées et apatrides dans les Amériques, en particulier de "
    "celles en situation de vulnérabilité, et accompagner la mise en œuvre du Plan "
    "d'action du Chili 2024-2034 du Processus Carthagène +40.",
)
OBJECTIVES_TITLE = T(
    "Objetivos específicos",
    "Specific objectives",
    "Objetivos específicos",
    "Objectifs spécifiques",
)
OBJECTIVES = [
    T(
        "Fortalecer las capacidades técnicas de las INDH en materia de derechos "
        "humanos y movilidad humana.",
        "Strengthen the technical capacities of NHRIs on human rights and human "
        "mobility.",
        "Fortalecer as capacidades técnicas das INDH em matéria de direitos humanos "
        "e mobilidade humana.",
        "Renforcer les capacités techniques des INDH en matière de droits de "
        "l'homme et de mobilité humaine.",
    ),
    T(
        "Acompañar y dar seguimiento al Mecanismo de Implementación y Monitoreo del "
        "Plan de Acción de Chile 2024-2034, visibilizando el papel de las INDH como "
        "actores clave.",
        "Accompany and follow up the Implementation and Monitoring Mechanism of the "
        "Chile Plan of Action 2024-2034, making visible the role of NHRIs as key "
        "actors.",
        "Acompanhar e dar seguimento ao Mecanismo de Implementação e Monitoramento "
        "do Plano de Ação do Chile 2024-2034, dando visibilidade ao papel das INDH "
        "como atores-chave.",
        "Accompagner et suivre le Mécanisme de mise en œuvre et de suivi du Plan "
        "d'action du Chili 2024-2034, en rendant visible le rôle des INDH comme "
        "acteurs clés.",
    ),
    T(
        "Promover la articulación entre INDH para el intercambio de experiencias, "
        "buenas prácticas y herramientas sobre protección de personas en movilidad.",
        "Promote coordination among NHRIs to exchange experiences, good practices "
        "and tools on the protection of people on the move.",
        "Promover a articulação entre INDH para o intercâmbio de experiências, boas "
        "práticas e ferramentas sobre a proteção de pessoas em mobilidade.",
        "Promouvoir la coordination entre INDH pour l'échange d'expériences, de "
        "bonnes pratiques et d'outils sur la protection des personnes en mobilité.",
    ),
    T(
        "Incidir regionalmente para que los marcos normativos y políticas públicas "
        "se alineen con los estándares internacionales de derechos humanos.",
        "Advocate regionally so that legal frameworks and public policies align with "
        "international human rights standards.",
        "Incidir regionalmente para que os marcos normativos e as políticas públicas "
        "se alinhem aos padrões internacionais de direitos humanos.",
        "Plaider au niveau régional pour que les cadres normatifs et les politiques "
        "publiques s'alignent sur les normes internationales des droits de l'homme.",
    ),
]
MEMBERS_TITLE = T(
    "Integrantes del grupo de trabajo",
    "Members of the working group",
    "Integrantes do grupo de trabalho",
    "Membres du groupe de travail",
)
ACTIVITIES_TITLE = T(
    "Actividades estratégicas del plan de trabajo 2025",
    "Strategic activities of the 2025 work plan",
    "Atividades estratégicas do plano de trabalho 2025",
    "Activités stratégiques du plan de travail 2025",
)
# (period, activity, expected product, allies)
ACTIVITIES = [
    (
        T(
            "Enero – diciembre",
            "January – December",
            "Janeiro – dezembro",
            "Janvier – décembre",
        ),
        T(
            "Participación activa en el Mecanismo de Seguimiento del Plan de Acción "
            "de Chile (Cartagena +40)",
            "Active participation in the Follow-up Mechanism of the Chile Plan of "
            "Action (Cartagena +40)",
            "Participação ativa no Mecanismo de Acompanhamento do Plano de Ação do "
            "Chile (Cartagena +40)",
            "Participation active au Mécanisme de suivi du Plan d'action du Chili "
            "(Carthagène +40)",
        ),
        T(
            "Informe de avances de las INDH y posicionamiento conjunto en instancias "
            "clave",
            "Progress report of the NHRIs and a joint position in key forums",
            "Relatório de avanços das INDH e posicionamento conjunto em instâncias-"
            "chave",
            "Rapport d'avancement des INDH et position commune dans les instances clés",
        ),
        T(
            "Secretaría del Proceso Cartagena +40, ACNUR, OACNUDH",
            "Secretariat of the Cartagena +40 Process, UNHCR, OHCHR",
            "Secretaria do Processo Cartagena +40, ACNUR, ACNUDH",
            "Secrétariat du Processus Carthagène +40, HCR, HCDH",
        ),
    ),
    (
        T(
            "Abril – Encuentro Anual de la RINDHCA",
            "April – RINDHCA Annual Meeting",
            "Abril – Encontro Anual da RINDHCA",
            "Avril – Réunion annuelle du RINDHCA",
        ),
        T(
            "Congreso internacional sobre movilidad humana y derechos humanos",
            "International congress on human mobility and human rights",
            "Congresso internacional sobre mobilidade humana e direitos humanos",
            "Congrès international sur la mobilité humaine et les droits de l'homme",
        ),
        T("Congreso", "Congress", "Congresso", "Congrès"),
        T(
            "OACNUDH, ACNUR, OIM, Save the Children, Comité de los Derechos del Niño, "
            "UNICEF, AECID y Defensoría del Pueblo de Panamá",
            "OHCHR, UNHCR, IOM, Save the Children, Committee on the Rights of the "
            "Child, UNICEF, AECID and the Ombudsman's Office of Panama",
            "ACNUDH, ACNUR, OIM, Save the Children, Comitê dos Direitos da Criança, "
            "UNICEF, AECID e Defensoria do Povo do Panamá",
            "HCDH, HCR, OIM, Save the Children, Comité des droits de l'enfant, "
            "UNICEF, AECID et Défenseur du peuple du Panama",
        ),
    ),
    (
        T(
            "Abril – Encuentro Anual de la RINDHCA",
            "April – RINDHCA Annual Meeting",
            "Abril – Encontro Anual da RINDHCA",
            "Avril – Réunion annuelle du RINDHCA",
        ),
        T(
            "Presentación de la ruta de trabajo para la implementación de la Guía de "
            "Monitoreo: Prevención de la tortura y malos tratos en contextos de "
            "movilidad humana",
            "Presentation of the roadmap for implementing the Monitoring Guide: "
            "Prevention of torture and ill-treatment in contexts of human mobility",
            "Apresentação do roteiro de trabalho para a implementação do Guia de "
            "Monitoramento: Prevenção da tortura e maus-tratos em contextos de "
            "mobilidade humana",
            "Présentation de la feuille de route pour la mise en œuvre du Guide de "
            "suivi : Prévention de la torture et des mauvais traitements dans les "
            "contextes de mobilité humaine",
        ),
        T(
            "Presentación de la ruta",
            "Presentation of the roadmap",
            "Apresentação do roteiro",
            "Présentation de la feuille de route",
        ),
        T(
            "APT, OACNUDH y Defensoría del Pueblo de Panamá",
            "APT, OHCHR and the Ombudsman's Office of Panama",
            "APT, ACNUDH e Defensoria do Povo do Panamá",
            "APT, HCDH et Défenseur du peuple du Panama",
        ),
    ),
    (
        T("Mayo", "May", "Maio", "Mai"),
        T(
            "Taller virtual sobre la Guía de Monitoreo: Prevención de la tortura y "
            "malos tratos en contextos de movilidad humana",
            "Virtual workshop on the Monitoring Guide: Prevention of torture and "
            "ill-treatment in contexts of human mobility",
            "Oficina virtual sobre o Guia de Monitoramento: Prevenção da tortura e "
            "maus-tratos em contextos de mobilidade humana",
            "Atelier virtuel sur le Guide de suivi : Prévention de la torture et des "
            "mauvais traitements dans les contextes de mobilité humaine",
        ),
        T(
            "Webinar de presentación de la Guía de Monitoreo",
            "Webinar presenting the Monitoring Guide",
            "Webinário de apresentação do Guia de Monitoramento",
            "Webinaire de présentation du Guide de suivi",
        ),
        T("APT y OACNUDH", "APT and OHCHR", "APT e ACNUDH", "APT et HCDH"),
    ),
    (
        T("Junio", "June", "Junho", "Juin"),
        T(
            "Webinar de presentación del Protocolo de atención y protección a "
            "personas migrantes y refugiadas",
            "Webinar presenting the Protocol for the care and protection of migrants "
            "and refugees",
            "Webinário de apresentação do Protocolo de atendimento e proteção a "
            "pessoas migrantes e refugiadas",
            "Webinaire de présentation du Protocole d'accueil et de protection des "
            "personnes migrantes et réfugiées",
        ),
        T(
            "Capacitación regional con memorias sistematizadas",
            "Regional training with systematised proceedings",
            "Capacitação regional com memórias sistematizadas",
            "Formation régionale avec des actes systématisés",
        ),
        T(
            "INDH miembros, ACNUR, Fundación Diálogo Diverso y la Red Regional por la "
            "Movilidad Humana LGBTIQ",
            "Member NHRIs, UNHCR, Fundación Diálogo Diverso and the Regional Network "
            "for LGBTIQ Human Mobility",
            "INDH membros, ACNUR, Fundación Diálogo Diverso e a Rede Regional pela "
            "Mobilidade Humana LGBTIQ",
            "INDH membres, HCR, Fundación Diálogo Diverso et le Réseau régional pour "
            "la mobilité humaine LGBTIQ",
        ),
    ),
    (
        T(
            "Junio – diciembre",
            "June – December",
            "Junho – dezembro",
            "Juin – décembre",
        ),
        T(
            "Ampliación del Repositorio Normativo Regional",
            "Expansion of the Regional Legal Repository",
            "Ampliação do Repositório Normativo Regional",
            "Élargissement du Répertoire normatif régional",
        ),
        T(
            "Repositorio actualizado",
            "Updated repository",
            "Repositório atualizado",
            "Répertoire mis à jour",
        ),
        T(
            "INDH miembros, INDH de Ecuador (focal)",
            "Member NHRIs, NHRI of Ecuador (focal point)",
            "INDH membros, INDH do Equador (ponto focal)",
            "INDH membres, INDH de l'Équateur (point focal)",
        ),
    ),
    (
        T("Diciembre", "December", "Dezembro", "Décembre"),
        T(
            "Campaña regional de sensibilización en redes sociales y boletín RINDHCA "
            "sobre derechos de personas en movilidad",
            "Regional awareness campaign on social media and RINDHCA bulletin on the "
            "rights of people on the move",
            "Campanha regional de sensibilização nas redes sociais e boletim RINDHCA "
            "sobre os direitos das pessoas em mobilidade",
            "Campagne régionale de sensibilisation sur les réseaux sociaux et bulletin "
            "du RINDHCA sur les droits des personnes en mobilité",
        ),
        T(
            "Piezas gráficas, cápsulas informativas y una edición temática del boletín",
            "Graphic pieces, short informative videos and a thematic edition of the "
            "bulletin",
            "Peças gráficas, cápsulas informativas e uma edição temática do boletim",
            "Visuels, capsules d'information et une édition thématique du bulletin",
        ),
        T(
            "ACNUR, Fundación Diálogo Diverso y la Red Regional por la Movilidad "
            "Humana LGBTIQ",
            "UNHCR, Fundación Diálogo Diverso and the Regional Network for LGBTIQ "
            "Human Mobility",
            "ACNUR, Fundación Diálogo Diverso e a Rede Regional pela Mobilidade Humana "
            "LGBTIQ",
            "HCR, Fundación Diálogo Diverso et le Réseau régional pour la mobilité "
            "humaine LGBTIQ",
        ),
    ),
]
ALLIES_TITLE = T(
    "Alianzas estratégicas",
    "Strategic alliances",
    "Alianças estratégicas",
    "Alliances stratégiques",
)
# (name, acronym, role in the alliance)
ALLIES = [
    (
        T(
            "Secretaría del Proceso de Cartagena +40",
            "Secretariat of the Cartagena +40 Process",
            "Secretaria do Processo de Cartagena +40",
            "Secrétariat du Processus de Carthagène +40",
        ),
        "",
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
        T(
            "Alto Comisionado de las Naciones Unidas para los Refugiados",
            "United Nations High Commissioner for Refugees",
            "Alto Comissariado das Nações Unidas para os Refugiados",
            "Haut Commissariat des Nations Unies pour les réfugiés",
        ),
        "ACNUR / UNHCR",
        T(
            "Aliado técnico en formación, monitoreo y protección de personas "
            "refugiadas y desplazadas.",
            "Technical ally in training, monitoring and protection of refugees and "
            "displaced people.",
            "Aliado técnico em formação, monitoramento e proteção de pessoas "
            "refugiadas e deslocadas.",
            "Allié technique pour la formation, le suivi et la protection des "
            "personnes réfugiées et déplacées.",
        ),
    ),
    (
        T(
            "Alianza para la Prevención de la Tortura",
            "Association for the Prevention of Torture",
            "Associação para a Prevenção da Tortura",
            "Association pour la prévention de la torture",
        ),
        "APT",
        T(
            "Guía de Monitoreo: prevención de la tortura y malos tratos en contextos "
            "de movilidad humana.",
            "Monitoring Guide: prevention of torture and ill-treatment in contexts of "
            "human mobility.",
            "Guia de Monitoramento: prevenção da tortura e maus-tratos em contextos de "
            "mobilidade humana.",
            "Guide de suivi : prévention de la torture et des mauvais traitements "
            "dans les contextes de mobilité humaine.",
        ),
    ),
    (
        T(
            "Comisión Interamericana de Derechos Humanos",
            "Inter-American Commission on Human Rights",
            "Comissão Interamericana de Direitos Humanos",
            "Commission interaméricaine des droits de l'homme",
        ),
        "CIDH / IACHR",
        T(
            "Para fortalecer la incidencia y la coordinación interinstitucional.",
            "To strengthen advocacy and inter-institutional coordination.",
            "Para fortalecer a incidência e a coordenação interinstitucional.",
            "Pour renforcer le plaidoyer et la coordination interinstitutionnelle.",
        ),
    ),
    (
        T(
            "Oficina del Alto Comisionado para los Derechos Humanos",
            "Office of the High Commissioner for Human Rights",
            "Escritório do Alto Comissariado para os Direitos Humanos",
            "Haut-Commissariat aux droits de l'homme",
        ),
        "OACNUDH / OHCHR",
        T(
            "Apoyo en formación y estándares normativos.",
            "Support in training and legal standards.",
            "Apoio em formação e padrões normativos.",
            "Appui en matière de formation et de normes.",
        ),
    ),
    (
        T(
            "Organización Internacional para las Migraciones",
            "International Organization for Migration",
            "Organização Internacional para as Migrações",
            "Organisation internationale pour les migrations",
        ),
        "OIM / IOM",
        T(
            "Aliada del congreso internacional sobre movilidad humana.",
            "Ally of the international congress on human mobility.",
            "Aliada do congresso internacional sobre mobilidade humana.",
            "Alliée du congrès international sur la mobilité humaine.",
        ),
    ),
    (
        T(
            "Save the Children",
            "Save the Children",
            "Save the Children",
            "Save the Children",
        ),
        "",
        T(
            "Aliada del congreso internacional sobre movilidad humana.",
            "Ally of the international congress on human mobility.",
            "Aliada do congresso internacional sobre mobilidade humana.",
            "Alliée du congrès international sur la mobilité humaine.",
        ),
    ),
    (
        T(
            "Fondo de las Naciones Unidas para la Infancia",
            "United Nations Children's Fund",
            "Fundo das Nações Unidas para a Infância",
            "Fonds des Nations Unies pour l'enfance",
        ),
        "UNICEF",
        T(
            "Aliada del congreso internacional sobre movilidad humana.",
            "Ally of the international congress on human mobility.",
            "Aliada do congresso internacional sobre mobilidade humana.",
            "Alliée du congrès international sur la mobilité humaine.",
        ),
    ),
    (
        T(
            "Fundación Diálogo Diverso y la Red Regional por la Movilidad Humana "
            "LGBTIQ+",
            "Fundación Diálogo Diverso and the Regional Network for LGBTIQ+ Human "
            "Mobility",
            "Fundación Diálogo Diverso e a Rede Regional pela Mobilidade Humana "
            "LGBTIQ+",
            "Fundación Diálogo Diverso et le Réseau régional pour la mobilité humaine "
            "LGBTIQ+",
        ),
        "",
        T(
            "Para abordar los desafíos que enfrenta la población LGTB+ en situaciones "
            "de migración y movilidad.",
            "To address the challenges LGBT+ people face in migration and mobility.",
            "Para abordar os desafios enfrentados pela população LGBT+ em situações "
            "de migração e mobilidade.",
            "Pour répondre aux difficultés des personnes LGBT+ en situation de "
            "migration et de mobilité.",
        ),
    ),
]

HOME_SLUG = T("inicio", "home", "inicio", "accueil")
ABOUT_SLUG = T(
    "sobre-el-grupo", "about-the-group", "sobre-o-grupo", "a-propos-du-groupe"
)
ABOUT_TITLE = T(
    "Sobre el grupo", "About the group", "Sobre o grupo", "À propos du groupe"
)
ABOUT_INTRO = T(
    "La RINDHCA es la red de instituciones nacionales de derechos humanos del "
    "continente americano, la red regional de las Américas dentro de GANHRI.",
    "RINDHCA is the network of national human rights institutions of the American "
    "continent, the regional network of the Americas within GANHRI.",
    "A RINDHCA é a rede de instituições nacionais de direitos humanos do continente "
    "americano, a rede regional das Américas dentro da GANHRI.",
    "Le RINDHCA est le réseau des institutions nationales des droits de l'homme du "
    "continent américain, le réseau régional des Amériques au sein de la GANHRI.",
)
ABOUT_SECTIONS = [
    (
        T(
            "Instrumentos estratégicos",
            "Strategic instruments",
            "Instrumentos estratégicos",
            "Instruments stratégiques",
        ),
        [
            T(
                "Protocolo de protección de derechos de la población migrante y "
                "refugiada (en elaboración).",
                "Protocol for the protection of the rights of migrants and refugees "
                "(in preparation).",
                "Protocolo de proteção dos direitos da população migrante e "
                "refugiada (em elaboração).",
                "Protocole de protection des droits des populations migrantes et "
                "réfugiées (en cours d'élaboration).",
            ),
            T(
                "Repositorio normativo regional sobre migración y refugio (Ecuador "
                "como punto focal).",
                "Regional legal repository on migration and refuge (Ecuador as focal "
                "point).",
                "Repositório normativo regional sobre migração e refúgio (Equador "
                "como ponto focal).",
                "Répertoire normatif régional sur la migration et le refuge "
                "(l'Équateur comme point focal).",
            ),
            T(
                "Compendio de buenas prácticas (versión 2024, con actualización 2025).",
                "Compendium of good practices (2024 edition, updated in 2025).",
                "Compêndio de boas práticas (versão 2024, com atualização 2025).",
                "Recueil de bonnes pratiques (édition 2024, mise à jour en 2025).",
            ),
            T(
                "Sistema de monitoreo del Plan de Acción de Chile 2024-2034, desde la "
                "perspectiva de las INDH.",
                "Monitoring system of the Chile Plan of Action 2024-2034, from the "
                "perspective of NHRIs.",
                "Sistema de monitoramento do Plano de Ação do Chile 2024-2034, a "
                "partir da perspectiva das INDH.",
                "Système de suivi du Plan d'action du Chili 2024-2034, du point de "
                "vue des INDH.",
            ),
        ],
    ),
    (
        T(
            "Articulación con otros grupos de trabajo",
            "Coordination with other working groups",
            "Articulação com outros grupos de trabalho",
            "Coordination avec les autres groupes de travail",
        ),
        [
            T(
                "Derechos humanos y empresas, en relación con personas migrantes "
                "trabajadoras.",
                "Business and human rights, on migrant workers.",
                "Direitos humanos e empresas, em relação às pessoas migrantes "
                "trabalhadoras.",
                "Entreprises et droits de l'homme, sur les travailleurs migrants.",
            ),
            T(
                "Derechos humanos y medio ambiente, ante desplazamientos por causas "
                "ambientales.",
                "Human rights and the environment, on displacement for environmental "
                "reasons.",
                "Direitos humanos e meio ambiente, diante de deslocamentos por causas "
                "ambientais.",
                "Droits de l'homme et environnement, face aux déplacements pour des "
                "raisons environnementales.",
            ),
            T(
                "Población afrodescendiente, por el cruce de vulnerabilidades de las "
                "personas afrodescendientes en movilidad.",
                "People of African descent, given the overlapping vulnerabilities of "
                "people of African descent on the move.",
                "População afrodescendente, pelo cruzamento de vulnerabilidades das "
                "pessoas afrodescendentes em mobilidade.",
                "Personnes d'ascendance africaine, face au cumul des vulnérabilités "
                "des personnes d'ascendance africaine en mobilité.",
            ),
            T(
                "Prevención de la tortura, en la atención a situaciones de detención "
                "migratoria.",
                "Prevention of torture, on immigration detention.",
                "Prevenção da tortura, no atendimento a situações de detenção "
                "migratória.",
                "Prévention de la torture, face aux situations de détention "
                "administrative des migrants.",
            ),
        ],
    ),
    (
        T(
            "Seguimiento y evaluación",
            "Follow-up and evaluation",
            "Acompanhamento e avaliação",
            "Suivi et évaluation",
        ),
        [
            T(
                "Sistematización de aprendizajes clave al cierre de cada año, con "
                "miras a las proyecciones del período siguiente.",
                "Systematisation of key lessons at the end of each year, looking "
                "ahead to the next period.",
                "Sistematização de aprendizagens-chave ao final de cada ano, com "
                "vistas às projeções do período seguinte.",
                "Systématisation des principaux enseignements à la fin de chaque "
                "année, en vue des projections pour la période suivante.",
            ),
            T(
                "Indicadores cualitativos y cuantitativos vinculados a: participación "
                "de INDH, productos desarrollados, incidencia lograda y alianzas "
                "activadas.",
                "Qualitative and quantitative indicators on: NHRI participation, "
                "products developed, advocacy achieved and alliances activated.",
                "Indicadores qualitativos e quantitativos vinculados a: participação "
                "das INDH, produtos desenvolvidos, incidência alcançada e alianças "
                "ativadas.",
                "Indicateurs qualitatifs et quantitatifs portant sur : la "
                "participation des INDH, les produits réalisés, le plaidoyer obtenu "
                "et les alliances activées.",
            ),
        ],
    ),
]

# (name, acronym, slug, country, subregion): work plan §3 and the public facts.
MEMBERS = [
    (
        "Comisión Nacional de los Derechos Humanos",
        "CNDH",
        "cndh-mexico",
        Country.MEXICO,
        Subregion.NORTH_AMERICA,
    ),
    (
        "Comisionado Nacional de los Derechos Humanos",
        "CONADEH",
        "conadeh-honduras",
        Country.HONDURAS,
        Subregion.CENTRAL_AMERICA,
    ),
    (
        "Defensoría del Pueblo de la República de Panamá",
        "",
        "defensoria-panama",
        Country.PANAMA,
        Subregion.CENTRAL_AMERICA,
    ),
    (
        "Defensoría del Pueblo del Estado Plurinacional de Bolivia",
        "",
        "defensoria-bolivia",
        Country.BOLIVIA,
        Subregion.ANDEAN,
    ),
    (
        "Defensoría del Pueblo de Colombia",
        "",
        "defensoria-colombia",
        Country.COLOMBIA,
        Subregion.ANDEAN,
    ),
    (
        "Defensoría del Pueblo de Ecuador",
        "DPE",
        "dpe-ecuador",
        Country.ECUADOR,
        Subregion.ANDEAN,
    ),
    (
        "Defensoría del Pueblo de la Nación Argentina",
        "DPN",
        "dpn-argentina",
        Country.ARGENTINA,
        Subregion.SOUTHERN,
    ),
    (
        "Defensoría del Pueblo de la República del Paraguay",
        "",
        "defensoria-paraguay",
        Country.PARAGUAY,
        Subregion.SOUTHERN,
    ),
    (
        "Institución Nacional de Derechos Humanos y Defensoría del Pueblo",
        "INDDHH",
        "inddhh-uruguay",
        Country.URUGUAY,
        Subregion.SOUTHERN,
    ),
]


def home_texts() -> list[T]:
    texts = [
        HOME_SLUG,
        TITLE,
        INTRO,
        OBJECTIVES_TITLE,
        MEMBERS_TITLE,
        ACTIVITIES_TITLE,
        ALLIES_TITLE,
        *OBJECTIVES,
    ]
    for row in ACTIVITIES:
        texts.extend(row)
    for name, acronym, role in ALLIES:
        texts.extend([name, role, T(acronym, acronym, acronym, acronym)])
    return texts


def about_texts() -> list[T]:
    texts = [ABOUT_TITLE, ABOUT_INTRO, ABOUT_SLUG]
    for heading, items in ABOUT_SECTIONS:
        texts.extend([heading, *items])
    return texts


def build_home_body() -> list[tuple[str, dict]]:
    return [
        (
            "objectives",
            {"title": OBJECTIVES_TITLE.es, "items": [text.es for text in OBJECTIVES]},
        ),
        ("member_institutions", {"title": MEMBERS_TITLE.es}),
        (
            "activities",
            {
                "title": ACTIVITIES_TITLE.es,
                "activities": [
                    {
                        "period": period.es,
                        "activity": activity.es,
                        "product": product.es,
                        "allies": allies.es,
                    }
                    for period, activity, product, allies in ACTIVITIES
                ],
            },
        ),
        (
            "allies",
            {
                "title": ALLIES_TITLE.es,
                "allies": [
                    {"name": name.es, "acronym": acronym, "role": role.es}
                    for name, acronym, role in ALLIES
                ],
            },
        ),
    ]


def build_about_body() -> list[tuple[str, dict | str]]:
    body: list = []
    for heading, items in ABOUT_SECTIONS:
        body.append(("heading", {"text": heading.es, "level": "h2"}))
        body.extend(("paragraph", f"<p>{item.es}</p>") for item in items)
    return body


def load_members() -> None:
    spanish = Locale.objects.get(language_code="es")
    for name, acronym, slug, country, subregion in MEMBERS:
        member, created = MemberInstitution.objects.get_or_create(
            locale=spanish,
            slug=slug,
            defaults={
                "name": name,
                "acronym": acronym,
                "country": country,
                "subregion": subregion,
            },
        )
        if not created:
            continue
        # Institutions keep their official name in every language.
        for language in TARGET_LANGUAGES:
            publish_translation(member, language, {name: name})


def load_home() -> HomePage:
    spanish = Locale.objects.get(language_code="es")
    home = HomePage.objects.filter(locale=spanish).first()
    if home is not None:
        return home

    root = Page.get_first_root_node()
    # Wagtail's placeholder welcome page makes way for the real home page.
    Page.objects.filter(depth=2, content_type__model="page").delete()
    home = HomePage(
        title=TITLE.es,
        slug="inicio",
        intro=INTRO.es,
        body=build_home_body(),
        locale=spanish,
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    base_url = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": base_url.hostname,
            "port": base_url.port or (443 if base_url.scheme == "https" else 80),
            "root_page": home,
            "site_name": "RINDHCA",
        },
    )

    about = StandardPage(
        title=ABOUT_TITLE.es,
        slug="sobre-el-grupo",
        intro=ABOUT_INTRO.es,
        body=build_about_body(),
        show_in_menus=True,
    )
    home.add_child(instance=about)
    about.save_revision().publish()

    for language in TARGET_LANGUAGES:
        publish_translation(home, language, translations_of(home_texts(), language))
        publish_translation(about, language, translations_of(about_texts(), language))
    logger.info("Demo home page %s built in %d languages", home.pk, 4)
    return home


def load(home: HomePage | None = None) -> HomePage:
    load_members()
    return load_home()
