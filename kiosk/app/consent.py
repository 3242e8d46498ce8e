"""The redirect notice the customer must accept before the start call (guide, appendix intro).

The guide words its examples around the target URL ("By calling the URL https://xxx..."), but the
customer consents before the start call, when no URL exists yet: the opening clause names the
method instead and the rest is the guide's German and English (the AML variant's "unsere
Identifikationspartners" put right). French and Italian are our translations and should be
reviewed by the branch's legal team. They are legal text, so they are kept verbatim here
rather than in the UI catalogue.
"""

from __future__ import annotations

_STANDARD = {
    "de": (
        "Mit dem Start der Identifikation über {provider} werden Sie zum Identifikationsportal "
        "unseres Identifikationspartners weitergeleitet, bei dem Sie sich im Auftrag der "
        "Swisscom Trust Services identifizieren können. Ihre hierfür erhobenen Personendaten "
        "werden ausschliesslich für die ordnungsgemässe Identifizierung im Rahmen der "
        "elektronischen Signatur verwendet."
    ),
    "en": (
        "When you start the identification with {provider}, you will be redirected to the "
        "identification portal of our identification partner which will identify you on behalf "
        "of Swisscom Trust Services. Your personal data collected for this purpose will be used"
        " exclusively for proper identification within the scope of the electronic signature."
    ),
    "fr": (
        "En démarrant l'identification avec {provider}, vous serez redirigé vers le portail "
        "d'identification de notre partenaire d'identification, auprès duquel vous pourrez vous"
        " identifier pour le compte de Swisscom Trust Services. Les données personnelles "
        "collectées à cet effet seront utilisées exclusivement pour une identification en bonne"
        " et due forme dans le cadre de la signature électronique."
    ),
    "it": (
        "Avviando l'identificazione con {provider} verrà reindirizzato al portale di "
        "identificazione del nostro partner di identificazione, presso il quale potrà "
        "identificarsi per conto di Swisscom Trust Services. I dati personali raccolti a tale "
        "scopo saranno utilizzati esclusivamente per la corretta identificazione nell'ambito "
        "della firma elettronica."
    ),
}

_AML = {
    "de": (
        "Mit dem Start der Identifikation über {provider} werden Sie zum Identifikationsportal "
        "unserer Identifikationspartner weitergeleitet, bei denen Sie sich im Auftrag von uns "
        "und Swisscom Trust Services identifizieren können. Ihre hierfür erhobenen "
        "Personendaten werden ausschliesslich für die ordnungsgemässe Identifizierung im Rahmen"
        " der Überprüfung gegen die Bekämpfung der Geldwäsche und im Rahmen der elektronischen "
        "Signatur verwendet."
    ),
    "en": (
        "When you start the identification with {provider}, you will be forwarded to the "
        "identification portal of our identification partners, where you can identify yourself "
        "on behalf of us and Swisscom Trust Services. Your personal data collected for this "
        "purpose will be used exclusively for proper identification in the context of the "
        "anti-money laundering review and in the context of electronic signatures."
    ),
    "fr": (
        "En démarrant l'identification avec {provider}, vous serez redirigé vers le portail "
        "d'identification de nos partenaires d'identification, où vous pourrez vous identifier "
        "pour notre compte et pour celui de Swisscom Trust Services. Les données personnelles "
        "collectées à cet effet seront utilisées exclusivement pour une identification en bonne"
        " et due forme dans le cadre du contrôle de lutte contre le blanchiment d'argent et de "
        "la signature électronique."
    ),
    "it": (
        "Avviando l'identificazione con {provider} verrà reindirizzato al portale di "
        "identificazione dei nostri partner di identificazione, presso il quale potrà "
        "identificarsi per conto nostro e di Swisscom Trust Services. I dati personali raccolti"
        " a tale scopo saranno utilizzati esclusivamente per la corretta identificazione "
        "nell'ambito della verifica antiriciclaggio e della firma elettronica."
    ),
}

LANGUAGES = ("de", "fr", "it", "en")


def redirect_notice(language: str, *, aml: bool, provider: str) -> str:
    """The notice in ``language`` (English if unknown); ``provider`` names the method, e.g.
    "BankIdent KLARNA"."""
    texts = _AML if aml else _STANDARD
    return texts.get(language, texts["en"]).format(provider=provider)
