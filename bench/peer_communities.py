"""peer_communities.py: the peers of `innonet communities` on an edge list, as a process: python-igraph's
Leiden (modularity, iterated until stable) or NetworkX's Louvain, one run with seed 1; prints the
modularity reached. usage: peer_communities.py leiden|louvain EDGES.txt"""
import random
import sys

method, path = sys.argv[1:3]
edges = [tuple(map(int, line.split()[:2])) for line in open(path) if line.strip()]
if method == "leiden":
    import igraph as ig
    random.seed(1)
    ig.set_random_number_generator(random)
    g = ig.Graph(edges=edges)
    g.simplify()
    p = g.community_leiden(objective_function="modularity", n_iterations=-1)
    print(g.modularity(p.membership))
else:
    import networkx as nx
    G = nx.Graph(edges)
    parts = nx.community.louvain_communities(G, seed=1)
    print(nx.community.modularity(G, parts))
