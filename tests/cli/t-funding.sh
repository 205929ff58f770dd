# t-funding.sh: funding follows every award (launch, renewals, follow-ons), ends and defunding; the
# 2025 model's renewals are checked against amounts typed in from ../shared/domain/manufacturing-usa-facts.md.
. "$(dirname "$0")/lib.sh" "$@"
M2025=$SRC/graphs/manufacturing-usa-2025.json

# ---- the 2025 model follows the money past the first award
run funding --format json "$M2025"
check_status "funding of the 2025 model" 0
check "AIM Photonics' 2021 renewal (facts: 7 yrs, \$165 million by AFRL, \$156 million from other sources) is paid 2021-2027" $PY - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))['funding']
aim = {r['year']: r for r in rows if r['id'] == 'aim-photonics'}
# launched 2015 with a five-year award: self-sustaining in 2020, then the renewal
assert aim[2020]['phase'] == 'self_sustaining' and aim[2020]['federal_usd'] == 0, aim[2020]
ren = [aim[y] for y in range(2021, 2028)]
assert all(r['phase'] == 'award' and r['award'] == 'renewal' for r in ren)
assert abs(sum(r['federal_usd'] for r in ren) - 165e6) < 1e-3
assert abs(sum(r['non_federal_usd'] for r in ren) - 156e6) < 1e-3
# the stated match holds in every year: 165:156
for r in ren:
    assert abs(r['federal_share'] - 165 / 321) < 1e-12, r
assert aim[2028]['phase'] == 'self_sustaining'
PY
check "NIIMBL's 2021 money (facts: \$70M over five years with an equal match, \$83M over three years) adds up" $PY - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))['funding']
n = {r['year']: r for r in rows if r['id'] == 'NIIMBL'}
w5 = [4, 4, 3, 2, 1]
for k, y in enumerate(range(2021, 2026)):
    want = 70e6 * w5[k] / 14 + (83e6 / 3 if k < 3 else 0)
    assert abs(n[y]['federal_usd'] - want) < 1e-3, (y, n[y]['federal_usd'], want)
    # the ARP money states no cost share: the non-federal amount is a lower bound
    assert n[y]['non_federal_bound'] == 'at_least'
PY
check "ARM's continuation (facts: \$35.4 million funded through 2028) pays 2024-2028" $PY - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))['funding']
arm = {r['year']: r for r in rows if r['id'] == 'ARM'}
assert abs(sum(arm[y]['federal_usd'] for y in range(2024, 2029)) - 35.4e6) < 1e-3
assert arm[2029]['phase'] == 'self_sustaining'
PY
check "the 2021 federal total follows the renewals: above 100 M USD (facts: FY2021 \$127 million base federal; launch awards alone gave 30 M USD), and a lower bound" $PY - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))['funding']
t = [r for r in rows if r['id'] == 'total' and r['year'] == 2021][0]
assert t['federal_usd'] > 100e6 and t['federal_bound'] == 'at_least', t
PY
check "an institute funded at launch only keeps the stated match in every award year (America Makes: 30 M federal, 40 M match)" $PY - "$TMP/out" <<'PY'
import json, sys
rows = json.load(open(sys.argv[1]))['funding']
for r in rows:
    if r['id'] == 'america-makes' and 2012 <= r['year'] <= 2015:
        assert abs(r['federal_share'] - 30 / 70) < 1e-12, r
PY

# ---- the seed's 1:1 match holds in every year of Table 1's awards (other money >= federal for all seven)
run funding --format csv
check "2016: no institute's federal share exceeds one half in any award year (Table 1: other >= federal)" $PY - "$TMP/out" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r['phase'] == 'award']
assert len(rows) == 35, len(rows)  # seven institutes, five award years each
assert all(float(r['federal_share']) <= 0.5 + 1e-12 for r in rows), [(r['id'], r['year'], r['federal_share']) for r in rows if float(r['federal_share']) > 0.5]
PY

# ---- awards, renewals, ends, defunding and missing years on a model worked by hand
cat >"$TMP/m.json" <<'EOF2'
{"nodes": [
 {"id": "r", "kind": "institute", "since": 2015, "until": 2025, "federal_funding_usd": 50,
  "awards": [{"year": 2021, "kind": "renewal", "federal_usd": 70, "non_federal_usd": 35, "federal_years": 7, "level_years": 7}]},
 {"id": "n", "kind": "institute", "federal_funding_usd": 10},
 {"id": "e", "kind": "institute", "since": 2009, "until": 2011, "federal_funding_usd": 14},
 {"id": "d", "kind": "institute", "since": 2010, "federal_funding_usd": 28, "non_federal_funding_usd": 28,
  "funding_schedule": {"defunded": 2011}}]}
EOF2
run funding --format csv "$TMP/m.json"
check_status "funding of a model worked by hand" 0
check "renewals, until, defunded and an award without a year each enter the schedule" $PY - "$TMP/out" <<'PY'
import csv, sys
rows = {(r['year'], r['id']): r for r in csv.DictReader(open(sys.argv[1]))}
# the institute with no since is in every year, with empty amounts, and every federal total is a lower bound
years = sorted({int(y) for y, i in rows})
assert years[0] == 2009 and years[-1] == 2028, years
for y in years:
    assert rows[(str(y), 'n')]['federal_usd'] == '' and rows[(str(y), 'n')]['phase'] == 'unknown'
    assert rows[(str(y), 'total')]['federal_bound'] == 'at_least'
# e ends in 2011: no row after, no money in 2013
assert ('2012', 'e') not in rows and ('2013', 'e') not in rows
assert float(rows[('2013', 'total')]['federal_usd']) == 0
# d: 28 * 4/14 = 8 in 2010 and 2011 on both sides, then defunded: neither side pays
assert float(rows[('2011', 'd')]['non_federal_usd']) == 8
assert rows[('2012', 'd')]['phase'] == 'defunded'
assert float(rows[('2012', 'd')]['federal_usd']) == 0 and float(rows[('2012', 'd')]['non_federal_usd']) == 0
# r: the renewal pays 70/7 = 10 and 35/7 = 5 a year from 2021; r ends after 2025
assert rows[('2020', 'r')]['phase'] == 'self_sustaining' and rows[('2020', 'r')]['past_exit'] == 'true'
assert float(rows[('2021', 'r')]['federal_usd']) == 10 and float(rows[('2021', 'r')]['non_federal_usd']) == 5
assert rows[('2021', 'r')]['award'] == 'renewal' and rows[('2021', 'r')]['award_year'] == '1'
assert ('2026', 'r') not in rows
PY

# ---- a model without funding data: an empty table and a notice, not an error
printf '{"nodes": [{"id": "a"}, {"id": "b"}], "links": [{"source": "a", "target": "b"}]}' >"$TMP/none.json"
run funding --format csv --chart "$TMP/none.svg" "$TMP/none.json"
check_error "no awards: exit 0 with one notice" 0 "innonet: funding: no institute in $TMP/none.json has an award with a year: the table is empty and no chart is drawn"
check "no awards: the CSV is its header alone, and no chart is written" sh -c "test \"\$(cat '$TMP/out')\" = 'year,id,label,award,award_year,federal_usd,federal_bound,non_federal_usd,non_federal_bound,federal_share,share_bound,past_exit,phase' && test ! -e '$TMP/none.svg'"
run funding --year 2016 --format csv "$TMP/none.json"
check "no awards, one year asked: still the header alone" test "$(wc -l <"$TMP/out")" -eq 1
run funding --format json "$TMP/none.json"
check "no awards: JSON has an empty list" $PY -c "import json; assert json.load(open('$TMP/out'))['funding'] == []"

# ---- a bad awards list is one message, exit 2
printf '{"nodes": [{"id": "a", "kind": "institute", "awards": [{"federal_usd": 5}]}]}' >"$TMP/bad.json"
run funding -o "$TMP/bad.out" "$TMP/bad.json"
check_error "an award without its year" 2 "innonet: $TMP/bad.json: node 'a': awards[0]: an award needs its 'year'"
check "nothing is written" test ! -e "$TMP/bad.out"
printf '{"nodes": [{"id": "a", "kind": "institute", "awards": [{"year": 100000, "federal_usd": 5}]}]}' >"$TMP/far.json"
run funding "$TMP/far.json"
check_error "an award year out of range" 2 "innonet: $TMP/far.json: node 'a': awards[0]: 'year' is a year from -9999 to 9999, not 100000"
finish
