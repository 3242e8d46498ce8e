"""One identification method as a card: its facts and a button to choose it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.srs import Method, MethodSpec, MethodType, find_method_spec

from .common import button, label, restyle, set_button, set_label


def translate(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def _yes_no(value: bool) -> str:
    return translate("MethodCard", "yes") if value else translate("MethodCard", "no")


def _type_name(method_type: MethodType) -> str:
    return {
        MethodType.VIDEO: translate("MethodCard", "Video"),
        MethodType.EID: translate("MethodCard", "eID"),
        MethodType.BANKIDENT: translate("MethodCard", "Bankident"),
    }.get(method_type, method_type.value)


class MethodCard(QFrame):
    chosen = Signal(object)  # the Method

    def __init__(self, method: Method, unavailable: str | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("methodCard")
        self.method = method
        self.spec: MethodSpec | None = find_method_spec(method.issuer, method.method)
        self.unavailable = unavailable
        self.setProperty("unavailable", unavailable is not None)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 10, 20, 12)
        outer.setSpacing(4)
        head = QHBoxLayout()
        self.name = label("cardTitle", wrap=False)
        head.addWidget(self.name, 1)
        self.choose = button("primary")
        self.choose.setEnabled(unavailable is None)
        self.choose.clicked.connect(lambda: self.chosen.emit(self.method))
        head.addWidget(self.choose)
        outer.addLayout(head)
        self.facts = QGridLayout()
        self.facts.setHorizontalSpacing(12)
        self.facts.setVerticalSpacing(2)
        outer.addLayout(self.facts)
        self._fact_labels: list[tuple[QLabel, QLabel]] = []
        for _ in range(10):
            self._fact_labels.append((label("factKey"), label("fact")))
        self._columns = 0
        self._arrange(3)
        self.reason = label("error")
        outer.addWidget(self.reason)
        restyle(self)
        self.retranslate()

    def _arrange(self, columns: int) -> None:
        """Fact pairs per row: 4 on a wide screen, 3 on a narrow one."""
        if columns == self._columns:
            return
        self._columns = columns
        for i, (key, value) in enumerate(self._fact_labels):
            row, col = divmod(i, columns)
            self.facts.addWidget(key, row, col * 2)
            self.facts.addWidget(value, row, col * 2 + 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange(4 if event.size().width() >= 1100 else 3)
        super().resizeEvent(event)

    def facts_text(self) -> list[tuple[str, str]]:
        m, spec = self.method, self.spec
        app = (
            translate("MethodCard", "no app needed")
            if m.webflow
            else translate("MethodCard", "app on the phone")
        )
        validity = m.evidence_validity_years or (spec.evidence_validity_years if spec else None)
        duration = translate("MethodCard", "not stated")
        if spec is not None and spec.typical_duration is not None:
            low, high = spec.typical_duration
            duration = (
                translate("MethodCard", "%1–%2 min")
                .replace("%1", str(round(low.total_seconds() / 60)))
                .replace("%2", str(round(high.total_seconds() / 60)))
            )
        elif spec is not None and spec.session_lifetime is not None:
            duration = translate("MethodCard", "session of %1 min").replace(
                "%1", str(round(spec.session_lifetime.total_seconds() / 60)))
        elif spec is not None:
            duration = translate("MethodCard", "a few minutes")
        return [
            (translate("MethodCard", "Issuer"), m.issuer),
            (translate("MethodCard", "Type"), _type_name(m.method_type)),
            (translate("MethodCard", "Jurisdictions"), ", ".join(j.value for j in m.jurisdictions)),
            (translate("MethodCard", "Level of assurance"), f"LOA {m.loa}"),
            (translate("MethodCard", "App"), app),
            (translate("MethodCard", "Offline"), _yes_no(m.offline)),
            (translate("MethodCard", "Web flow"), _yes_no(m.webflow)),
            (translate("MethodCard", "Real time"), _yes_no(m.realtime)),
            (
                translate("MethodCard", "Evidence valid"),
                (
                    translate("MethodCard", "1 year")
                    if validity == 1
                    else translate("MethodCard", "%1 years").replace("%1", str(validity))
                )
                if validity
                else translate("MethodCard", "not stated"),
            ),
            (translate("MethodCard", "Typical duration"), duration),
        ]

    def retranslate(self) -> None:
        set_label(self.name, self.method.name)
        set_button(self.choose, translate("MethodCard", "Choose"),
                   translate("MethodCard", "Choose %1").replace("%1", self.method.name))
        for (key, value), (k, v) in zip(self._fact_labels, self.facts_text(), strict=True):
            set_label(key, k)
            set_label(value, v)
        set_label(self.reason, QCoreApplication.translate("Unavailable", self.unavailable)
                  if self.unavailable else "")
