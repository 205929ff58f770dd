# t-matrix-gzip.sh: gzipped models and adjacency matrices. A gzip bomb (1 MiB that inflates past 1 GiB) is
# refused while inflating, from a file and from standard input, writing nothing; gzipped JSON, CSV
# and edge lists read as their plain text does (by the inner extension, by content, gzip's
# concatenated members as one text); python-igraph's adjacency matrices (hand-worked models), told
# from their content only when nothing else reads them so.
. "$(dirname "$0")/lib.sh" "$@"

# The bomb: one deflate block of 1 MiB of zeros, flushed so that it stands alone, repeated 1100
# times behind a gzip header, with the true CRC-32 and size after (a valid gzip file: Python's
# gzip module inflates it to 1100 MiB); written in a second instead of compressing 1 GiB.
$PY - "$TMP/bomb.json.gz" <<'PY'
import struct, sys, zlib
c = zlib.compressobj(9, zlib.DEFLATED, -15)
zero = bytes(1 << 20)
block = c.compress(zero) + c.flush(zlib.Z_FULL_FLUSH)
crc = 0
for _ in range(1100):
    crc = zlib.crc32(zero, crc)
with open(sys.argv[1], "wb") as f:
    f.write(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff")
    for _ in range(1100):
        f.write(block)
    f.write(c.flush(zlib.Z_FINISH) + struct.pack("<II", crc, (1100 << 20) & 0xFFFFFFFF))
PY
check "the bomb is about 1 MiB" test "$(wc -c <"$TMP/bomb.json.gz")" -lt 2000000
check "Python's zlib inflates the bomb to 1100 MiB (it is a valid gzip file)" \
	test "$($PY -c "import zlib,sys; d=zlib.decompressobj(31); n=0
with open(sys.argv[1],'rb') as f:
    for chunk in iter(lambda: f.read(1<<16), b''):
        n += len(d.decompress(chunk))
print(n >> 20, d.eof)" "$TMP/bomb.json.gz")" = "1100 True"
run export -o "$TMP/bomb.svg" "$TMP/bomb.json.gz"
check_error "a gzip bomb" 2 "innonet: $TMP/bomb.json.gz: model larger than 1024 MiB once decompressed (the limit)"
check "the bomb leaves no output" test ! -e "$TMP/bomb.svg"
$WRAP "$BIN" validate - <"$TMP/bomb.json.gz" >"$TMP/out" 2>"$TMP/err"
status=$?
check_error "a gzip bomb on standard input" 2 "innonet: <stdin>: model larger than 1024 MiB once decompressed (the limit)"

# gzipped models read as the plain ones: by the extension under .gz, by content, on standard input
run stats "$MODEL"
sed 1d "$TMP/out" >"$TMP/plain"
gzip -c "$MODEL" >"$TMP/nnmi.json.gz"
cp "$TMP/nnmi.json.gz" "$TMP/nnmi.gz"
for f in nnmi.json.gz nnmi.gz; do
	run stats "$TMP/$f"
	check_status "stats $f" 0
	check "stats $f says what the plain model says" sh -c "sed 1d '$TMP/out' | cmp -s - '$TMP/plain'"
done
$WRAP "$BIN" stats - <"$TMP/nnmi.json.gz" >"$TMP/out" 2>"$TMP/err"
check "stats of the gzipped model on standard input says what the plain one says" sh -c "sed 1d '$TMP/out' | cmp -s - '$TMP/plain'"
# a CSV edge list (streamed when plain) is read whole when gzipped
printf 'source,target,weight\na,b,2\nb,c,0.5\n' >"$TMP/links.csv"
gzip -c "$TMP/links.csv" >"$TMP/links.csv.gz"
run export --format json -o "$TMP/a.json" "$TMP/links.csv"
run export --format json -o "$TMP/b.json" "$TMP/links.csv.gz"
check_status "a gzipped CSV (.csv.gz)" 0
check "it is the model of the plain CSV" cmp -s "$TMP/a.json" "$TMP/b.json"
# gzip's concatenated members are one text (as gzip -d makes them): two halves of an edge list
printf 'a b\nb c\n' | gzip -c >"$TMP/two.edgelist.gz"
printf 'c d\nd a\n' | gzip -c >>"$TMP/two.edgelist.gz"
run export --format json -o "$TMP/two.json" "$TMP/two.edgelist.gz"
check_status "two gzip members" 0
check "both members' links, in order (a-b, b-c, c-d, d-a)" test \
	"$($PY -c "import json,sys; print(' '.join(l['source']+l['target'] for l in json.load(open(sys.argv[1]))['links']))" "$TMP/two.json")" = "ab bc cd da"

# adjacency matrices, worked by hand: row i the links from vertex i, a value other than 1 the weight
printf '0 2.5 0\n0 0 1\n1 0 0\n' >"$TMP/d.txt"
run export --format json -o "$TMP/d.json" --input-format adjacency-matrix "$TMP/d.txt"
check_status "a directed 3 x 3 matrix, named" 0
check "vertices 0, 1, 2; arcs 0->1 (2.5), 1->2, 2->0; directed (not symmetric)" test \
	"$($PY -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['directed'], [n['id'] for n in d['nodes']],
[(l['source'], l['target'], l.get('weight', 1)) for l in d['links']])" "$TMP/d.json")" = \
	"True [0, 1, 2] [(0, 1, 2.5), (1, 2, 1), (2, 0, 1)]"
# symmetric with a comment, a blank line and a self-loop: undirected, the upper triangle
printf '# a star and a loop\n0 1 1 1\n1 0 0 0\n\n1 0 3 0\n1 0 0 0\n' >"$TMP/u.txt"
run export --format json -o "$TMP/u.json" "$TMP/u.txt"
check_status "a symmetric 4 x 4 matrix, told by its content" 0
check "undirected: 0-1, 0-2, 0-3 and the loop 2-2 of weight 3" test \
	"$($PY -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['directed'],
[(l['source'], l['target'], l.get('weight', 1)) for l in d['links']])" "$TMP/u.json")" = \
	"False [(0, 1, 1), (0, 2, 1), (0, 3, 1), (2, 2, 3)]"
# 4 x 4 whose first column is four distinct numbers: K4 as an adjacency list too, so refused
printf '0 1 2 3\n1 0 2 3\n2 0 1 3\n3 0 1 2\n' >"$TMP/k4.txt"
run validate "$TMP/k4.txt"
check_error "a square matrix that reads as an adjacency list too" 2 \
	"innonet: $TMP/k4.txt: cannot tell the model's format from its content: it reads as an adjacency matrix (adjacency-matrix) or an adjacency list (adjlist): name it with --input-format"
run validate --input-format adjlist "$TMP/k4.txt"
check_status "named as an adjacency list" 0
# the same file added by whatif, whose option for the format is --add-format
run whatif --add "$TMP/k4.txt"
check_error "whatif --add: the option that names the format is whatif's" 2 \
	"innonet: $TMP/k4.txt: cannot tell the model's format from its content: it reads as an adjacency matrix (adjacency-matrix) or an adjacency list (adjlist): name it with --add-format"
# a matrix past the 64 KiB that content detection looks at (its last line there cut): still told;
# the links counted by Python from the same symmetric pattern (i+j divisible by 7, i < j or a loop)
$PY -c "n = 300
print('\n'.join(' '.join('1' if (i + j) % 7 == 0 else '0' for j in range(n)) for i in range(n)))" >"$TMP/big.txt"
want=$($PY -c "print(sum(1 for i in range(300) for j in range(i, 300) if (i + j) % 7 == 0))")
run export --format json -o "$TMP/big.json" "$TMP/big.txt"
check_status "a 300 x 300 matrix (180 KB) told by its content" 0
check "its $want links, undirected" test \
	"$($PY -c "import json,sys; d=json.load(open(sys.argv[1])); print(d['directed'], len(d['nodes']), len(d['links']))" "$TMP/big.json")" = \
	"False 300 $want"

# --links and --nodes tables gzipped (.csv.gz): the same network as the tables themselves
run export -q -f csv -o "$TMP/t.csv"
gzip -c "$TMP/t-links.csv" >"$TMP/t-links.csv.gz"
gzip -c "$TMP/t.csv" >"$TMP/t.csv.gz"
run rank --by all --format csv --links "$TMP/t-links.csv" --nodes "$TMP/t.csv"
cp "$TMP/out" "$TMP/plain.txt"
run rank --by all --format csv --links "$TMP/t-links.csv.gz" --nodes "$TMP/t.csv.gz"
check_status "gzipped --links and --nodes" 0
check "gzipped --links and --nodes: the ranking of the tables themselves" cmp -s "$TMP/out" "$TMP/plain.txt"
printf 'not gzip' >"$TMP/bad.csv.gz"
run rank --links "$TMP/bad.csv.gz"
check_error "a .csv.gz that is not gzip" 2 "innonet: $TMP/bad.csv.gz: invalid gzip data near byte 2 (incorrect header check)"
finish
