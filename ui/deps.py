"""Request-scoped dependencies: the UI context, the logged-in user and role checks."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any, cast

from fastapi import Request

from storage.account_tables import Role
from ui.accounts import User
from ui.context import UiContext

SESSION_USER = "user"


class LoginRequired(Exception):
    """Handled by the app: redirect to the login page, remembering where the user wanted to go."""


class Forbidden(Exception):
    """Handled by the app: a German 403 page."""


def ui_context(request: Request) -> UiContext:
    return cast(UiContext, request.app.state.ui)


def session_user(request: Request) -> User | None:
    username = request.session.get(SESSION_USER)
    if not isinstance(username, str):
        return None
    # Looked up on every request so a deactivated account or a changed role applies at once.
    return ui_context(request).accounts.get(username)


async def current_user(request: Request) -> User:
    user = session_user(request)
    if user is None:
        request.session.pop(SESSION_USER, None)
        raise LoginRequired()
    return user


def require_roles(*roles: Role) -> Callable[[Request], Coroutine[Any, Any, User]]:
    async def dependency(request: Request) -> User:
        user = await current_user(request)
        if user.role not in roles:
            raise Forbidden()
        return user

    return dependency
