#!/usr/bin/env bash
# Puts the SARIF 2.1.0 JSON schema at DEST, for tst_lintcli to validate `tidemark-cli lint --format sarif` against.
# It comes from the npm package @microsoft/jest-sarif (package/lib/schemas/sarif-2.1.0-rtm.5.json), fetched with
# `npm pack` into the build folder; it is never committed. A schema already at DEST is kept. Exits non-zero with
# the reason when it cannot be fetched: the test then fails, it does not skip.
#
#   sarifschema.sh DEST
set -euo pipefail
[[ $# -eq 1 ]] || { echo "usage: $0 DEST" >&2; exit 2; }
dest=$1
package=@microsoft/jest-sarif@1.0.0-beta.0
member=package/lib/schemas/sarif-2.1.0-rtm.5.json

if [[ -s $dest ]] && grep -q '"Static Analysis Results Format (SARIF) Version 2.1.0' "$dest"; then
    exit 0
fi
command -v npm >/dev/null || {
    echo "sarifschema: npm is needed to fetch the SARIF 2.1.0 schema ($package); tools/setup.sh installs it" >&2
    exit 1
}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if ! (cd "$tmp" && npm pack --silent "$package" >"$tmp/pack.log" 2>&1); then
    echo "sarifschema: npm pack $package failed:" >&2
    tail -5 "$tmp/pack.log" >&2
    exit 1
fi
tarball=$(ls "$tmp"/*.tgz 2>/dev/null | head -1)
if [[ -z $tarball ]] || ! tar -xzf "$tarball" -C "$tmp" "$member" 2>"$tmp/tar.log"; then
    echo "sarifschema: $package has no $member" >&2
    exit 1
fi
grep -q '"Static Analysis Results Format (SARIF) Version 2.1.0' "$tmp/$member" || {
    echo "sarifschema: $member of $package is not the SARIF 2.1.0 schema" >&2
    exit 1
}
mkdir -p "$(dirname "$dest")"
mv "$tmp/$member" "$dest.part"
mv "$dest.part" "$dest"
echo "sarifschema: $dest from $package"
