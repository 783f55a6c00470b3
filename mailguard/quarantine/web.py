"""The safeguarding lead's review web UI: the queue, one message, the actions, the audit log.

Server-rendered (Starlette + Jinja2, autoescaped), no JavaScript at all. Everything but /login
and /static/ needs a logged-in user (web_auth.RequireLogin); every POST needs the session's CSRF
token; every page carries a strict Content-Security-Policy. Everything that touches SQLite, the
message files, libmagic, Pillow or argon2 runs in a thread: this app shares its event loop with
the SMTP proxy. Who saw what is written to the append-only audit log.
"""

from __future__ import annotations

import csv
import io
import re
import time
from collections.abc import Awaitable, Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from mailguard.findings import human_size
from mailguard.quarantine import review, web_render
from mailguard.quarantine.context import ReviewContext
from mailguard.quarantine.review import Outcome
from mailguard.quarantine.store import STATUSES, StoreError
from mailguard.quarantine.web_auth import (
    BODY_CSP,
    SESSION_PREFIX,
    LoginThrottle,
    RequireLogin,
    SecurityHeaders,
    Sessions,
    checked_form,
    client_of,
    csrf_token,
    current_user,
    require_admin,
    safe_next,
    session_ref,
)

HERE = Path(__file__).parent
PAGE_SIZE = 50
AUDIT_PAGE_SIZE = 100
MAX_BULK = 200
SESSION_COOKIE = "mailguard_session"
ID_RE = re.compile(r"^[0-9A-Za-z-]{1,64}$")


def _templates(ctx: ReviewContext) -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined)
    env.filters["when"] = lambda ts: time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""
    env.filters["size"] = human_size
    env.filters["mark"] = lambda text, term: web_render.highlight(str(text), [str(term)] if term else [])[0]
    env.globals["school_name"] = ctx.school_name
    return Jinja2Templates(env=env)


def create_app(ctx: ReviewContext) -> Starlette:
    """The review UI as an ASGI app, to run inside `mailguard serve` (uvicorn, same event loop)."""
    store = ctx.store
    templates = _templates(ctx)
    sessions = Sessions(store, ctx.session_minutes)
    throttle = LoginThrottle()

    async def audit(request: Request, user: str, action: str, item_id: str | None = None, detail: str = "") -> None:
        await run_in_threadpool(store.audit, user, action, item_id, detail, client_of(request))

    def render(request: Request, template: str, status_code: int = 200, /, **context: Any) -> Response:
        user = request.scope.get("user")
        flash = request.session.pop("flash", []) if user is not None else []
        context = {"user": user, "csrf": csrf_token(request), "flash": flash, "active": "", **context}
        return templates.TemplateResponse(request, template, context, status_code=status_code)

    def flash(request: Request, outcomes: list[Outcome]) -> None:
        # The session is a cookie: keep what is said short.
        shown = [{"ok": o.ok, "message": o.message[:300]} for o in outcomes[:8]]
        if len(outcomes) > 8:
            shown.append({"ok": all(o.ok for o in outcomes[8:]), "message": f"… and {len(outcomes) - 8} more."})
        request.session["flash"] = shown

    # ------------------------------------------------------------ log in / out

    async def login_page(request: Request) -> Response:
        if request.scope.get("user") is not None:
            return RedirectResponse(safe_next(request.query_params.get("next")), status_code=303)
        return render(request, "login.html", next=safe_next(request.query_params.get("next")), error="", name="")

    async def login(request: Request) -> Response:
        try:
            form = await checked_form(request)
        except HTTPException:
            if SESSION_COOKIE in request.cookies:
                raise
            return render(request, "login.html", 403, next="/", name="", error=(
                "Your browser did not keep the log-in cookie. Please allow cookies for this site. "
                "(For IT: on plain http:// other than localhost, set web.secure_cookies: false, "
                "or better, serve the review UI over https.)"))
        name = str(form.get("name", "")).strip()[:64]
        password = str(form.get("password", ""))[:1024]
        target = safe_next(str(form.get("next", "")))
        client = client_of(request)
        keys = [f"ip:{client}", f"user:{name.lower()}"]
        wait = throttle.wait_seconds(keys)
        if wait > 0:
            await audit(request, name, "login-failed", None, "refused: too many failed attempts")
            minutes = max(1, round(wait / 60))
            return render(request, "login.html", 429, next=target, name=name,
                          error=f"Too many failed log-in attempts. Please wait {minutes} minute"
                                f"{'s' if minutes != 1 else ''} and try again, or ask IT to reset your password.")
        async with sessions.verifying:
            user = await run_in_threadpool(store.verify_login, name, password) if name and password else None
        if user is None:
            throttle.fail(keys)
            await audit(request, name, "login-failed", None, "wrong name or password")
            return render(request, "login.html", 401, next=target, name=name,
                          error="The name or password is not right. Please try again.")
        throttle.forget(f"user:{name.lower()}")
        sessions.start(request.session, user)
        await audit(request, user.name, "login", None, f"{SESSION_PREFIX}{session_ref(request.session['sid'])}")
        return RedirectResponse(target, status_code=303)

    async def logout(request: Request) -> Response:
        await checked_form(request)
        user = current_user(request)
        ref = sessions.revoke(str(request.session.get("sid", "")))
        await audit(request, user.name, "logout", None, f"{SESSION_PREFIX}{ref}")
        request.session.clear()
        return RedirectResponse("/login", status_code=303)

    # ------------------------------------------------------------ the queue

    async def queue(request: Request) -> Response:
        current_user(request)
        q = request.query_params
        status = q.get("status", "held")
        if status not in (*STATUSES, "all"):
            status = "held"
        errors = []
        since = until = None
        try:
            since = _day(q.get("since", ""))
            end = _day(q.get("until", ""))
            until = end + 86400 if end is not None else None
        except ValueError:
            errors.append("Dates look like 2026-11-25.")
        page = _int(q.get("page", "1"), 1)
        filters = {k: q.get(k, "").strip()[:200] for k in ("rule", "sender", "recipient", "text", "since", "until")}
        items = await run_in_threadpool(
            lambda: store.search(status=None if status == "all" else status, rule=filters["rule"] or None,
                                 sender=filters["sender"] or None, recipient=filters["recipient"] or None,
                                 since=since, until=until, text=filters["text"] or None,
                                 limit=PAGE_SIZE + 1, offset=(page - 1) * PAGE_SIZE))
        counts = await run_in_threadpool(store.counts)
        rules = await run_in_threadpool(store.rules_seen)
        base = {"status": status, **{k: v for k, v in filters.items() if v}}
        return render(
            request, "queue.html", active="queue", items=items[:PAGE_SIZE], counts=counts, rules=rules, status=status,
            filters=filters, errors=errors, page=page, statuses=STATUSES,
            prev_url=f"/?{urlencode({**base, 'page': page - 1})}" if page > 1 else "",
            next_url=f"/?{urlencode({**base, 'page': page + 1})}" if len(items) > PAGE_SIZE else "",
            status_url=lambda s: "/?" + urlencode({"status": s}),
        )

    async def bulk(request: Request) -> Response:
        form = await checked_form(request)
        user = current_user(request)
        ids = [i for i in form.getlist("id") if isinstance(i, str) and ID_RE.match(i)][:MAX_BULK]
        action = str(form.get("action", ""))
        back = safe_next(str(form.get("back", "/")))
        if action not in ("release", "reject", "delete"):
            raise HTTPException(400, "Choose release, reject or delete.")
        if not ids:
            flash(request, [Outcome(False, "Nothing was selected: tick the messages first.")])
            return RedirectResponse(back, status_code=303)
        if action == "delete" and form.get("confirm") != "yes":
            items = [i for i in [await run_in_threadpool(store.get, x) for x in ids] if i is not None]
            return render(request, "confirm.html", items=items, back=back)
        outcomes = [await _act(request, user.name, action, item_id, form) for item_id in ids]
        done = sum(o.ok for o in outcomes)
        summary = Outcome(done == len(outcomes), f"{_past(action)}: {done} of {len(outcomes)} selected.")
        flash(request, [summary, *[o for o in outcomes if not o.ok]] if len(outcomes) > 1 else outcomes)
        return RedirectResponse(back, status_code=303)

    async def _act(request: Request, user: str, action: str, item_id: str, form: Any) -> Outcome:
        client = client_of(request)
        if action == "release":
            return await review.release(store, ctx.relay, item_id, user, client)
        if action == "reject":
            return await review.reject(store, ctx.relay, item_id, user, notify_sender=form.get("notify") == "yes",
                                       notice_from=ctx.notice_from, school_name=ctx.school_name, client=client)
        if action == "delete":
            return await review.delete(store, item_id, user, client)
        if action == "note":
            return await review.note(store, item_id, user, str(form.get("note", "")), client)
        raise HTTPException(400, "Unknown action.")

    # ------------------------------------------------------------ one message

    async def _item(request: Request) -> Any:
        item_id = request.path_params["item_id"]
        item = await run_in_threadpool(store.get, item_id) if ID_RE.match(item_id) else None
        if item is None:
            raise HTTPException(404, "There is no such message in the quarantine (it may have been purged).")
        return item

    async def _raw(item_id: str) -> bytes | None:
        try:
            return await run_in_threadpool(store.raw, item_id)
        except StoreError:
            return None

    async def item_page(request: Request) -> Response:
        user = current_user(request)
        item = await _item(request)
        images = request.query_params.get("images") == "1"
        raw = await _raw(item.id)
        await audit(request, user.name, "view", item.id, "with images" if images else "")
        view = await run_in_threadpool(web_render.message_view, raw, item.decision) if raw is not None else None
        hits = web_render.hits_of(item.decision)
        return render(request, "item.html", item=item, view=view, hits=hits, images=images,
                      thumbnails=web_render.thumbnails_available(), body_url=f"/item/{item.id}/body"
                      + ("?images=1" if images else ""))

    async def item_body(request: Request) -> Response:
        user = current_user(request)
        item = await _item(request)
        raw = await _raw(item.id)
        if raw is None:
            raise HTTPException(410, "The message itself was deleted.")
        images = request.query_params.get("images") == "1"
        await audit(request, user.name, "view-body", item.id, "with images" if images else "")
        document = await run_in_threadpool(web_render.body_document, raw, images)
        return Response(document, media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": BODY_CSP})

    async def download(request: Request) -> Response:
        user = current_user(request)
        item = await _item(request)
        raw = await _raw(item.id)
        if raw is None:
            raise HTTPException(410, "The message itself was deleted.")
        which = request.path_params["index"]
        if which == "eml":
            data, name = raw, f"{item.id}.eml"
        else:
            att = await run_in_threadpool(web_render.attachment, raw, _int(which, -1))
            if att is None:
                raise HTTPException(404, "No such attachment.")
            data, name = att.data, att.filename or f"attachment-{which}"
        await audit(request, user.name, "download", item.id, name)
        return Response(data, media_type="application/octet-stream",
                        headers={"Content-Disposition": web_render.content_disposition(name)})

    async def thumbnail(request: Request) -> Response:
        user = current_user(request)
        item = await _item(request)
        raw = await _raw(item.id)
        index = _int(request.path_params["index"], -1)
        att = await run_in_threadpool(web_render.attachment, raw, index) if raw is not None else None
        if att is None or not att.true_type.startswith("image/"):
            raise HTTPException(404, "No such image.")
        await audit(request, user.name, "thumbnail", item.id, att.filename)
        png = await run_in_threadpool(web_render.thumbnail, att.data)
        if png is None:
            raise HTTPException(404, "No thumbnail: the image cannot be read, or thumbnails are unavailable.")
        return Response(png, media_type="image/png")

    async def item_action(request: Request) -> Response:
        form = await checked_form(request)
        user = current_user(request)
        item = await _item(request)
        action = request.path_params["action"]
        if action == "delete" and form.get("confirm") != "yes":
            outcome = Outcome(False, "Not deleted: tick “Yes, delete this message” to confirm.")
        else:
            outcome = await _act(request, user.name, action, item.id, form)
        flash(request, [outcome])
        done = outcome.ok and action in ("release", "reject", "delete")
        return RedirectResponse("/" if done else f"/item/{item.id}", status_code=303)

    # ------------------------------------------------------------ the audit log

    def _audit_filters(request: Request) -> dict[str, str]:
        q = request.query_params
        return {k: q.get(k, "").strip()[:200] for k in ("user", "action", "item_id")}

    async def audit_page(request: Request) -> Response:
        require_admin(request)
        f = _audit_filters(request)
        page = _int(request.query_params.get("page", "1"), 1)
        entries = await run_in_threadpool(
            lambda: store.audit_log(limit=AUDIT_PAGE_SIZE + 1, offset=(page - 1) * AUDIT_PAGE_SIZE,
                                    user=f["user"] or None, action=f["action"] or None, item_id=f["item_id"] or None))
        base = {k: v for k, v in f.items() if v}
        return render(request, "audit.html", active="audit", entries=entries[:AUDIT_PAGE_SIZE], filters=f, page=page,
                      csv_url="/audit.csv" + (f"?{urlencode(base)}" if base else ""),
                      prev_url=f"/audit?{urlencode({**base, 'page': page - 1})}" if page > 1 else "",
                      next_url=f"/audit?{urlencode({**base, 'page': page + 1})}" if len(entries) > AUDIT_PAGE_SIZE
                      else "")

    async def audit_csv(request: Request) -> Response:
        user = require_admin(request)
        f = _audit_filters(request)

        def export() -> str:
            out = io.StringIO()
            writer = csv.writer(out)
            writer.writerow(["seq", "time", "user", "action", "item_id", "detail", "client"])
            offset = 0
            while True:
                batch = store.audit_log(limit=5000, offset=offset, user=f["user"] or None,
                                        action=f["action"] or None, item_id=f["item_id"] or None)
                for e in batch:
                    stamp = datetime.fromtimestamp(e.ts).astimezone().isoformat(timespec="seconds")
                    cells = (e.user, e.action, e.item_id or "", e.detail, e.client)
                    writer.writerow([e.seq, stamp, *map(_cell, cells)])
                if len(batch) < 5000:
                    return out.getvalue()
                offset += 5000

        await audit(request, user.name, "audit-export", None, urlencode({k: v for k, v in f.items() if v}))
        text = await run_in_threadpool(export)
        name = f"mailguard-audit-{time.strftime('%Y%m%d-%H%M%S')}.csv"
        return Response(text.encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})

    # ------------------------------------------------------------ errors

    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        if exc.status_code in (301, 302, 303, 304, 307, 308):  # pragma: no cover - not raised here
            return Response(status_code=exc.status_code, headers=exc.headers)
        return render(request, "error.html", exc.status_code, status=exc.status_code, detail=exc.detail)

    routes = [
        Route("/login", login_page, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/logout", logout, methods=["POST"]),
        Route("/", queue, methods=["GET"]),
        Route("/bulk", bulk, methods=["POST"]),
        Route("/item/{item_id}", item_page, methods=["GET"]),
        Route("/item/{item_id}/body", item_body, methods=["GET"]),
        Route("/item/{item_id}/download/{index}", download, methods=["GET"]),
        Route("/item/{item_id}/thumbnail/{index}", thumbnail, methods=["GET"]),
        Route("/item/{item_id}/{action:str}", item_action, methods=["POST"]),
        Route("/audit", audit_page, methods=["GET"]),
        Route("/audit.csv", audit_csv, methods=["GET"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    handlers: dict[Any, Callable[[Request, Exception], Awaitable[Response]]] = {HTTPException: http_error}
    middleware = [
        Middleware(SecurityHeaders),
        Middleware(SessionMiddleware, secret_key=_session_key(ctx.secret_key), session_cookie=SESSION_COOKIE,
                   max_age=ctx.session_minutes * 60, same_site="strict", https_only=ctx.secure_cookies),
        Middleware(RequireLogin, sessions=sessions),
    ]
    return Starlette(routes=routes, middleware=middleware, exception_handlers=handlers)


def _session_key(secret: bytes) -> str:
    import hashlib
    import hmac

    return hmac.new(secret, b"mailguard web session", hashlib.sha256).hexdigest()


def _day(text: str) -> float | None:
    text = text.strip()
    if not text:
        return None
    return datetime.combine(date.fromisoformat(text), datetime.min.time()).timestamp()


def _int(text: str, default: int) -> int:
    try:
        return max(1, int(text)) if default >= 1 else int(text)
    except ValueError:
        return default


def _cell(value: str) -> str:
    """No spreadsheet formulas from the log: a cell that starts like one is quoted."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _past(action: str) -> str:
    return {"release": "Released", "reject": "Rejected", "delete": "Deleted"}.get(action, "Done")
