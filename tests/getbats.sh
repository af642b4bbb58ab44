#!/bin/sh
# getbats.sh VERSION DIR: install bats-core VERSION into DIR/bats-VERSION
# from the npm registry (package `bats' is bats-core), installing npm with
# apt-get first on a Debian machine that has none.
set -eu
version=$1
dir=$2
dest=$dir/bats-$version
if ! command -v npm >/dev/null 2>&1; then
	if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
		echo "getbats: installing npm with apt-get" >&2
		apt-get update -qq && apt-get install -y -qq npm >/dev/null
	else
		echo "getbats: need npm (or bats-core $version on PATH)" >&2
		exit 1
	fi
fi
tmp=$dir/npm.tmp
rm -rf "$tmp" "$dest"
mkdir -p "$tmp"
npm install --silent --no-audit --no-fund --prefix "$tmp" "bats@$version" >&2
mv "$tmp/node_modules/bats" "$dest"
rm -rf "$tmp"
"$dest/bin/bats" --version
