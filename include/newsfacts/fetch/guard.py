"""SSRF guard: resolve, check, and connect to exactly the address that was checked.

httpx -> httpcore connection pool -> ``GuardedBackend.connect_tcp(host, port)``. The backend
resolves ``host`` itself (system resolver), refuses the connection if any address is not
allowed by the current request's policy, and opens the TCP connection to the checked IP
literal. TLS still uses the original host name for SNI and certificate checks (httpcore
passes ``server_hostname`` from the URL), and the Host header is the URL's, so virtual
hosting works. Because the check happens at connect time, every redirect hop (a new
request) is checked too, and DNS rebinding between check and connect is impossible.

The policy travels in a context variable set around each request; pooled connections are
never shared between policies (one client per policy, see ``http.py``).

The backend's streams also enforce a per-request deadline on every read and write, so a
slow-loris server trickling bytes (headers included) cannot hold a worker past the total
time-out.
"""

from __future__ import annotations

import contextvars
import ipaddress
import socket
import time
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

import httpcore

# Cloud metadata endpoints that are not link-local (AWS IPv6 IMDS, Alibaba, Oracle).
_METADATA = {
    ipaddress.ip_address("fd00:ec2::254"),
    ipaddress.ip_address("100.100.100.200"),
    ipaddress.ip_address("192.0.0.192"),
}


class BlockedAddress(httpcore.ConnectError):
    """Raised (instead of connecting) when a host resolves to a refused address."""


@dataclass(frozen=True)
class Policy:
    allow_private: bool = False
    # host names allowed to be private on this hop; None = any (the source's own URLs)
    private_hosts: frozenset[str] | None = None
    public_addresses: frozenset[str] = frozenset()  # test hook
    deadline: float | None = None  # time.monotonic() value


_policy: contextvars.ContextVar[Policy | None] = contextvars.ContextVar("newsfacts_policy",
                                                                         default=None)


def current_policy() -> Policy:
    return _policy.get() or Policy()


class use_policy:
    def __init__(self, policy: Policy):
        self.policy = policy

    def __enter__(self):
        self._token = _policy.set(self.policy)
        return self.policy

    def __exit__(self, *exc):
        _policy.reset(self._token)


def classify(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """Why an address may not be contacted from the open web, or None if it is public.

    "never": link-local (incl. 169.254.169.254), multicast, unspecified, reserved,
    broadcast, cloud metadata - refused even for allow_private sources.
    other reasons ("loopback", "private", ...): allowed only with allow_private."""
    if isinstance(ip, ipaddress.IPv6Address):
        mapped = ip.ipv4_mapped or ip.sixtofour
        if mapped is not None:
            why = classify(mapped)
            return f"{why} (IPv4 embedded in IPv6)" if why else None
        if ip.teredo:
            return "reserved: Teredo tunnel"
        if ip in ipaddress.IPv6Network("64:ff9b::/96") or ip in ipaddress.IPv6Network("64:ff9b:1::/48"):
            why = classify(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
            return f"{why} (NAT64)" if why else None
    if ip in _METADATA:
        return "never: cloud metadata address"
    if ip.is_unspecified:
        return "never: unspecified address"
    if ip.is_link_local:
        return "never: link-local address"
    if ip.is_multicast:
        return "never: multicast address"
    if ip.is_loopback:
        return "loopback address"
    if isinstance(ip, ipaddress.IPv4Address) and ip == ipaddress.IPv4Address("255.255.255.255"):
        return "never: broadcast address"
    if ip.is_private:
        return "private address"
    if ip.is_reserved:
        return "never: reserved address"
    if not ip.is_global:
        return "private address (not globally routable)"
    return None


def check_address(ip_text: str, host: str, policy: Policy) -> None:
    """Raise BlockedAddress unless ``policy`` allows connecting to ``ip_text`` for ``host``."""
    try:
        ip = ipaddress.ip_address(ip_text.split("%", 1)[0])
    except ValueError:
        raise BlockedAddress(f"refused {host}: unparseable address {ip_text!r}") from None
    if ip_text in policy.public_addresses:
        return
    why = classify(ip)
    if why is None:
        return
    if why.startswith("never:"):
        raise BlockedAddress(f"refused {host}: {ip} is a {why.removeprefix('never: ')}")
    if not policy.allow_private:
        raise BlockedAddress(f"refused {host}: {ip} is a {why} (source has no allow_private)")
    if policy.private_hosts is not None and host.lower().rstrip(".") not in policy.private_hosts:
        raise BlockedAddress(f"refused {host}: {ip} is a {why} reached by a cross-host redirect")


_dns_pool = ThreadPoolExecutor(max_workers=8, thread_name_prefix="newsfacts-dns")
DNS_TIMEOUT = 10.0


def system_resolver(host: str, port: int, timeout: float | None = None) -> list[str]:
    """getaddrinfo with a time-out (the C call itself cannot be interrupted, so it runs in a
    small thread pool and we stop waiting for it)."""
    fut = _dns_pool.submit(socket.getaddrinfo, host, port, type=socket.SOCK_STREAM)
    try:
        infos = fut.result(timeout=timeout or DNS_TIMEOUT)
    except FutureTimeout:
        raise OSError(f"DNS lookup timed out after {timeout or DNS_TIMEOUT:.0f} s") from None
    out: list[str] = []
    for family, _type, _proto, _canon, sockaddr in infos:
        if family in (socket.AF_INET, socket.AF_INET6):
            ip = sockaddr[0]
            if ip not in out:
                out.append(ip)
    return out


def resolve_checked(host: str, port: int, policy: Policy, resolver=None) -> list[str]:
    """Resolve ``host`` and check every address; any refused address refuses the host."""
    host = host.strip("[]")
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
        addrs = [host]
    except ValueError:
        try:
            addrs = list((resolver or system_resolver)(host, port))
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host}: {exc}") from None
    if not addrs:
        raise httpcore.ConnectError(f"cannot resolve {host}: no addresses")
    for ip in addrs:
        check_address(ip, host, policy)
    return addrs


def _remaining(timeout: float | None) -> float | None:
    deadline = current_policy().deadline
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("total time-out exceeded")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream):
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname=None, timeout=None):
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname,
                                                     _remaining(timeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    def __init__(self, resolver=None):
        self._inner = httpcore.SyncBackend()
        self._resolver = resolver

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        policy = current_policy()
        addrs = resolve_checked(host, port, policy, self._resolver)
        last: Exception | None = None
        for ip in addrs:
            try:
                stream = self._inner.connect_tcp(ip, port, timeout=_remaining(timeout),
                                                 local_address=local_address,
                                                 socket_options=socket_options)
                return _DeadlineStream(stream)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last

    def connect_unix_socket(self, *args, **kwargs):  # pragma: no cover
        raise httpcore.ConnectError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)
