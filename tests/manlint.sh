#!/bin/sh
# manlint.sh PAGE...: the man pages must pass `mandoc -T lint' (installed
# with apt-get when missing and we can).
set -eu
if ! command -v mandoc >/dev/null 2>&1; then
	if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
		echo "manlint: installing mandoc with apt-get" >&2
		apt-get update -qq && apt-get install -y -qq mandoc >/dev/null
	fi
fi
if command -v mandoc >/dev/null 2>&1; then
	# Notes about the host (which pages are installed, its mandoc.db) are
	# not about the page.
	out=$(mandoc -T lint -W style "$@" 2>&1 |
	    grep -v -e 'referenced manual not found' -e 'mandoc.db' || true)
else
	echo "manlint: no mandoc; using groff" >&2
	out=$(for p in "$@"; do groff -mdoc -ww -z "$p" 2>&1; done)
fi
if [ -n "$out" ]; then
	printf '%s\n' "$out" >&2
	exit 1
fi
echo "manlint: $# pages clean"
