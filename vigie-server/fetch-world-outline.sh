#!/usr/bin/env bash
# Fetches the world outline the web UI's maps draw (Natural Earth land at 1:110m, public domain, as
# TopoJSON in the npm package world-atlas, ISC) into DIR, beside the UI's static files. Run by the
# Maven build of vigie-server, never at run time: the maps need no network. An existing copy is kept.
set -euo pipefail
dir=${1:?usage: fetch-world-outline.sh DIR}
out="$dir/world-land-110m.json"
[[ -s "$out" ]] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if ! command -v npm >/dev/null; then
  echo "vigie-server: npm is needed to fetch world-atlas@2.0.2 (install Node.js and npm)" >&2
  exit 1
fi
(cd "$work" && npm pack --silent --prefer-offline world-atlas@2.0.2 >/dev/null 2>npm-pack.log) || {
  cat "$work/npm-pack.log" >&2
  echo "vigie-server: could not fetch world-atlas@2.0.2 from the npm registry" >&2
  exit 1
}
tar -xzf "$work"/world-atlas-2.0.2.tgz -C "$work"
mkdir -p "$dir"
cp "$work/package/land-110m.json" "$out.partial"
mv "$out.partial" "$out"
