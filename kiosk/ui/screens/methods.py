"""Method choice (staff): presets first, the guide's seven filters behind "More filters"
(collapsed by default; how many are set shows on the button), and the methods as tiles that
read at a glance (``MethodCard``), in a grid as wide as the screen allows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kiosk.app import presets
from kiosk.app.flow import CustomerFlow
from kiosk.app.language import staff_texts
from kiosk.app.tasks import within
from kiosk.app.terminal import SWITCHED_OFF, Terminal
from kiosk.i18n import fill
from kiosk.srs import METHODS, Jurisdiction, Method, MethodFilter, MethodType, SrsError

from ..readiness_reasons import ReadinessReasons
from ..texts import plural
from ..widgets.common import (
    button,
    focus_first,
    label,
    restyle,
    scroll_area,
    set_button,
    set_label,
    tab_order,
    wheel_scrolls_page,
)
from ..widgets.flow_layout import FlowLayout
from ..widgets.method_card import MethodCard, hand_off_problem
from .attract import ENDONYMS
from .base import REQUEST_TIMEOUT_S, Screen

ANY = None
_TRI = (ANY, True, False)
# Tiles per row by the screen's width (px): three side by side from a landscape kiosk's width.
_COLUMNS = ((1150, 3), (720, 2))


class MethodsScreen(Screen):
    """Staff filter and pick (in the staff language); the customer's language is shown."""

    staff_facing = True

    def __init__(
        self, flow: CustomerFlow, terminal: Terminal, parent: QWidget | None = None
    ) -> None:
        super().__init__(flow, parent)
        self._terminal = terminal  # the branch's presets, the methods it offers
        self._reasons = ReadinessReasons(self)
        self._load = self.slot("load methods")
        self.cards: list[MethodCard] = []
        self._filling = False
        self._entry_focus: QWidget | None = None  # where entering put the focus
        self._state_text: Callable[[], str] = str  # the list's state: none yet
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        self.title = label("title")
        layout.addWidget(self.title)
        # Staff may read another language than the customer: whose screens come next.
        self.customer_language = label("small")
        layout.addWidget(self.customer_language)
        # Presets and filters wrap to further rows where the width ends (long texts, large text).
        # Presets, filters and cards scroll as one: with large text or long texts the filters
        # take several rows, and the cards still get the whole height once scrolled to.
        self.card_host = QWidget()
        content = QVBoxLayout(self.card_host)
        content.setContentsMargins(0, 0, 0, 0)
        self.preset_row = FlowLayout()
        self.preset_group = QButtonGroup(self)
        self.preset_buttons: dict[str, QPushButton] = {}
        content.addLayout(self.preset_row)
        # The seven filters behind one button: presets cover the usual cases.
        self.more = button("preset")
        self.more.setCheckable(True)
        self.more.toggled.connect(self._show_filters)
        self.more.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        more_row = QHBoxLayout()
        more_row.addWidget(self.more)
        more_row.addStretch()
        content.addLayout(more_row)
        self.filter_panel = QWidget()
        self.filter_row = FlowLayout(self.filter_panel, spacing=16)
        self.filter_labels: dict[str, QLabel] = {}
        self.filters: dict[str, QComboBox] = {}
        names = ("issuer", "jurisdiction", "loa", "method_type", "offline", "webflow", "realtime")
        for name in names:
            caption, combo = label("small", wrap=False), wheel_scrolls_page(QComboBox())
            caption.setBuddy(combo)  # Linux screen readers take a combo box's name from it
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter_changed)
            self.filter_labels[name], self.filters[name] = caption, combo
            cell = QWidget()  # the caption above its box, as one item of the flow
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(caption)
            column.addWidget(combo)
            self.filter_row.addWidget(cell)
        content.addWidget(self.filter_panel)
        self.filter_panel.hide()
        state_row = QHBoxLayout()
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(160)
        self.busy.setTextVisible(False)
        self.state = label()
        self.retry = button()
        self.retry.clicked.connect(self.reload)
        state_row.addWidget(self.busy)
        state_row.addWidget(self.state, 1)
        state_row.addWidget(self.retry)
        content.addLayout(state_row)
        self.card_layout = QGridLayout()
        self.card_layout.setHorizontalSpacing(16)
        self.card_layout.setVerticalSpacing(16)
        self._columns = 3
        content.addLayout(self.card_layout)
        content.addStretch(1)
        self.scroller = scroll_area(self.card_host)
        layout.addWidget(self.scroller, 1)
        bottom = QHBoxLayout()
        self.cancel = button()
        self.cancel.clicked.connect(self.ctl.wipe)
        bottom.addWidget(self.cancel)
        bottom.addStretch()
        layout.addLayout(bottom)
        terminal.settingsChanged.connect(self._build_presets)
        self._build_presets()
        self.retranslate()
        self.busy.hide()
        self.retry.hide()

    # -- filters -----------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        """(Re)build the combo boxes' items in the current language, keeping the choice."""
        self._filling = True
        any_text = self.tr("Any")
        yes_no = [any_text, self.tr("Yes"), self.tr("No")]
        items: dict[str, list[tuple[str, object]]] = {
            "issuer": [(any_text, ANY)] + [(m.issuer, m.issuer) for m in METHODS],
            "jurisdiction": [
                (any_text, ANY),
                (self.tr("EU (eIDAS)"), Jurisdiction.EIDAS),
                (self.tr("CH (ZertES)"), Jurisdiction.ZERTES),
            ],
            "loa": [
                (any_text, ANY),
                *[(fill(self.tr("LOA %1 or higher"), str(n)), n) for n in (1, 2, 3)],
                (self.tr("LOA 4"), 4),
            ],
            "method_type": [
                (any_text, ANY),
                (self.tr("Video"), MethodType.VIDEO),
                (self.tr("eID"), MethodType.EID),
                (self.tr("Bank"), MethodType.BANKIDENT),
            ],
            "offline": list(zip(yes_no, _TRI, strict=True)),
            "webflow": list(zip(yes_no, _TRI, strict=True)),
            "realtime": list(zip(yes_no, _TRI, strict=True)),
        }
        for name, combo in self.filters.items():
            kept = combo.currentData()
            combo.clear()
            for text, value in items[name]:
                combo.addItem(text, value)
            index = combo.findData(kept)
            combo.setCurrentIndex(max(0, index))
        self._filling = False

    def current_filter(self) -> MethodFilter:
        f = {name: combo.currentData() for name, combo in self.filters.items()}
        return MethodFilter(
            issuer=(f["issuer"],) if f["issuer"] else (),
            jurisdiction=(f["jurisdiction"],) if f["jurisdiction"] else (),
            loa=f["loa"],
            offline=f["offline"],
            method_type=f["method_type"],
            webflow=f["webflow"],
            realtime=f["realtime"],
        )

    def apply_filter(self, filters: MethodFilter) -> None:
        self._filling = True
        values: dict[str, object] = {
            "issuer": filters.issuer[0] if filters.issuer else ANY,
            "jurisdiction": filters.jurisdiction[0] if filters.jurisdiction else ANY,
            "loa": filters.loa,
            "method_type": filters.method_type,
            "offline": filters.offline,
            "webflow": filters.webflow,
            "realtime": filters.realtime,
        }
        for name, combo in self.filters.items():
            combo.setCurrentIndex(max(0, combo.findData(values[name])))
        self._filling = False
        self._mark_preset()
        self._retranslate_more()
        self.reload()

    def _build_presets(self) -> None:
        for b in self.preset_buttons.values():
            self.preset_group.removeButton(b)
            b.deleteLater()
        self.preset_buttons.clear()
        while self.preset_row.count():
            self.preset_row.takeAt(0)
        for key in ("all", *self._terminal.enabled_presets):
            b = button("preset")
            b.setCheckable(True)
            b.clicked.connect(lambda _=False, k=key: self._use_preset(k))
            # Also toggled: a screen reader's "toggle" action checks it without a click.
            b.toggled.connect(lambda on, k=key: self._preset_toggled(k, on))
            self.preset_group.addButton(b)
            self.preset_row.addWidget(b)
            self.preset_buttons[key] = b
        self._retranslate_presets()
        self._mark_preset()
        self._order_tabs()

    def _mark_preset(self) -> None:
        """The preset whose filters are the ones set shows as chosen (checked: screen readers
        say so too), "All methods" with none; none where staff set other filters."""
        current = self.current_filter()
        for key, b in self.preset_buttons.items():
            chosen = presets.preset(key)
            if (chosen.filters if chosen is not None else MethodFilter()) == current:
                b.setChecked(True)
                return
        checked = self.preset_group.checkedButton()
        if checked is not None:  # an exclusive group keeps one checked unless told otherwise
            self.preset_group.setExclusive(False)
            checked.setChecked(False)
            self.preset_group.setExclusive(True)

    def _order_tabs(self) -> None:
        """Tab in reading order: presets (one stop: the arrow keys move between them, as in
        every exclusive group), More filters, the filters (when shown), Retry, each tile's
        Choose, Cancel."""
        tab_order(
            *self.preset_buttons.values(),
            self.more,
            *self.filters.values(),
            self.retry,
            *(card.choose for card in self.cards),
            self.cancel,
        )

    def _show_filters(self, shown: bool) -> None:
        self.filter_panel.setVisible(shown)
        self._retranslate_more()

    def active_filters(self) -> int:
        """How many of the seven filters are set (not "Any")."""
        return sum(combo.currentData() is not ANY for combo in self.filters.values())

    def _preset_toggled(self, key: str, on: bool) -> None:
        chosen = presets.preset(key)
        if (
            on
            and (chosen.filters if chosen is not None else MethodFilter()) != self.current_filter()
        ):
            self._use_preset(key)  # (_mark_preset checks the one whose filters are set)

    def _use_preset(self, key: str) -> None:
        chosen = presets.preset(key)
        self.apply_filter(chosen.filters if chosen is not None else MethodFilter())

    def _filter_changed(self) -> None:
        self._retranslate_more()
        if not self._filling:
            self._mark_preset()
            self.reload()

    # -- loading -----------------------------------------------------------------------------

    def enter(self) -> None:
        self._show_customer_language()
        # The first preset until the methods are there; then the first card's Choose.
        self._entry_focus = focus_first(
            self.preset_group.checkedButton(), *self.preset_buttons.values()
        )
        self.reload()

    def _show_customer_language(self) -> None:
        customer = self.ctl.customer
        language = ENDONYMS.get(customer.language, "") if customer is not None else ""
        set_label(
            self.customer_language,
            fill(self.tr("Customer's language: %1"), language) if language else "",
        )

    def reload(self) -> None:
        """Load the methods for the current filter; a new load cancels the one in flight."""
        from_retry = self.retry.hasFocus()
        self.retry.hide()
        self.busy.show()
        self._say(lambda: self.tr("Loading the identification methods…"))
        self._load.start(self._fetch(self.current_filter(), from_retry))

    async def _fetch(self, filters: MethodFilter, from_retry: bool) -> None:
        try:
            methods = await within(self.ctl.list_methods(filters), REQUEST_TIMEOUT_S)
        except (SrsError, TimeoutError) as exc:
            failure = exc  # (``exc`` itself is gone after the block; the text is worded again)
            self.busy.hide()
            self.show_cards([])
            self._say(
                lambda: fill(
                    self.tr("The methods could not be loaded: %1"), self.describe_error(failure)
                ),
                error=True,
            )
            self.retry.show()
            self.retry.setFocus()
            return
        self.busy.hide()
        self.show_cards(methods)
        entry, self._entry_focus = self._entry_focus, None
        if from_retry or (entry is not None and QApplication.focusWidget() is entry):
            focus_first(*(card.choose for card in self.cards), self.cancel)
        count = len(methods)
        self._say(
            lambda: (
                plural(self.tr("%n method(s) match", "", count), count)
                if count
                else self.tr(
                    "No method matches these filters. Choose fewer filters or another preset."
                )
            )
        )

    def _say(self, text: Callable[[], str], *, error: bool = False) -> None:
        """The list's state under the filters, worded again when the staff language changes."""
        self._state_text = text
        self.state.setProperty("role", "error" if error else None)
        restyle(self.state)
        set_label(self.state, text())

    def show_cards(self, methods: list[Method]) -> None:
        """One card per listed method, in the listing's order, each with why it cannot be
        chosen here (if so)."""
        for card in self.cards:
            self.card_layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        customer = self.ctl.customer
        language = customer.language if customer is not None else None
        for method in methods:
            card = MethodCard(method, self._why_not(method), customer_language=language)
            card.chosen.connect(self.ctl.choose)
            self.cards.append(card)
        self._place_cards()
        for card in self.cards:
            card.show()  # now, not on the next event loop pass: it may take the focus next
        self._order_tabs()

    def apply_verdicts(self) -> None:
        """The tiles shown say again what can run here (a readiness check ended, the staff
        language changed): each in place, the list not fetched again. A tile that can no
        longer be chosen hands its focus on to the next one that can."""
        had_focus = next((c for c in self.cards if c.choose.hasFocus()), None)
        for card in self.cards:
            card.set_unavailable(self._why_not(card.method))
        if had_focus is not None and not had_focus.choose.isEnabled():
            after = self.cards[self.cards.index(had_focus) :]
            focus_first(*(c.choose for c in after), *(c.choose for c in self.cards), self.cancel)

    def _why_not(self, method: Method) -> str | None:
        # A method nothing here can hand off says so first, whatever the settings say.
        return hand_off_problem(method) or self._unavailable_reason(method)

    def _unavailable_reason(self, method: Method) -> str | None:
        """Switched off in the settings (source text: the card translates it), or what the
        readiness check found (in the staff's language), or None: it can be chosen."""
        if self._terminal.switched_off(method):
            return SWITCHED_OFF
        verdict = self._terminal.blocked_here(method)
        if verdict is None:
            return None
        with staff_texts():
            return self._reasons.reason(verdict)

    def _place_cards(self) -> None:
        """Tiles row by row, as many per row as the width allows (reading order = Tab
        order)."""
        for i, card in enumerate(self.cards):
            self.card_layout.removeWidget(card)
            row, column = divmod(i, self._columns)
            self.card_layout.addWidget(card, row, column)
        for column in range(3):
            self.card_layout.setColumnStretch(column, 1 if column < self._columns else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        width = event.size().width()
        columns = next((n for least, n in _COLUMNS if width >= least), 1)
        if columns != self._columns:
            self._columns = columns
            self._place_cards()
        super().resizeEvent(event)

    def wipe(self) -> None:
        self._filling = True
        for combo in self.filters.values():
            combo.setCurrentIndex(0)
        self._filling = False
        self.more.setChecked(False)  # the next customer's choice starts from the presets
        self._retranslate_more()
        self._mark_preset()  # "All methods" again
        self.scroller.verticalScrollBar().setValue(0)  # the presets in view, not the last tiles
        # No tiles of the last visit (in the last customer's language) until the next list is
        # in: none to press that a finished load would then replace.
        self._load.cancel()
        self.show_cards([])
        self.busy.hide()
        self.retry.hide()
        self._say(str)

    # -- texts -------------------------------------------------------------------------------

    def _retranslate_presets(self) -> None:
        for key, b in self.preset_buttons.items():
            chosen = presets.preset(key)
            text = (
                QCoreApplication.translate("Preset", chosen.title)
                if chosen
                else self.tr("All methods")
            )
            set_button(b, text, fill(self.tr("Preset: %1"), text))

    def _retranslate_more(self) -> None:
        count = self.active_filters()
        text = (
            self.tr("More filters")
            if not count
            else plural(self.tr("More filters (%n set)", "", count), count)
        )
        set_button(self.more, ("▾ " if self.more.isChecked() else "▸ ") + text, text)

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Choose the identification method"))
        self._show_customer_language()
        captions = {
            "issuer": self.tr("Issuer"),
            "jurisdiction": self.tr("Jurisdiction"),
            "loa": self.tr("Level of assurance"),
            "method_type": self.tr("Method type"),
            "offline": self.tr("Offline"),
            "webflow": self.tr("Web flow"),
            "realtime": self.tr("Real time"),
        }
        for name, caption in captions.items():
            set_label(self.filter_labels[name], caption)
            self.filters[name].setAccessibleName(fill(self.tr("Filter: %1"), caption))
        self._fill_filters()
        self._retranslate_presets()
        self._retranslate_more()
        set_button(self.retry, self.tr("Try again"), self.tr("Load the methods again"))
        set_button(self.cancel, self.tr("Cancel"), self.tr("Cancel and return to the start"))
        self.busy.setAccessibleName(self.tr("Loading"))
        set_label(self.state, self._state_text())
        for card in self.cards:
            card.retranslate()
