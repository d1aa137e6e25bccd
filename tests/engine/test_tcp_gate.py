"""The TCP gate the outage tests put between the fleet and Elasticsearch, against a local echo
server: it forwards while open, refuses and cuts while shut, and forwards again once reopened."""

import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest

from tests.engine.engine_process import free_port
from tests.engine.tcp_gate import GateUpstreamError, TcpGate, upstream_of


class Echo(socketserver.BaseRequestHandler):
    def handle(self) -> None:
        while data := self.request.recv(4096):
            self.request.sendall(data)


@pytest.fixture
def echo_url() -> Iterator[str]:
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def gate(echo_url: str) -> Iterator[TcpGate]:
    opened = TcpGate(echo_url)
    opened.start()
    yield opened
    opened.stop()


def connect(gate: TcpGate) -> socket.socket:
    return socket.create_connection(("127.0.0.1", gate.port), timeout=5)


def echoed(sock: socket.socket, payload: bytes) -> bytes:
    sock.sendall(payload)
    received = b""
    while len(received) < len(payload):
        chunk = sock.recv(4096)
        if not chunk:
            break
        received += chunk
    return received


def cut(sock: socket.socket) -> bool:
    """True when the other end reset or closed the connection instead of answering."""
    try:
        sock.sendall(b"anyone there?")
        return sock.recv(4096) == b""
    except ConnectionError:
        return True


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("127.0.0.1:9200", "not an http://host:port URL"),
        ("https://127.0.0.1:9200", "not an http://host:port URL"),
        ("http://:9200", "not an http://host:port URL"),
        ("http://127.0.0.1:99999", "invalid port"),
        ("http://127.0.0.1:port", "invalid port"),
    ],
)
def test_malformed_upstream_is_a_named_error(url: str, problem: str) -> None:
    with pytest.raises(GateUpstreamError, match=problem):
        upstream_of(url)


def test_upstream_without_port_is_http_default() -> None:
    assert upstream_of("http://localhost") == ("localhost", 80)


def test_open_gate_forwards_both_ways(gate: TcpGate) -> None:
    with connect(gate) as sock:
        assert echoed(sock, b"x" * 200_000) == b"x" * 200_000
    assert gate.connections == 1


def test_shut_gate_cuts_connections_in_flight_and_refuses_new_ones(gate: TcpGate) -> None:
    with connect(gate) as sock:
        assert echoed(sock, b"ping") == b"ping"
        gate.shut()
        assert cut(sock)
    with pytest.raises(ConnectionRefusedError):
        connect(gate)
    assert not gate.is_open


def test_reopened_gate_forwards_on_the_same_port(gate: TcpGate) -> None:
    port = gate.port
    gate.shut()
    gate.open()
    assert gate.is_open and gate.port == port
    with connect(gate) as sock:
        assert echoed(sock, b"again") == b"again"


def test_upstream_down_cuts_the_client() -> None:
    gate = TcpGate(f"http://127.0.0.1:{free_port()}")
    gate.start()
    try:
        with connect(gate) as sock:
            assert cut(sock)
    finally:
        gate.stop()
