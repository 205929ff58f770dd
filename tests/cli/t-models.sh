# t-models.sh: the shipped models say what their sources say. The expected facts are typed in from
# ../shared/domain/seed-digest.md (the seed) and ../shared/domain/manufacturing-usa-facts.md (public
# sources), not read from the models; each check names the line it rests on.
. "$(dirname "$0")/lib.sh" "$@"
M2025=$SRC/graphs/manufacturing-usa-2025.json

check "2016 model, seed facts" $PY - "$MODEL" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
nodes = {n['id']: n for n in m['nodes']}
links = m['links']
# seed: "the 17 DOE national laboratories" -- a number, no names: one node with the count, no leaves
assert nodes['DOE-labs']['laboratories'] == 17
assert not [n for n in m['nodes'] if n.get('kind') == 'national_lab']
# seed: "March 2015: SAM was re-established" -- so it existed before 2015
assert 'since' not in nodes['SAM'] and nodes['SAM']['re_established'] == 2015
assert all('since' not in l for l in links if 'SAM' in (l['source'], l['target']))
# seed: members are "companies, research universities, community colleges, non-profits and
# laboratories"; the MIIs link industry associations, regional clusters and federal research
# centres; state and local governments fund them: only the first five are members
members = {n['id'] for n in m['nodes'] if n.get('kind') == 'member_type'}
assert members == {'companies', 'research-universities', 'community-colleges', 'nonprofits', 'laboratories'}, members
assert {nodes[i]['kind'] for i in ('industry-associations', 'regional-clusters', 'federal-research-centers')} == {'partner_type'}
assert nodes['state-local-gov']['kind'] == 'funder_type'
# seed: "EOP, NSTC and AMNPO jointly issued the first strategic plan" (February 2016)
assert {l['source'] for l in links if l['target'] == 'strategic-plan' and l['relation'] == 'issues'} == {'EOP', 'NSTC', 'AMNPO'}
# seed: "each funded MII reports every year and has a performance review every three years";
# "the government is one board member"
for n in m['nodes']:
    if n.get('kind') == 'institute':
        assert n['annual_report'] is True and n['performance_review_every_years'] == 3, n['id']
        assert 'government is one member' in n['board'], n['id']
# seed: DoD and DOE connect with "the national laboratory system" in general, and DOE's
# laboratories partner with the MIIs: the DoD side is the modeller's reading
inferred = {(l['source'], l['target']) for l in links if l['evidence'] == 'inferred'}
assert inferred == {('DoD', 'DOE-labs')} | {('DOE-labs', i) for i in ('america-makes', 'DMDII', 'LIFT', 'aim-photonics', 'nextflex')}, inferred
assert all(l['evidence'] in ('stated', 'inferred') for l in links)
assert all(l.get('note') for l in links if l['evidence'] == 'inferred')
# money is not a weight: every link weighs the same; Table 1's federal money is on the sponsor links
assert not [l for l in links if 'weight' in l]
fed = {'america-makes': 55e6, 'DMDII': 70e6, 'LIFT': 70e6, 'aim-photonics': 110e6, 'nextflex': 75e6, 'poweramerica': 70e6, 'IACMI': 70e6}
assert {l['target']: l['amount_usd'] for l in links if l['relation'] == 'sponsors'} == fed
PY

check "2025 model, public facts" $PY - "$M2025" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
nodes = {n['id']: n for n in m['nodes']}
links = m['links']
# facts, 'DOE AMO reorganisation': "Oct 2022 ... legacy AMO reorganized into two offices"
assert nodes['AMO']['until'] == 2022 and nodes['AMMTO']['since'] == 2022 and nodes['IEDO']['since'] == 2022
assert all(l.get('until') == 2022 for l in links if l['source'] == 'AMO' and l['relation'] in ('sponsors', 'coordinates'))
# facts, 'PowerAmerica renewal': sponsor DOE AMMTO -- not IEDO
spons = {(l['source'], l['target']) for l in links if l['relation'] == 'sponsors'}
assert ('AMMTO', 'poweramerica') in spons and ('IEDO', 'poweramerica') not in spons
# facts, conflict 2: MxD launch 70 M (2014 coverage) vs 80 M (UI LABS 2019): both in the note
assert nodes['DMDII']['federal_funding_usd'] == 70e6 and '80 M USD' in nodes['DMDII']['note'] and '70 M USD' in nodes['DMDII']['note']
# facts, conflict 8: AIM Photonics HQ: Albany Nanotech Complex (state release) and both cities
assert 'Albany' in nodes['aim-photonics']['hq_city_2021'] and 'Rochester' in nodes['aim-photonics']['hq_city_2021']
# facts, CyManII: "$111 million public-private partnership" (total; split not found)
assert nodes['CyManII']['total_investment_usd'] == 111e6 and 'federal_funding_usd' not in nodes['CyManII']
# facts, renewals table: the awards the model schedules
aw = {(i, a['year']): a for i, n in nodes.items() for a in n.get('awards', [])}
assert (aw[('aim-photonics', 2021)]['federal_usd'], aw[('aim-photonics', 2021)]['non_federal_usd'], aw[('aim-photonics', 2021)]['federal_years']) == (165e6, 156e6, 7)
assert sorted((a['year'], a['federal_usd'], a['federal_years']) for a in nodes['NIIMBL']['awards']) == [(2021, 70e6, 5), (2021, 83e6, 3)]
assert aw[('ARM', 2024)]['federal_usd'] == 35.4e6
assert aw[('DMDII', 2019)]['federal_usd'] == {'at_least': 10e6}
assert 'renewal' not in nodes['aim-photonics']
# no link valid in 2025 rests on the seed alone unless it says it is inferred
seed_only = [l for l in links if l.get('provenance', '').startswith('seed') and 'http' not in l['provenance']]
assert all(l['evidence'] == 'inferred' for l in seed_only) and len(seed_only) == 4, len(seed_only)
assert not [l for l in links if l['relation'] == 'connects']
assert all(l['evidence'] in ('stated', 'inferred') for l in links)
assert not [l for l in links if 'weight' in l]
PY

# money is not a distance: strength is the degree when no link carries a weight
run rank --by strength --top 1 --format csv "$M2025"
check "DoD's strength is no longer dollars" sh -c "! grep -q 'DoD' '$TMP/out' || grep -q ',DoD,.*,[0-9][0-9]\$' '$TMP/out'"
run rank --by strength --format csv "$M2025"
cp "$TMP/out" "$TMP/strength"
run rank --by degree --format csv "$M2025"
check "strength equals degree on both shipped models (every link weighs 1)" sh -c "cut -d, -f2,5 '$TMP/strength' | tail -n +2 | sort >'$TMP/a' && cut -d, -f2,5 '$TMP/out' | tail -n +2 | sort >'$TMP/b' && cmp -s '$TMP/a' '$TMP/b'"
finish
