"""The pages' own routes: local users from the users file, a 503 naming the fix when the browser
assets are missing, and GET /v2/clock that the pages read due dates against."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.testclient import TestClient

from engine.__main__ import main
from engine.pages import DEFAULT_USERS, UsersFileError, load_users, page_routes
from engine.pages.routes import VENDOR_FILES
from engine.rest import create_rest_app
from tests.unit.engine.rest.fake_engine import FakeEngine, as_engine

ROOT = Path(__file__).resolve().parents[4]


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "users.yaml"
    path.write_text(text)
    return path


def test_the_shipped_users_file_matches_the_built_in_defaults() -> None:
    assert load_users(ROOT / "config" / "tasklist-users.yaml") == DEFAULT_USERS


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("users: [", "not valid YAML"),
        ("people: []", "must have a 'users:' list"),
        ("users: []", "lists no users"),
        ("users: [claims-handler]", "users[0] must be a mapping"),
        ("users: [{name: Ann}]", "users[0].username"),
        ("users: [{username: 'ann smith'}]", "users[0].username"),
        ("users: [{username: ann, groups: claims}]", "users[0].groups"),
        ("users: [{username: ann, groups: [1]}]", "users[0].groups"),
        ("users: [{username: ann, name: ''}]", "users[0].name"),
        ("users: [{username: ann, password: x}]", "unknown keys: password"),
        ("users: [{username: ann}, {username: ann}]", "repeats ann"),
    ],
)
def test_a_malformed_users_file_is_refused_naming_the_entry(
    tmp_path: Path, text: str, named: str
) -> None:
    with pytest.raises(UsersFileError, match=named.replace("[", r"\[").replace("]", r"\]")):
        load_users(write(tmp_path, text))


def test_a_missing_users_file_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UsersFileError, match="cannot read the users file"):
        load_users(tmp_path / "absent.yaml")


def test_the_engine_refuses_to_start_with_a_bad_users_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--users-file", str(write(tmp_path, "users: []"))]) == 2
    assert "lists no users" in capsys.readouterr().err


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    users = load_users(write(tmp_path, "users: [{username: ann, name: Ann, groups: [g1]}]"))
    vendor = tmp_path / "vendor"
    vendor.mkdir()
    for name in VENDOR_FILES:
        (vendor / name).write_text("/* asset */")
    with TestClient(Starlette(routes=page_routes(users, vendor))) as test_client:
        yield test_client


def test_local_users_are_served_for_the_sign_in_form(client: TestClient) -> None:
    answer = client.get("/tasklist/local-users")
    assert answer.json() == {"users": [{"username": "ann", "name": "Ann", "groups": ["g1"]}]}


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/tasklist", "<title>Tasklist"),
        ("/tasklist/2251799813685249", "<title>Tasklist"),
        ("/operate", "<title>Operate"),
        ("/operate/processes/2251799813685249", "<title>Operate"),
        ("/operate/incidents", "<title>Operate"),
    ],
)
def test_each_page_path_serves_its_page(client: TestClient, path: str, title: str) -> None:
    answer = client.get(path)
    assert answer.status_code == 200
    assert title in answer.text


def test_scripts_and_vendor_assets_are_served(client: TestClient) -> None:
    assert "export async function v2" in client.get("/pages/static/api.js").text
    assert client.get("/pages/vendor/form-viewer.umd.js").text == "/* asset */"


def test_missing_assets_answer_503_naming_the_command(tmp_path: Path) -> None:
    app = Starlette(routes=page_routes(DEFAULT_USERS, tmp_path / "no-vendor"))
    with TestClient(app) as client:
        answer = client.get("/tasklist")
    assert answer.status_code == 503
    assert "make page-assets" in answer.text
    assert "form-viewer.umd.js" in answer.text


def test_the_rest_app_serves_the_pages_beside_v2() -> None:
    app = create_rest_app(as_engine(FakeEngine()))
    with TestClient(app) as client:
        assert client.get("/tasklist/local-users").json()["users"][0]["username"] == (
            DEFAULT_USERS[0].username
        )
        assert client.get("/v2/tasklist").status_code == 404


def test_get_clock_reads_the_engine_time_pinned_or_not() -> None:
    fake = FakeEngine()
    with TestClient(create_rest_app(as_engine(fake))) as client:
        fake.clock.pin(1_700_000_000_123)
        assert client.get("/v2/clock").json() == {"timestamp": "2023-11-14T22:13:20.123Z"}
        fake.clock.reset()
        assert client.get("/v2/clock").json()["timestamp"].endswith("Z")
