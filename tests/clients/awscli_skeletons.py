"""Prints what aws-cli's --generate-cli-skeleton prints for each command named on the command
line, as one JSON object: {"<command> <input|output>": <the skeleton aws-cli printed>}.

Usage: awscli_skeletons.py "input COMMAND" "output COMMAND ARG..."... (each one argument,
words separated by spaces). Output skeletons check the command's own ARGs; they run with
AWS_DEFAULT_REGION set (aws-cli needs a region to stub the call, never to send it).
"""

import contextlib
import io
import json
import os
import sys

from awscli.clidriver import create_clidriver

os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
out = {}
for spec in sys.argv[1:]:
    kind, command, *rest = spec.split(" ")
    args = ["kinesis", command, *rest, "--generate-cli-skeleton", kind]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = create_clidriver().main(args)
    if code != 0:
        sys.exit(f"aws {' '.join(args)} exited {code}")
    out[f"{command} {kind}"] = json.loads(printed.getvalue())
print(json.dumps(out))
