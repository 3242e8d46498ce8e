"""A screen reader's side of AT-SPI, for tests/gui/test_atspi.py. Runs with the system Python
(``/usr/bin/python3``: Debian's python3-pyatspi), not the project's; prints one JSON object.

    atspi_client.py controls PID       showing buttons (name, centre) and combo boxes (name,
                                       the names of what labels them)
    atspi_client.py press PID NAME     presses the showing button NAME through its AT-SPI
                                       action, as a screen reader user does
    atspi_client.py focused PID        the showing nodes in the focused state: role, name and
                                       text (an input's)
    atspi_client.py roles PID ROLE     the showing nodes of a role (its AT-SPI name, e.g.
                                       "dialog", "heading"): name, description, modal
    atspi_client.py walk PID SECONDS   walks the whole tree again and again, as a screen reader
                                       does, also asking each node for the child one past the
                                       count it just read (the index a reader still holds when
                                       a page's children shrink between two calls)
"""

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]


def application(pid: int) -> object:
    deadline = time.monotonic() + 90
    while True:
        desktop = pyatspi.Registry.getDesktop(0)
        for app in desktop:
            if app is not None and app.get_process_id() == pid:
                return app
        if time.monotonic() > deadline:
            raise SystemExit(f"no accessible application with pid {pid}")
        time.sleep(0.2)


def nodes(acc: object):  # type: ignore[no-untyped-def]
    """``acc`` and everything under it, skipping what is gone by the time it is asked (the
    screen may change during a walk: the next poll sees the new one)."""
    yield acc
    try:
        count = acc.childCount
    except Exception:  # gone meanwhile
        return
    for i in range(count):
        try:
            child = acc.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            yield from nodes(child)


def controls(pid: int) -> dict[str, object]:
    buttons, combos = [], []
    for acc in nodes(application(pid)):
        try:
            _control(acc, buttons, combos)
        except Exception:  # gone meanwhile
            continue
    return {"buttons": buttons, "combos": combos}


def _control(acc: object, buttons: list[object], combos: list[object]) -> None:
    role = acc.getRole()
    if role in (
        pyatspi.ROLE_PUSH_BUTTON,
        pyatspi.ROLE_TOGGLE_BUTTON,
        pyatspi.ROLE_CHECK_BOX,
    ) and acc.getState().contains(pyatspi.STATE_SHOWING):
        box = acc.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        buttons.append(
            {"name": acc.name, "x": box.x + box.width // 2, "y": box.y + box.height // 2}
        )
    elif role == pyatspi.ROLE_COMBO_BOX:
        labels = [
            relation.getTarget(i).name
            for relation in acc.getRelationSet()
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
            for i in range(relation.getNTargets())
        ]
        combos.append(
            {
                "name": acc.name,
                "labelled_by": labels,
                "showing": acc.getState().contains(pyatspi.STATE_SHOWING),
            }
        )


def focused(pid: int) -> list[dict[str, object]]:
    """The showing nodes in the focused state: the input with the keyboard focus, and the
    current item of each list (Qt marks those focused too, in closed combo boxes as well)."""
    found: list[dict[str, object]] = []
    for acc in nodes(application(pid)):
        try:
            state = acc.getState()
            if not (
                state.contains(pyatspi.STATE_FOCUSED) and state.contains(pyatspi.STATE_SHOWING)
            ):
                continue
            try:
                text = acc.queryText()
                content = text.getText(0, text.characterCount)
            except Exception:  # no text interface: not an input
                content = None
            found.append({"role": acc.getRoleName(), "name": acc.name, "text": content})
        except Exception:  # gone meanwhile
            continue
    return found


def roles(pid: int, role: str) -> list[dict[str, object]]:
    found: list[dict[str, object]] = []
    for acc in nodes(application(pid)):
        try:
            if acc.getRoleName() == role and acc.getState().contains(pyatspi.STATE_SHOWING):
                modal = acc.getState().contains(pyatspi.STATE_MODAL)
                found.append({"name": acc.name, "description": acc.description, "modal": modal})
        except Exception:  # gone meanwhile
            continue
    return found


def walk(pid: int, seconds: float) -> dict[str, object]:
    app = application(pid)
    walks = visited = errors = 0
    deadline = time.monotonic() + seconds

    def visit(acc: object) -> None:
        nonlocal visited, errors
        try:
            count = acc.childCount
            _ = (acc.name, acc.getRole(), acc.getState())
        except Exception:  # gone meanwhile: a reader skips it
            errors += 1
            return
        visited += 1
        for i in range(count + 1):
            try:
                child = acc.getChildAtIndex(i)
            except Exception:
                errors += 1
                continue
            if child is not None:
                visit(child)

    while time.monotonic() < deadline:
        visit(app)
        walks += 1
    return {"walks": walks, "visited": visited, "errors": errors}


def press(pid: int, name: str) -> dict[str, object]:
    """Press the showing button called ``name`` as a screen reader user does (its action)."""
    for acc in nodes(application(pid)):
        try:
            found = (
                acc.getRole() in (pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON)
                and acc.name == name
                and acc.getState().contains(pyatspi.STATE_SHOWING)
            )
        except Exception:  # gone meanwhile
            continue
        if found:
            action = acc.queryAction()
            names = [action.getName(i) for i in range(action.nActions)]
            index = names.index("Press") if "Press" in names else 0
            return {"pressed": bool(action.doAction(index)), "actions": names}
    raise SystemExit(f"no showing button {name!r}")


if __name__ == "__main__":
    command, pid = sys.argv[1], int(sys.argv[2])
    if command == "controls":
        result = controls(pid)
    elif command == "press":
        result = press(pid, sys.argv[3])
    elif command == "focused":
        result = focused(pid)
    elif command == "roles":
        result = roles(pid, sys.argv[3])
    else:
        result = walk(pid, float(sys.argv[3]))
    print(json.dumps(result))
