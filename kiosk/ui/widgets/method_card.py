"""One identification method as a tile that reads at a glance: a pictogram, the name, how long
it takes, what the customer needs, then one muted line of facts for staff (issuer, type,
jurisdictions, LOA, app, evidence validity; every fact is also in the Choose button's
accessible description) and the button to choose it. A method the kiosk's catalogue does not
know still gets a tile: what the listing says, and whether it can run here (only in the web
view, when it has a web flow)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.app.language import for_staff
from kiosk.i18n import QT_TRANSLATE_NOOP, fill
from kiosk.srs import Method, MethodSpec, MethodType, find_method_spec

from .common import button, label, restyle, set_button, set_label
from .method_pictogram import MethodPictogram

# A method the catalogue does not know, without a web flow: nothing here can hand it off.
NO_HAND_OFF = QT_TRANSLATE_NOOP(
    "Unavailable",
    "This kiosk does not know this method, and it has no web flow: it cannot be "
    "handed off at this terminal.",
)

# Call languages (ISO 639-1) by name, for the note on a method with a human agent.
LANGUAGE_NAMES = {
    "de": QT_TRANSLATE_NOOP("MethodCard", "German"),
    "fr": QT_TRANSLATE_NOOP("MethodCard", "French"),
    "it": QT_TRANSLATE_NOOP("MethodCard", "Italian"),
    "en": QT_TRANSLATE_NOOP("MethodCard", "English"),
}


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _yes_no(value: bool | None) -> str:
    if value is None:
        return translate("MethodCard", "not stated")
    return translate("MethodCard", "yes") if value else translate("MethodCard", "no")


def known_type(method: Method) -> MethodType | None:
    """The method's type if the kiosk knows it; None for a type the listing named that is not
    (yet) one of ours (the SRS "will update the list regularly")."""
    value: object = method.method_type
    return value if isinstance(value, MethodType) else None


def _type_name(method: Method) -> str:
    known = known_type(method)
    if known is None:
        return str(method.method_type)
    return {
        MethodType.VIDEO: translate("MethodCard", "Video"),
        MethodType.EID: translate("MethodCard", "eID"),
        MethodType.BANKIDENT: translate("MethodCard", "Bankident"),
    }.get(known, known.value)


def _app_text(webflow: bool | None) -> str:
    if webflow is None:
        return translate("MethodCard", "not stated")
    return (
        translate("MethodCard", "no app needed")
        if webflow
        else translate("MethodCard", "app on the phone")
    )


def _loa_text(loa: object) -> str:
    """A listing may leave the LOA out (the kiosk tolerates it)."""
    return f"LOA {loa}" if isinstance(loa, int) else translate("MethodCard", "not stated")


def _language_name(code: str) -> str:
    source = LANGUAGE_NAMES.get(code)
    return translate("MethodCard", source) if source is not None else code


def hand_off_problem(method: Method) -> str | None:
    """Why the kiosk cannot hand this method off (English source text, context Unavailable),
    or None: a method it does not know runs only in the web view, so it needs a web flow."""
    if find_method_spec(method.issuer, method.method) is None and not method.webflow:
        return NO_HAND_OFF
    return None


class MethodCard(QFrame):
    chosen = Signal(object)  # the Method

    def __init__(
        self,
        method: Method,
        unavailable: str | None,
        parent: QWidget | None = None,
        *,
        customer_language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("methodCard")
        self.method = method
        self.spec: MethodSpec | None = find_method_spec(method.issuer, method.method)
        self.customer_language = customer_language
        self.unavailable = unavailable
        self.setProperty("unavailable", unavailable is not None)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 14, 20, 14)
        outer.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(14)
        self.pictogram = MethodPictogram(known_type(method), method.name or method.issuer)
        head.addWidget(self.pictogram)
        title = QVBoxLayout()
        title.setSpacing(2)
        self.name = label("cardTitle")
        title.addWidget(self.name)
        # How long it takes, next to the name: what a customer asks first.
        self.duration = label("duration")
        title.addWidget(self.duration)
        head.addLayout(title, 1)
        outer.addLayout(head)
        # What the customer needs (or, for a method the kiosk does not know, where it runs).
        self.needs = label("fact")
        outer.addWidget(self.needs)
        # The listing's facts in one muted line, for staff.
        self.summary = label("factKey")
        outer.addWidget(self.summary)
        # A limit staff tell the customer before choosing (the call languages).
        self.note = label("error")
        outer.addWidget(self.note)
        self.reason = label("error")
        outer.addWidget(self.reason)
        outer.addStretch()
        bottom = QHBoxLayout()
        bottom.addStretch()
        self.choose = button("primary")
        self.choose.setEnabled(unavailable is None)
        self.choose.clicked.connect(lambda: self.chosen.emit(self.method))
        bottom.addWidget(self.choose)
        outer.addLayout(bottom)
        restyle(self)
        self.retranslate()

    def set_unavailable(self, unavailable: str | None) -> None:
        """Why it cannot be chosen here now (None: it can), on this very tile: a readiness
        verdict arriving while staff read the list must not rebuild it under their finger or a
        screen reader's cursor."""
        if unavailable == self.unavailable:
            return
        self.unavailable = unavailable
        self.setProperty("unavailable", unavailable is not None)
        self.choose.setEnabled(unavailable is None)
        restyle(self)
        self.retranslate()

    def duration_text(self) -> str:
        """How long it takes, from the guide's timings (the tile's second line)."""
        spec = self.spec
        if spec is None:
            return translate("MethodCard", "Duration not stated")
        if spec.typical_duration is not None:
            low, high = spec.typical_duration
            return fill(
                translate("MethodCard", "About %1–%2 minutes"),
                str(round(low.total_seconds() / 60)),
                str(round(high.total_seconds() / 60)),
            )
        if spec.session_lifetime is not None:
            return fill(
                translate("MethodCard", "A few minutes (at most %1)"),
                fill(
                    translate("MethodCard", "%1 min"),
                    str(round(spec.session_lifetime.total_seconds() / 60)),
                ),
            )
        return translate("MethodCard", "A few minutes")

    def summary_text(self) -> str:
        """Issuer, type, jurisdictions, LOA, app, evidence validity: one line."""
        facts = dict(self.facts_text())
        keys = ("Type", "Jurisdictions", "Level of assurance", "App", "Evidence valid")
        parts = [self.method.issuer] + [
            facts[translate("MethodCard", key)]
            for key in keys
            if facts.get(translate("MethodCard", key))
        ]
        validity = translate("MethodCard", "Evidence valid")
        if parts and facts.get(validity):
            parts[-1] = fill(translate("MethodCard", "evidence %1"), facts[validity])
        return " · ".join(parts)

    def facts_text(self) -> list[tuple[str, str]]:
        m, spec = self.method, self.spec
        app = _app_text(m.webflow)
        validity = m.evidence_validity_years or (spec.evidence_validity_years if spec else None)
        duration = translate("MethodCard", "not stated")
        if spec is not None and spec.typical_duration is not None:
            low, high = spec.typical_duration
            duration = fill(
                translate("MethodCard", "%1–%2 min"),
                str(round(low.total_seconds() / 60)),
                str(round(high.total_seconds() / 60)),
            )
        elif spec is not None and spec.session_lifetime is not None:
            duration = fill(
                translate("MethodCard", "session of %1 min"),
                str(round(spec.session_lifetime.total_seconds() / 60)),
            )
        elif spec is not None:
            duration = translate("MethodCard", "a few minutes")
        return [
            (translate("MethodCard", "Issuer"), m.issuer),
            (translate("MethodCard", "Type"), _type_name(m)),
            (translate("MethodCard", "Jurisdictions"), ", ".join(j.value for j in m.jurisdictions)),
            (translate("MethodCard", "Level of assurance"), _loa_text(m.loa)),
            (translate("MethodCard", "App"), app),
            (translate("MethodCard", "Offline"), _yes_no(m.offline)),
            (translate("MethodCard", "Web flow"), _yes_no(m.webflow)),
            (translate("MethodCard", "Real time"), _yes_no(m.realtime)),
            (
                translate("MethodCard", "Evidence valid"),
                (
                    translate("MethodCard", "1 year")
                    if validity == 1
                    else fill(translate("MethodCard", "%1 years"), str(validity))
                )
                if validity
                else translate("MethodCard", "not stated"),
            ),
            (translate("MethodCard", "Typical duration"), duration),
        ]

    def needs_text(self) -> str:
        """The guide's preconditions for the customer; for a method the kiosk does not know,
        where it would run."""
        if self.spec is None:
            if not self.method.webflow:
                return ""  # the reason below says why it cannot be chosen
            return fill(
                translate(
                    "MethodCard",
                    "A method this kiosk does not know (type %1): it runs in the kiosk's web view.",
                ),
                _type_name(self.method),
            )
        if not self.spec.needs:
            return ""
        needs = "".join("\n• " + translate("MethodNeeds", need) for need in self.spec.needs)
        return fill(translate("MethodCard", "The customer needs: %1"), needs)

    def language_note(self) -> str:
        """When the customer's language is not one the method's agents speak."""
        spoken = self.spec.call_languages if self.spec is not None else ()
        language = self.customer_language
        if not spoken or language is None or language in spoken:
            return ""
        names = [_language_name(code) for code in spoken]
        either = (
            names[0]
            if len(names) == 1
            else fill(translate("MethodCard", "%1 or %2"), ", ".join(names[:-1]), names[-1])
        )
        return fill(
            translate("MethodCard", "Video calls in %1 only: the customer chose %2."),
            either,
            _language_name(language),
        )

    @for_staff
    def retranslate(self) -> None:
        set_label(self.name, self.method.name)
        set_label(self.duration, self.duration_text())
        set_label(self.needs, self.needs_text())
        set_label(self.summary, self.summary_text())
        set_label(self.note, self.language_note())
        set_button(
            self.choose,
            translate("MethodCard", "Choose"),
            fill(translate("MethodCard", "Choose %1"), self.method.name),
        )
        # Every fact for screen readers (the tile shows the main ones).
        self.choose.setAccessibleDescription(
            "; ".join(f"{key}: {value}" for key, value in self.facts_text())
        )
        set_label(
            self.reason,
            QCoreApplication.translate("Unavailable", self.unavailable) if self.unavailable else "",
        )
