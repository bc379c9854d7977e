#!/usr/bin/python3
# Validates a SARIF log against a JSON schema with Debian's python3-jsonschema (run it with /usr/bin/python3:
# another python on PATH may not have the module). Prints one line per error, path first; exit 0 valid, 1 not,
# 2 when the schema or the log cannot be read.
#
#   validatesarif.py SCHEMA LOG
import json
import sys

try:
    import jsonschema
except ImportError:
    print("validatesarif: python3-jsonschema is not installed (tools/setup.sh installs it)", file=sys.stderr)
    sys.exit(2)

if len(sys.argv) != 3:
    print("usage: validatesarif.py SCHEMA LOG", file=sys.stderr)
    sys.exit(2)
try:
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    with open(sys.argv[2], encoding="utf-8") as f:
        log = json.load(f)
except (OSError, ValueError) as e:
    print(f"validatesarif: {e}", file=sys.stderr)
    sys.exit(2)

validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=jsonschema.FormatChecker())
errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
for error in errors:
    path = "/".join(str(p) for p in error.absolute_path) or "(root)"
    print(f"{path}: {error.message}")
sys.exit(1 if errors else 0)
