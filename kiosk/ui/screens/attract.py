"""The attract screen: the customer's language, and the start button for staff.

It is the window's first paint: built from the settings' first look (kiosk.config_glance) and
the language switcher alone, before the session's services exist. Those arrive with
:meth:`AttractScreen.attach`; a tap on Start before then is kept and carried out then.
"""

from __future__ import annotations

from collections.abc import Sized
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSize, Qt, SignalInstance
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from kiosk.app.language import LANGUAGES, LanguageSwitcher
from kiosk.i18n import fill

from ..branding import LogoLabel, logo_pixmap
from ..style import set_customer_view
from ..widgets.common import button, focus_first, label, set_button, set_label
from .page import Page

if TYPE_CHECKING:
    from kiosk.config import Settings

LOGO_BOX = QSize(480, 120)
# Each language's own name: a customer looks for their language, not ours.
ENDONYMS = {"de": "Deutsch", "fr": "Français", "it": "Italiano", "en": "English"}


def _gap(height: int) -> QSpacerItem:
    """Space of ``height`` px between the parts where the screen has it, less where not."""
    return QSpacerItem(0, height, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Preferred)


class Branding(Protocol):
    """``[branding]``'s name and logo (kiosk.config.BrandingSettings, or its first look)."""

    @property
    def name(self) -> str: ...

    @property
    def logo(self) -> Path | None: ...


class Starts(Protocol):
    """What the screen uses of the customer's flow (kiosk.app.flow.CustomerFlow): the start,
    and the orders followed without a session."""

    @property
    def backgroundChanged(self) -> SignalInstance: ...

    def begin(self, language: str) -> None: ...

    def background_orders(self) -> Sized: ...


class BranchSettings(Protocol):
    """What the screen uses of the terminal (kiosk.app.terminal.Terminal): the settings in
    use, and when staff change them."""

    @property
    def settings(self) -> Settings: ...

    @property
    def settingsChanged(self) -> SignalInstance: ...


class AttractScreen(Page):
    def __init__(
        self,
        branding: Branding,
        language: str,
        switcher: LanguageSwitcher,
        parent: QWidget | None = None,
    ) -> None:
        """``language``: the branch's (each customer starts in it); ``switcher`` switches the
        customer's language (the window's, later the terminal's)."""
        super().__init__(parent)
        self.flow: Starts | None = None
        self.branch: BranchSettings | None = None
        self._switcher = switcher
        self._branding = branding
        self._default_language = language
        self._start_pending = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 48)
        # "Aa", top right: larger text and high contrast for this customer (until the wipe).
        self.adapt = button()
        self.adapt.setObjectName("adaptView")
        self.adapt.setCheckable(True)
        self.adapt.toggled.connect(self._adapt)
        layout.addWidget(self.adapt, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(2)
        # The bank's logo and name ([branding]), above the greeting; hidden when not set. The
        # logo shrinks where the screen has no room for it (large text on a small screen).
        self.logo = LogoLabel()
        self.brand_name = label("brand")
        self.brand_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.logo)
        layout.addWidget(self.brand_name)
        self.title = label("title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = label("subtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addItem(_gap(32))
        row = QHBoxLayout()
        row.addStretch()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.languages: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            choice = button("language")
            choice.setCheckable(True)
            choice.setText(ENDONYMS[code])
            choice.clicked.connect(lambda _=False, c=code: self._pick(c))
            # Also toggled: a screen reader's "toggle" action checks it without a click.
            choice.toggled.connect(lambda on, c=code: self._toggled(c, on))
            self.group.addButton(choice)
            row.addWidget(choice)
            self.languages[code] = choice
        row.addStretch()
        layout.addLayout(row)
        layout.addItem(_gap(40))
        self.start = button("primary")
        self.start.setMinimumWidth(360)
        self.start.clicked.connect(self._start)
        layout.addWidget(self.start, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(3)
        self.background = label("muted")
        self.background.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.background)
        self._language: str = language
        self._show_branding()
        self.retranslate()

    def attach(self, flow: Starts, branch: BranchSettings) -> None:
        """The session's services are there: a Start tapped meanwhile is carried out now."""
        self.flow, self.branch = flow, branch
        flow.backgroundChanged.connect(self._show_background)
        branch.settingsChanged.connect(self._follow_settings)
        self._follow_settings()
        self._show_background()
        if self._start_pending:
            self._start_pending = False
            self.start.setEnabled(True)
            self._start()

    def _follow_settings(self) -> None:
        assert self.branch is not None
        settings = self.branch.settings
        self._default_language = settings.kiosk.language
        self._branding = settings.branding
        self._show_branding()

    @property
    def language(self) -> str:
        return self._language

    def enter(self) -> None:
        self._language = self._default_language
        self.languages[self._language].setChecked(True)
        for code, choice in self.languages.items():  # one Tab stop: the chosen language
            choice.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if code == self._language else Qt.FocusPolicy.ClickFocus
            )
        self._show_background()
        focus_first(self.start)  # Tab: the staff button, the language (arrows), Start

    def _show_branding(self) -> None:
        branding = self._branding
        set_label(self.brand_name, branding.name)
        self.brand_name.setVisible(bool(branding.name))
        picture = (
            logo_pixmap(branding.logo, LOGO_BOX, self.devicePixelRatioF())
            if branding.logo is not None
            else QPixmap()
        )
        self.logo.setPixmap(picture)
        self.logo.setVisible(not picture.isNull())
        self.logo.setAccessibleName(branding.name)

    def _adapt(self, on: bool) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_customer_view(app, on)

    def wipe(self) -> None:
        self.adapt.setChecked(False)  # the next customer starts with the branch's look

    def _toggled(self, code: str, on: bool) -> None:
        if on and code != self._language:  # (enter() checks the language it has set)
            self._pick(code)

    def _pick(self, code: str) -> None:
        self._language = code
        self._switcher.switch(code)

    def _start(self) -> None:
        if self.flow is None:  # still starting up: kept (and shown as taken) until attach
            self._start_pending = True
            self.start.setEnabled(False)
            return
        self.flow.begin(self._language)

    def _show_background(self) -> None:
        count = len(self.flow.background_orders()) if self.flow is not None else 0
        if not count:
            set_label(self.background, "")
            return
        from ..texts import plural  # here: kiosk.ui.texts is not needed for the first paint

        set_label(
            self.background,
            plural(
                self.tr("%n identification(s) still followed in the background", "", count), count
            ),
        )

    def retranslate(self) -> None:
        set_label(self.title, self.tr("Identify yourself for your electronic signature"))
        set_label(
            self.subtitle,
            self.tr(
                "Choose your language. A member of staff will guide you through the next steps."
            ),
        )
        for code, choice in self.languages.items():
            choice.setAccessibleName(fill(self.tr("Language: %1"), ENDONYMS[code]))
        set_button(self.adapt, "Aa", self.tr("Larger text and high contrast"))
        set_button(
            self.start, self.tr("Start identification"), self.tr("Start identification (staff)")
        )
        self._show_background()
