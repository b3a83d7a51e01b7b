"""A small read-only web page and JSON API over a hodo corpus database.

    hodo serve --db hodo.db [--host 127.0.0.1] [--port 8000]

GET /                         the page (search, events, quotes, actors, relations)
GET /api/search?q=WORDS       articles holding every word
GET /api/events?actor=&target=&involving=&type=&since=&until=&limit=
GET /api/quotes?speaker=&q=&limit=
GET /api/actors?q=&limit=
GET /api/relations?a=&b=
GET /api/article/ID           one stored analysis (the JSON of `hodo analyze`)

Standard library only (http.server); every request opens the database read-only.
"""
from __future__ import annotations

import json
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

from ..store import Store


def _int(v: str | None, default: int) -> int:
    try:
        return max(1, min(int(v), 1000)) if v else default
    except ValueError:
        return default


def handle(db: str, path: str, query: dict[str, str]):
    """(status, payload) for an API path; payload is JSON-able."""
    with Store(db, readonly=True) as st:
        if path == "/api/search":
            if not query.get("q"):
                return HTTPStatus.BAD_REQUEST, {"error": "q is required"}
            return HTTPStatus.OK, st.search(query["q"], limit=_int(query.get("limit"), 50))
        if path == "/api/events":
            return HTTPStatus.OK, st.events(
                actor=query.get("actor") or None, target=query.get("target") or None,
                involving=query.get("involving") or None, type=query.get("type") or None,
                since=query.get("since") or None, until=query.get("until") or None,
                limit=_int(query.get("limit"), 200))
        if path == "/api/quotes":
            return HTTPStatus.OK, st.quotes(speaker=query.get("speaker") or None, search=query.get("q") or None,
                                            limit=_int(query.get("limit"), 200))
        if path == "/api/actors":
            return HTTPStatus.OK, st.actors(search=query.get("q") or None, limit=_int(query.get("limit"), 200))
        if path == "/api/relations":
            if not (query.get("a") and query.get("b")):
                return HTTPStatus.BAD_REQUEST, {"error": "a and b are required"}
            return HTTPStatus.OK, st.relations(query["a"], query["b"])
        if path.startswith("/api/article/"):
            art = st.article(unquote(path[len("/api/article/"):]))
            if art is None:
                return HTTPStatus.NOT_FOUND, {"error": "no such article"}
            return HTTPStatus.OK, art.to_dict()
    return HTTPStatus.NOT_FOUND, {"error": f"unknown path {path}"}


def make_server(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> ThreadingHTTPServer:
    db = str(db)
    if not Path(db).exists():
        raise FileNotFoundError(f"{db}: no such database (create it with `hodo ingest`)")
    page = resources.files(__package__).joinpath("index.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, fmt, *args):  # quiet
            pass

        def _send(self, status, body: bytes, ctype: str):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):  # noqa: N802
            u = urlparse(self.path)
            if u.path in ("/", "/index.html"):
                return self._send(HTTPStatus.OK, page, "text/html; charset=utf-8")
            q = {k: v[-1] for k, v in parse_qs(u.query).items()}
            try:
                status, payload = handle(db, u.path, q)
            except Exception as e:  # a bad query must not kill the server
                status, payload = HTTPStatus.BAD_REQUEST, {"error": f"{type(e).__name__}: {e}"}
            body = json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8")
            self._send(status, body, "application/json; charset=utf-8")

    return ThreadingHTTPServer((host, port), Handler)


def serve(db: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    srv = make_server(db, host, port)
    try:
        srv.serve_forever()
    finally:
        srv.server_close()


def serve_in_thread(db: str | Path, host: str = "127.0.0.1", port: int = 0) -> ThreadingHTTPServer:
    """Start a server on a free port in a daemon thread (tests, notebooks)."""
    srv = make_server(db, host, port)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv
