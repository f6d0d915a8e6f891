"""Request-scoped dependencies: the UI context, the logged-in user and role checks.

The user dependencies are plain functions: FastAPI runs them in its threadpool, so the SQLite
lookups they do never hold the event loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import cast

from fastapi import Request

from storage.account_tables import Role
from ui.accounts import User
from ui.context import UiContext
from ui.sessions import SESSION_ID

_STATE_USER = "user"


class LoginRequired(Exception):
    """Handled by the app: redirect to the login page, remembering where the user wanted to go."""


class Forbidden(Exception):
    """Handled by the app: a German 403 page."""


def ui_context(request: Request) -> UiContext:
    return cast(UiContext, request.app.state.ui)


def session_user(request: Request) -> User | None:
    """The user of this request's live server-side session (blocking: call from a thread)."""
    ui = ui_context(request)
    username = ui.sessions.username(request.session.get(SESSION_ID))
    # Looked up on every request so a deactivated account or a changed role applies at once.
    return ui.accounts.get(username) if username is not None else None


def known_user(request: Request) -> User | None:
    """The user an earlier dependency of this request authenticated, for page rendering."""
    user = getattr(request.state, _STATE_USER, None)
    return user if isinstance(user, User) else None


def current_user(request: Request) -> User:
    user = session_user(request)
    if user is None:
        request.session.pop(SESSION_ID, None)
        raise LoginRequired()
    setattr(request.state, _STATE_USER, user)
    return user


def require_roles(*roles: Role) -> Callable[[Request], User]:
    def dependency(request: Request) -> User:
        user = current_user(request)
        if user.role not in roles:
            raise Forbidden()
        return user

    return dependency
