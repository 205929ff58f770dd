"""view_check.py: read an interactive view (export --format html, or a report holding one) back
with Python's own parsers and check it against NetworkX and hashlib, independently of innonet.
usage: view_check.py VIEW.html MODEL.json [--report]
Checks: the data block is JSON with no raw < > & (so no label can end it); nodes, labels, kinds
and links are the model's, in its order; degree scores and ranks are NetworkX's degree and
competition ranking, PageRank NetworkX's within 1e-9; the Content Security Policy names exactly
the page's scripts and styles by their SHA-256; nothing in the page loads from anywhere."""
import base64, hashlib, json, re, sys
import networkx as nx

page, model_path = sys.argv[1], sys.argv[2]
report = '--report' in sys.argv
html = open(page, encoding='utf-8').read()
problems = []
def expect(what, ok):
    print(('ok - ' if ok else 'FAIL - ') + what)
    if not ok:
        problems.append(what)

start = html.index('<script type="application/json" id="inn-view-data">') + len('<script type="application/json" id="inn-view-data">')
end = html.index('</script>', start)
block = html[start:end]
expect('the data block holds no raw < > &', not re.search('[<>&]', block))
expect('the data block holds no raw U+2028 or U+2029', '\u2028' not in block and '\u2029' not in block)
data = json.loads(block)

doc = json.load(open(model_path, encoding='utf-8'))
G = nx.node_link_graph(doc)
ids = [str(n['id']) for n in doc['nodes']]
N = data['nodes']
expect('every node in model order', N['id'] == ids and N['n'] == len(ids))
expect('labels are the model\'s', N['label'] == [str(n.get('label', n['id'])) for n in doc['nodes']])
kinds = [k['name'] for k in data['kinds']]
expect('kinds are the model\'s', [kinds[k] for k in N['kind']] == [n.get('kind') for n in doc['nodes']])
rels = [r['name'] for r in data['relations']]
L = data['links']
got = [(ids[s], ids[t], rels[r]) for s, t, r in zip(L['s'], L['t'], L['rel'])]
want = [(str(l['source']), str(l['target']), l.get('relation')) for l in doc['links']]
expect('links are the model\'s, in order', got == want)
expect('positions are numbers for every node', len(N['x']) == len(ids) and all(isinstance(v, (int, float)) for v in N['x'] + N['y']))

measures = data['measures']
if 'degree' in measures:
    k = measures.index('degree')
    deg = dict(G.degree())
    expect('degree is NetworkX\'s G.degree', data['scores'][k] == [deg[n] for n in G.nodes])
    ranks = [1 + sum(1 for v in deg.values() if v > deg[n]) for n in G.nodes]
    expect('degree ranks are competition ranks, ties shared', data['ranks'][k] == ranks)
if 'pagerank' in measures:
    k = measures.index('pagerank')
    pr = nx.pagerank(G, tol=1e-12, max_iter=10000)
    expect('pagerank is NetworkX\'s within 1e-9', all(abs(a - pr[n]) < 1e-9 for a, n in zip(data['scores'][k], G.nodes)))

# the policy: exactly the page's inline scripts (JSON data excepted) and styles, by hash
csp = re.search(r'Content-Security-Policy" content="([^"]*)"', html).group(1)
def b64(text):
    return base64.b64encode(hashlib.sha256(text.encode('utf-8')).digest()).decode()
scripts = re.findall(r'<script>(.*?)</script>', html, re.S)
styles = re.findall(r'<style>(.*?)</style>', html, re.S)
expect('the page has its scripts (%d) and styles (%d)' % (len(scripts), len(styles)),
       len(scripts) == (2 if report else 1) and len(styles) == (2 if report else 1))
script_src = re.search(r"script-src ([^;]*)", csp).group(1).split()
style_src = re.search(r"style-src ([^;]*)", csp).group(1).split()
expect('the policy names each script by hash and nothing else', sorted(script_src) == sorted("'sha256-%s'" % b64(s) for s in scripts))
expect('the policy names each style by hash and nothing else', sorted(style_src) == sorted("'sha256-%s'" % b64(s) for s in styles))
expect("the policy's default is 'none'", csp.startswith("default-src 'none'"))
expect('nothing loads from anywhere (no src=, href= to a resource, url(), @import)',
       not re.search(r'\ssrc=|<link\b|url\(|@import', html.replace(block, '')))
sys.exit(1 if problems else 0)
