"""What goes to the SRS with a start, per method (guide appendices "Initial Information"), and
which jurisdiction and LOA an order is verified with (the staff's filter, else the method's)."""

from __future__ import annotations

from datetime import date

from kiosk.app.customer import order_assurance
from kiosk.app.send_data import data_to_send
from kiosk.srs import IdentityData, Jurisdiction, Method, MethodFilter, MethodType
from kiosk.srs.catalogue import BANKIDENT_KLARNA, EID_AUTHADA, VIDEO_IDENTITY_TM

CUSTOMER = IdentityData(
    first_name="Erika",
    last_name="Mustermann",
    dob=date(1964, 8, 12),
    mobile="+4915123456789",
    email="erika@example.org",
    country="DE",
    language="de",
    external_id="BRANCH-7",
    nationality="DE",
)


def test_authada_gets_no_initial_data_only_the_external_id() -> None:
    sent = data_to_send(EID_AUTHADA, CUSTOMER, match_all=True)
    assert sent.given() == {"external_id": "BRANCH-7"}


def test_identity_tm_gets_only_the_surname_unless_staff_want_a_data_match() -> None:
    # Appendix 1: "only the Surname ... and none of the other attributes" (the mobile among
    # them; the kiosk keeps it for verify); the External ID is the SRS's own, not matched.
    assert data_to_send(VIDEO_IDENTITY_TM, CUSTOMER, match_all=False).given() == {
        "last_name": "Mustermann",
        "external_id": "BRANCH-7",
    }
    everything = data_to_send(VIDEO_IDENTITY_TM, CUSTOMER, match_all=True).given()
    assert everything == CUSTOMER.given()  # Identity.tm accepts every field given here


def test_other_methods_get_what_they_accept() -> None:
    sent = data_to_send(BANKIDENT_KLARNA, CUSTOMER, match_all=False).given()
    assert {"first_name", "last_name", "dob", "external_id"} <= set(sent)
    assert set(sent) <= BANKIDENT_KLARNA.data.accepted


def test_a_method_the_catalogue_does_not_know_gets_what_was_given() -> None:
    assert data_to_send(None, CUSTOMER, match_all=False) == CUSTOMER


def _listed(jurisdictions: tuple[Jurisdiction, ...], loa: int) -> Method:
    return Method(
        "IDENTITY.TM",
        "video",
        MethodType.VIDEO,
        "VIDEO IDENTITY.TM",
        jurisdictions,
        loa,
        offline=False,
        webflow=True,
        realtime=True,
    )


def test_the_staff_filter_sets_jurisdiction_and_loa() -> None:
    video = _listed((Jurisdiction.EIDAS, Jurisdiction.ZERTES), 4)
    assert order_assurance(
        video, VIDEO_IDENTITY_TM, MethodFilter(jurisdiction=(Jurisdiction.ZERTES,), loa=4)
    ) == (Jurisdiction.ZERTES, 4)
    assert order_assurance(
        video, VIDEO_IDENTITY_TM, MethodFilter(jurisdiction=(Jurisdiction.EIDAS,), loa=3)
    ) == (Jurisdiction.EIDAS, 3)
    assert order_assurance(video, VIDEO_IDENTITY_TM, MethodFilter(loa=3)) == (Jurisdiction.EIDAS, 3)


def test_without_a_choice_the_methods_first_jurisdiction_and_its_loa() -> None:
    video = _listed((Jurisdiction.ZERTES, Jurisdiction.EIDAS), 3)
    assert order_assurance(video, VIDEO_IDENTITY_TM, MethodFilter()) == (Jurisdiction.ZERTES, 3)
    # Several jurisdictions chosen, or one the method does not offer: the method's own.
    both = MethodFilter(jurisdiction=(Jurisdiction.EIDAS, Jurisdiction.ZERTES))
    assert order_assurance(video, VIDEO_IDENTITY_TM, both) == (Jurisdiction.ZERTES, 3)
    eu_only = _listed((Jurisdiction.EIDAS,), 4)
    assert order_assurance(
        eu_only, VIDEO_IDENTITY_TM, MethodFilter(jurisdiction=(Jurisdiction.ZERTES,))
    ) == (Jurisdiction.EIDAS, 4)
    # Nothing listed: the guide's catalogue.
    assert order_assurance(None, BANKIDENT_KLARNA, MethodFilter()) == (Jurisdiction.EIDAS, 4)
