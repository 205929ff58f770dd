# t-limits.sh: the limits on model size, and the hostile cases too large to check in, made here:
# each refused with its message and quickly (sorting, not quadratic scans), while a network of
# 200,000 nodes and 1,000,000 links loads.
. "$(dirname "$0")/lib.sh" "$@"

HOSTILE=$SRC/tests/hostile

# a file over the 1 GiB limit is refused from its size, before a byte is read (a sparse file)
truncate -s 1073741825 "$TMP/huge.json"
run validate "$TMP/huge.json"
check_error "a file over 1 GiB" 2 "innonet: $TMP/huge.json: model larger than 1024 MiB (the limit)"

# scenario and style files: the same policy (src/io/file.c), with their own limits
truncate -s 67108865 "$TMP/huge-scenario.json"
run whatif --scenario "$TMP/huge-scenario.json"
check_error "a scenario over 64 MiB" 2 "innonet: $TMP/huge-scenario.json: scenario larger than 64 MiB (the limit)"
truncate -s 16777217 "$TMP/huge-style.json"
rm -f "$TMP/never.svg"
run export --style "$TMP/huge-style.json" -o "$TMP/never.svg"
check_error "a style file over 16 MiB" 2 "innonet: $TMP/huge-style.json: style file larger than 16 MiB (the limit)"
check "... and no drawing" test ! -e "$TMP/never.svg"
rm -f "$TMP/huge-scenario.json" "$TMP/huge-style.json"

# a string of 1 MiB + 1 bytes
awk 'BEGIN { printf "{\"nodes\": [{\"id\": \"a\", \"label\": \""; s = "x"; while (length(s) < 1048577) s = s s; printf "%s", substr(s, 1, 1048577); print "\"}]}" }' >"$TMP/long.json"
run validate "$TMP/long.json"
check_error "a string over 1 MiB" 2 "innonet: $TMP/long.json: nodes[0].label: string longer than 1 MiB (the limit)"

# 200,000 keys in one object, one repeated at the end: found by sorting, not 2*10^10 comparisons
# (these two take half a minute each under valgrind, which the ASan build covers: left out there)
if [ -z "$WRAP" ]; then
	awk 'BEGIN { printf "{\"nodes\": [{\"id\": \"a\""; for (k = 0; k < 200000; k++) printf ", \"k%d\": %d", k, k; print ", \"k123456\": 0}]}" }' >"$TMP/keys.json"
	run validate "$TMP/keys.json"
	check_error "a repeated key among 200,000" 2 "innonet: $TMP/keys.json: nodes[0]: duplicate key 'k123456'"

	# 100,000 nodes in a line of parallel links: the repeat is found by sorting the pairs
	awk 'BEGIN { printf "{\"nodes\": [{\"id\": 0}"; for (i = 1; i < 100000; i++) printf ", {\"id\": %d}", i;
		printf "], \"links\": [{\"source\": 0, \"target\": 1}"; for (i = 1; i < 99999; i++) printf ", {\"source\": %d, \"target\": %d}", i, i + 1;
		print ", {\"source\": 77777, \"target\": 77776}]}" }' >"$TMP/chain.json"
	run validate "$TMP/chain.json"
	check_error "a parallel link among 100,000" 2 "innonet: $TMP/chain.json: links[99999] ('77777' -- '77776'): duplicate link (first at links[77776]; set \"multigraph\": true to keep parallel links)"
fi

# GraphML: more than 10,000 keys are refused before libxml2 reads the file, keys with a namespace
# prefix counted too (elements are matched by local name); 10,000 keys and 20,000 nodes each
# giving one of them load (a key is found by binary search, not by a scan of all the keys)
awk 'BEGIN { print "<graphml xmlns:g=\"http://graphml.graphdrawing.org/xmlns\">";
	for (k = 0; k <= 10000; k++) printf "<g:key id=\"k%d\" for=\"node\" attr.name=\"a%d\"/>\n", k, k;
	print "<graph/></graphml>" }' >"$TMP/keys.graphml"
run validate "$TMP/keys.graphml"
check_error "10,001 GraphML keys" 2 "innonet: $TMP/keys.graphml:10002: more than 10000 GraphML keys"
awk 'BEGIN { print "<graphml>"; for (k = 0; k < 10000; k++) printf "<key id=\"k%d\" for=\"node\" attr.name=\"a%d\"/>\n", k, k;
	print "<graph>"; for (i = 0; i < 20000; i++) printf "<node id=\"n%d\"><data key=\"k%d\">%d</data></node>\n", i, i % 10000, i;
	print "</graph></graphml>" }' >"$TMP/keys.graphml"
timeout 60 $WRAP "$BIN" validate "$TMP/keys.graphml" >"$TMP/out" 2>"$TMP/err"
status=$?
check_status "10,000 GraphML keys and 20,000 nodes load" 0
rm -f "$TMP/keys.graphml"

# a directory, and a model read from a pipe
mkdir "$TMP/dir.json"
run validate "$TMP/dir.json"
check_error "a directory" 2 "innonet: $TMP/dir.json: cannot read model: Is a directory"
# shellcheck disable=SC2086
printf '{"nodes": [{"id": "a"}' | $WRAP "$BIN" validate - >"$TMP/out" 2>"$TMP/err"
status=$?
check_error "a truncated model on standard input" 2 "innonet: <stdin>:1:23: invalid JSON: unexpected end of input"

# no file is opened because a model names it: a FIFO would block whoever opened it, for ever
mkfifo "$TMP/trap"
sed "s|/etc/[a-z]*|$TMP/trap|g; s|/root|$TMP/trap|" "$HOSTILE/no-file-opened.json" >"$TMP/names.json"
check "the model names the FIFO" grep -q "$TMP/trap" "$TMP/names.json"
for cmd in validate "rank --format json" "export --format svg" "export --format dot"; do
	# shellcheck disable=SC2086 # the command and its options are meant to split
	timeout 600 $WRAP "$BIN" $cmd "$TMP/names.json" >"$TMP/out" 2>"$TMP/err"
	status=$?
	check_status "$cmd on a model naming files (none is opened)" 0
done

# the size innonet promises to load: 200,000 nodes and 1,000,000 links with a few attributes each.
# Node i links to i+1, i+38, i+75, i+112 and i+149 (mod 200,000): no two links join the same pair,
# and the i--i+1 links chain every node into one component. About 100 MB; seconds natively, but
# minutes under a sanitizer or valgrind, so the checked builds leave it out.
if [ -z "$QUICK" ]; then
	awk 'BEGIN { n = 200000; printf "{\"directed\": false, \"graph\": {\"name\": \"large\"}, \"nodes\": [\n";
		for (i = 0; i < n; i++) printf "%s{\"id\": \"org-%d\", \"kind\": \"member_type\", \"label\": \"Organization %d\", \"since\": %d}", (i ? ",\n" : ""), i, i, 2000 + i % 20;
		printf "],\n\"links\": [\n";
		for (j = 0; j < 5 * n; j++) { i = int(j / 5); t = (i + 1 + (j % 5) * 37) % n;
			printf "%s{\"source\": \"org-%d\", \"target\": \"org-%d\", \"relation\": \"partners_with\", \"weight\": %d, \"provenance\": \"synthetic\"}", (j ? ",\n" : ""), i, t, 1 + j % 7 }
		print "]}" }' >"$TMP/large.json"
	run validate "$TMP/large.json"
	check_status "200,000 nodes and 1,000,000 links load" 0
	check "validate counts them, in one component" grep -qFx "$TMP/large.json: 200000 nodes, 1000000 links, undirected, simple graph, 1 component" "$TMP/out"
	rm -f "$TMP/large.json"
fi

finish
