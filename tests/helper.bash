# Loaded by every tests/*.bats: where the programs are and small helpers.
# BIN is the directory holding the filters (build/ or build/san/).

BIN=${BIN:-$BATS_TEST_DIRNAME/../build}
T=$BATS_TEST_DIRNAME
SAMPLES=$T/samples

# Run from a scratch directory so DOC fields are short relative names.
setup() {
	cd "$BATS_TEST_TMPDIR" || return 1
}

# expect EXPECTED: $output must be exactly EXPECTED (shown side by side
# with what came when it is not).
expect() {
	if [ "$output" != "$1" ]; then
		printf 'expected:\n%s\ngot:\n%s\n' "$1" "$output" >&2
		diff <(printf '%s\n' "$1") <(printf '%s\n' "$output") >&2 || true
		return 1
	fi
}
