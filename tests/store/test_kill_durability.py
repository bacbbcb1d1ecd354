"""kill -9 at random moments: every edit that had been applied is there after reopening."""

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import populated
from filetools import reopen
from kill_writer import op_for

from facilitator.store import SessionFile

WRITER = Path(__file__).with_name("kill_writer.py")
TRIALS = 12


@pytest.mark.slow
@pytest.mark.parametrize("trial", range(TRIALS))
def test_kill_minus_nine_loses_no_applied_edit(tmp_path, trial):
    path = tmp_path / "killed.session"
    SessionFile.create(path, populated()).close()
    start = reopen(path)
    chooser = random.Random(1000 + trial)
    seed = chooser.randrange(10**6)

    # Unbuffered bytes: a buffered readline could read ahead lines that communicate() then never sees
    # (it reads the pipe itself), and the count of acknowledged edits would come out short.
    proc = subprocess.Popen([sys.executable, str(WRITER), str(path), str(seed), "100000"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0)
    # Wait until two edits are acknowledged (a busy machine can take longer than any pause for the
    # second one), then let it run a random while before killing it mid-stream.
    first, second = proc.stdout.readline(), proc.stdout.readline()
    assert (first, second) == (b"0\n", b"1\n"), proc.stderr.read()
    time.sleep(chooser.uniform(0.0, 0.4))
    proc.send_signal(signal.SIGKILL)
    rest, _ = proc.communicate(timeout=30)
    acknowledged = 2 + sum(1 for line in rest.decode().splitlines() if line.strip().isdigit())
    assert proc.returncode == -signal.SIGKILL

    survived = reopen(path)
    # Replay the same stream in memory: the file must equal the state after `acknowledged` edits,
    # or one more (an edit can be committed in the instant before its number is printed).
    rng = random.Random(seed)
    replay = start
    for i in range(acknowledged):
        op_for(i, replay, rng).apply(replay)
    if survived != replay:
        op_for(acknowledged, replay, rng).apply(replay)
    assert survived == replay, f"after {acknowledged} acknowledged edits the file differs"
    assert acknowledged > 1
