"""The web page and JSON API over a small hand-built database (served on loopback)."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request

import pytest

from hodo.store import Store
from hodo.web import serve_in_thread

from ..test_store import meeting


@pytest.fixture()
def server(tmp_path):
    db = tmp_path / "w.db"
    with Store(db) as st:
        st.put_article(meeting())
    srv = serve_in_thread(db)
    yield f"http://127.0.0.1:{srv.server_address[1]}"
    srv.shutdown()
    srv.server_close()


def get(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")


def test_page_and_api(server):
    status, ctype, body = get(server + "/")
    assert status == 200 and ctype.startswith("text/html") and "hodo" in body
    status, _, body = get(server + "/api/events?actor=Q7747")
    events = json.loads(body)
    assert status == 200 and events and events[0]["type"] == "CONSULT"
    status, _, body = get(server + "/api/search?q=" + urllib.parse.quote("友好"))
    hits = json.loads(body)
    assert status == 200 and len(hits) == 1
    aid = hits[0]["id"]
    status, _, body = get(server + f"/api/article/{aid}")
    assert status == 200 and json.loads(body)["id"]
    status, _, body = get(server + "/api/actors?q=" + urllib.parse.quote("プーチン"))
    assert status == 200 and json.loads(body)[0]["wikidata"] == "Q7747"


def test_api_errors(server):
    assert get(server + "/api/search")[0] == 400
    assert get(server + "/api/nothing")[0] == 404
    assert get(server + "/api/article/nope")[0] == 404
    assert get(server + "/api/relations?a=RU")[0] == 400


def test_missing_database(tmp_path):
    with pytest.raises(FileNotFoundError):
        serve_in_thread(tmp_path / "none.db")
