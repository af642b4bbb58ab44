#!/bin/sh
# needpkg.sh PACKAGE...: install the Debian packages that are missing, with
# apt-get, when we are root on a Debian machine; otherwise say which are
# missing and go on (the command that needs them then fails plainly).
set -eu
missing=
for p in "$@"; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q 'ok installed' ||
	    missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
	echo "needpkg: installing$missing with apt-get" >&2
	apt-get update -qq && apt-get install -y -qq $missing >/dev/null
else
	echo "needpkg: missing$missing" >&2
fi
