"""The Ray engine gives the same Parquet rows as the local one, inside a loopback-only network.

Ray listens on all interfaces by default, so the Ray run happens in a fresh
network namespace (``unshare -n``) whose only interface is ``lo``; the job
records every listening socket while the cluster is up and the test checks
that each is on a loopback address, not a wildcard (so the engine's own
setting, node address 127.0.0.1, keeps Ray off the network outside a namespace
too, at least for the sockets open at that moment). Without ``unshare`` (not root, no user namespaces)
the test is skipped rather than run Ray on the real network.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from batch_support import read_rows

from lagebild.batch import BatchReport, run_batch
from lagebild.errors import ConfigError

JOB = Path(__file__).with_name("ray_job.py")


def _namespace_prefix() -> list[str]:
    """The command that runs a program with loopback only, or a skip saying why there is none."""
    if shutil.which("unshare") is None or shutil.which("ip") is None or shutil.which("ss") is None:
        pytest.skip("needs unshare, ip and ss (util-linux, iproute2) to isolate Ray from the network")
    for prefix in (["unshare", "-n"], ["unshare", "--net", "--map-root-user"]):
        probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
        if probe.returncode == 0:
            return prefix
    pytest.skip("cannot create a network namespace here (needs root or user namespaces)")


def _local_only(listeners: str) -> list[str]:
    """The listening addresses that are not loopback (should be none)."""
    bad = []
    for line in listeners.splitlines():
        local = line.split()[4]  # Netid State Recv-Q Send-Q Local:Port Peer:Port
        host = local.rsplit(":", 1)[0].strip("[]").split("%")[0]
        if host in ("*", "0.0.0.0", "::"):
            # harmless inside the namespace, but outside it the wildcard is every interface:
            # the private Ray (node address 127.0.0.1) must not need it
            bad.append(local)
            continue
        address = ipaddress.ip_address(host)
        mapped = getattr(address, "ipv4_mapped", None)
        if not (mapped or address).is_loopback:
            bad.append(local)
    return bad


@pytest.mark.slow
def test_ray_engine_writes_the_same_rows_as_the_local_engine(
    batch_input: Path, tmp_path: Path, one_worker: tuple[Path, BatchReport]
) -> None:
    if importlib.util.find_spec("ray") is None:  # not imported here: Ray runs in the job only
        pytest.skip("the Ray engine is an extra: pip install 'lagebild[ray]'")
    prefix = _namespace_prefix()
    ray_out = tmp_path / "ray" / "out"
    ray_out.parent.mkdir()
    script = f'ip link set lo up && exec "$0" {JOB} "$1" "$2"'
    # Ray's own files (logs, sockets) in a short folder of ours, removed afterwards; socket
    # paths must stay under about 100 characters, so not under pytest's long tmp_path
    ray_tmp = tempfile.mkdtemp(prefix="lagebild-ray-")
    try:
        job = subprocess.run(
            [*prefix, "sh", "-c", script, sys.executable, str(batch_input), str(ray_out)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
            env={**os.environ, "RAY_TMPDIR": ray_tmp},
        )
    finally:
        shutil.rmtree(ray_tmp, ignore_errors=True)
    assert job.returncode == 0, job.stderr[-3000:]
    assert "5 articles, 2 rejects, 0 failed" in job.stdout
    listeners = (ray_out.parent / "listeners.txt").read_text(encoding="utf-8")
    assert listeners.strip(), "the job saw no Ray sockets at all"
    assert _local_only(listeners) == []
    assert read_rows(ray_out) == read_rows(one_worker[0])


def test_a_missing_ray_says_how_to_install_it(
    batch_input: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(ConfigError, match=r"pip install \"lagebild\[ray\]\""):
        run_batch([batch_input], tmp_path / "out", engine="ray")


def test_listener_check_finds_a_public_address() -> None:
    lines = (
        "tcp LISTEN 0 128 127.0.0.1:6379 0.0.0.0:*\n"
        "tcp LISTEN 0 128 [::ffff:10.1.2.3]:8265 *:*\n"
        "tcp LISTEN 0 128 [::1]:8266 *:*\n"
        "udp UNCONN 0 0 0.0.0.0:5353 0.0.0.0:*\n"
    )
    assert _local_only(lines) == ["[::ffff:10.1.2.3]:8265", "0.0.0.0:5353"]
