/*
 * test_stats.c: network statistics, shortest paths, minimum cuts and projections against
 * NetworkX (tests/fixtures/ref/{stats,paths,cuts,projections}.json, written by make_refs.py).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <cJSON.h>

#include "helpers.h"
#include "innonet/load.h"
#include "innonet/stats.h"
#include "innonet/structure.h"
#include "innonet/transform.h"

static cJSON *load_ref_json(const char *name)
{
	char path[256];
	char *text;
	cJSON *j;

	snprintf(path, sizeof(path), "ref/%s", name);
	text = slurp(fixture(path), NULL);
	CU_ASSERT_PTR_NOT_NULL_FATAL(text);
	j = cJSON_Parse(text);
	free(text);
	CU_ASSERT_PTR_NOT_NULL_FATAL(j);
	return j;
}

/* The model a reference names: the shipped one, or a fixture. */
static struct inn_model *load_network(const char *name)
{
	char path[4096];
	struct inn_error err;
	struct inn_model *m;

	if (strcmp(name, "nnmi-2016") == 0)
		snprintf(path, sizeof(path), "%s/graphs/nnmi-2016.json", INN_SOURCE_DIR);
	else
		snprintf(path, sizeof(path), "%s", fixture(name));
	if (strcmp(name, "nnmi-2016") != 0)
		strncat(path, ".json", sizeof(path) - strlen(path) - 1);
	inn_error_init(&err);
	m = inn_load(path, &err);
	if (!m)
		fprintf(stderr, "\n%s: %s\n", name, err.msg);
	return m;
}

static bool near(double got, const cJSON *want, double tol)
{
	if (cJSON_IsNull(want))
		return isnan(got);
	return cJSON_IsNumber(want) && fabs(got - want->valuedouble) <= tol * fmax(1.0, fabs(want->valuedouble));
}

/* Check one statistic and name it when it differs, so a failure says which. */
#define CHECK(network, what, cond)                                                                     \
	do {                                                                                           \
		if (!(cond))                                                                           \
			fprintf(stderr, "\n%s: %s differs from NetworkX\n", network, what);            \
		CU_ASSERT_TRUE(cond);                                                                  \
	} while (0)

static bool same_sizes(const struct inn_component *c, size_t n, const cJSON *want)
{
	if ((size_t)cJSON_GetArraySize(want) != n)
		return false;
	for (size_t k = 0; k < n; k++)
		if (c[k].size != (size_t)cJSON_GetArrayItem(want, (int)k)->valueint)
			return false;
	return true;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Whether the ids (or "a|b" pairs) innonet found are exactly the sorted list want. */
static bool same_ids(char **got, size_t n, const cJSON *want)
{
	bool same = (size_t)cJSON_GetArraySize(want) == n;

	qsort(got, n, sizeof(*got), cmp_str);
	for (size_t k = 0; same && k < n; k++)
		same = strcmp(got[k], cJSON_GetArrayItem(want, (int)k)->valuestring) == 0;
	return same;
}

static void check_network(const char *name, const cJSON *want)
{
	struct inn_model *m = load_network(name);
	struct inn_error err;
	struct inn_stats s;
	struct inn_net net;
	const cJSON *v;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_stats_compute(&net, &s, &err), 0);
	CHECK(name, "nodes", s.nnodes == (size_t)cJSON_GetObjectItem(want, "nodes")->valueint);
	CHECK(name, "links", s.nlinks == (size_t)cJSON_GetObjectItem(want, "links")->valueint);
	CHECK(name, "density", near(s.density, cJSON_GetObjectItem(want, "density"), 1e-9));
	CHECK(name, "weak components", same_sizes(s.weak, s.nweak, cJSON_GetObjectItem(want, "weak_components")));
	if ((v = cJSON_GetObjectItem(want, "strong_components")))
		CHECK(name, "strong components", same_sizes(s.strong, s.nstrong, v));
	else
		CHECK(name, "strong components", s.strong == NULL);

	char **ids = calloc(m->nnodes + m->nlinks + 1, sizeof(*ids));
	size_t n = 0;
	for (size_t i = 0; i < m->nnodes; i++)
		if (s.articulation[i])
			ids[n++] = strdup(m->nodes[i].id);
	CHECK(name, "articulation points", same_ids(ids, n, cJSON_GetObjectItem(want, "articulation_points")));
	for (size_t k = 0; k < n; k++)
		free(ids[k]);
	n = 0;
	for (size_t j = 0; j < m->nlinks; j++) {
		if (!s.bridge[j])
			continue;
		const char *a = m->nodes[m->links[j].source].id, *b = m->nodes[m->links[j].target].id;
		char pair[512];
		snprintf(pair, sizeof(pair), "%s|%s", strcmp(a, b) < 0 ? a : b, strcmp(a, b) < 0 ? b : a);
		ids[n++] = strdup(pair);
	}
	CHECK(name, "bridges", same_ids(ids, n, cJSON_GetObjectItem(want, "bridges")));
	for (size_t k = 0; k < n; k++)
		free(ids[k]);
	free(ids);

	CHECK(name, "vertex connectivity",
	      s.vertex_connectivity == (size_t)cJSON_GetObjectItem(want, "vertex_connectivity")->valueint);
	CHECK(name, "edge connectivity",
	      s.edge_connectivity == (size_t)cJSON_GetObjectItem(want, "edge_connectivity")->valueint);
	CHECK(name, "distance component", s.distance_nodes == (size_t)cJSON_GetObjectItem(want, "distance_nodes")->valueint);
	CHECK(name, "diameter", near(s.diameter, cJSON_GetObjectItem(want, "diameter"), 0));
	CHECK(name, "radius", near(s.radius, cJSON_GetObjectItem(want, "radius"), 0));
	CHECK(name, "average shortest path length",
	      near(s.average_path_length, cJSON_GetObjectItem(want, "average_shortest_path_length"), 1e-9));
	CHECK(name, "transitivity", near(s.transitivity, cJSON_GetObjectItem(want, "transitivity"), 1e-9));
	CHECK(name, "average clustering", near(s.average_clustering, cJSON_GetObjectItem(want, "average_clustering"), 1e-9));
	CHECK(name, "degree assortativity",
	      near(s.degree_assortativity, cJSON_GetObjectItem(want, "degree_assortativity"), 1e-9));
	if ((v = cJSON_GetObjectItem(want, "kind_assortativity")))
		CHECK(name, "assortativity by kind", s.has_kinds && near(s.kind_assortativity, v, 1e-9));
	else
		CHECK(name, "assortativity by kind", !s.has_kinds);
	v = cJSON_GetObjectItem(want, "k_cores");
	bool cores = (size_t)cJSON_GetArraySize(v) == s.max_core;
	for (size_t k = 0; cores && k < s.max_core; k++)
		cores = s.core_sizes[k] == (size_t)cJSON_GetArrayItem(v, (int)k)->valueint;
	CHECK(name, "k-core sizes", cores);
	inn_stats_release(&s);
	inn_net_release(&net);
	inn_model_free(m);
}

static void stats_should_match_networkx_on_every_reference_network(void)
{
	cJSON *ref = load_ref_json("stats.json"), *network;
	size_t checked = 0;

	cJSON_ArrayForEach(network, cJSON_GetObjectItem(ref, "networks"))
	{
		check_network(network->string, network);
		checked++;
	}
	/* karate, florentine, lesmis, davis, disconnected, directed, directed-kinds, nnmi-2016 */
	CU_ASSERT_EQUAL(checked, 8);
	cJSON_Delete(ref);
}

/*
 * The null graph, worked by hand against NetworkX 2.8: nx.density and nx.transitivity give 0,
 * nx.degree_assortativity_coefficient nan; nx.diameter, nx.radius, nx.average_shortest_path_length
 * and nx.average_clustering raise, so those are undefined (NaN).
 */
static void stats_should_answer_for_an_empty_network(void)
{
	struct inn_error err;
	struct inn_stats s;
	struct inn_net net;
	struct inn_model *m;

	inn_error_init(&err);
	m = inn_load_json("{\"nodes\": []}", 13, "empty.json", &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_stats_compute(&net, &s, &err), 0);
	CU_ASSERT_EQUAL(s.nnodes, 0);
	CU_ASSERT_EQUAL(s.nweak, 0);
	CU_ASSERT_EQUAL(s.density, 0.0);
	CU_ASSERT_EQUAL(s.transitivity, 0.0);
	CU_ASSERT_EQUAL(s.max_core, 0);
	CU_ASSERT(isnan(s.diameter) && isnan(s.radius) && isnan(s.average_path_length));
	CU_ASSERT(isnan(s.average_clustering) && isnan(s.degree_assortativity));
	inn_stats_release(&s);
	inn_net_release(&net);
	inn_model_free(m);
}

static void shortest_paths_should_be_networkx_all_shortest_paths(void)
{
	cJSON *ref = load_ref_json("paths.json"), *e;
	size_t checked = 0;

	cJSON_ArrayForEach(e, cJSON_GetObjectItem(ref, "paths"))
	{
		const char *network = cJSON_GetObjectItem(e, "network")->valuestring;
		const cJSON *weight = cJSON_GetObjectItem(e, "weight"), *want = cJSON_GetObjectItem(e, "paths");
		struct inn_model *m = load_network(network);
		struct inn_paths p;
		struct inn_error err;
		struct inn_net net;
		size_t from, to;
		bool more;

		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		inn_error_init(&err);
		CU_ASSERT_TRUE_FATAL(inn_model_find(m, cJSON_GetObjectItem(e, "from")->valuestring, &from));
		CU_ASSERT_TRUE_FATAL(inn_model_find(m, cJSON_GetObjectItem(e, "to")->valuestring, &to));
		CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
		CU_ASSERT_EQUAL_FATAL(inn_shortest_paths(&net, from, to, cJSON_IsString(weight) ? weight->valuestring : NULL,
							 0, &p, &more, &err),
				      0);
		bool same = p.npaths == (size_t)cJSON_GetArraySize(want) && p.found == p.npaths && !more;
		if (same && p.npaths)
			same = near(p.distance, cJSON_GetObjectItem(e, "distance"), 1e-9);
		for (size_t k = 0; same && k < p.npaths; k++) {
			const cJSON *path = cJSON_GetArrayItem(want, (int)k);
			same = (size_t)cJSON_GetArraySize(path) == inn_path_links(&p, k) + 1;
			for (size_t s = 0; same && s <= inn_path_links(&p, k); s++)
				same = strcmp(m->nodes[p.nodes[p.offset[k] + s]].id,
					      cJSON_GetArrayItem(path, (int)s)->valuestring) == 0;
		}
		if (!same)
			fprintf(stderr, "\n%s: paths %s to %s differ from NetworkX\n", network,
				cJSON_GetObjectItem(e, "from")->valuestring, cJSON_GetObjectItem(e, "to")->valuestring);
		CU_ASSERT_TRUE(same);
		checked++;
		inn_paths_release(&p);
		inn_net_release(&net);
		inn_model_free(m);
	}
	CU_ASSERT_TRUE(checked >= 30);
	cJSON_Delete(ref);
}

/* Whether `to` is unreachable from `from` once the cut nodes and links are gone. */
static bool separated(const struct inn_model *m, size_t from, size_t to, const bool *cut_node, const bool *cut_link)
{
	bool *keep = malloc(m->nnodes * sizeof(*keep)), *keep_link = malloc((m->nlinks + 1) * sizeof(*keep_link));
	size_t *newidx = malloc(m->nnodes * sizeof(*newidx)), k = 0;
	struct inn_error err;
	struct inn_paths p;
	struct inn_net net;
	bool more, apart;

	for (size_t i = 0; i < m->nnodes; i++) {
		keep[i] = !cut_node || !cut_node[i];
		newidx[i] = keep[i] ? k++ : SIZE_MAX;
	}
	for (size_t j = 0; j < m->nlinks; j++)
		keep_link[j] = (!cut_link || !cut_link[j]) && keep[m->links[j].source] && keep[m->links[j].target];
	struct inn_model *rest = inn_model_select(m, keep, keep_link);
	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, rest, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_shortest_paths(&net, newidx[from], newidx[to], NULL, 1, &p, &more, &err), 0);
	apart = p.npaths == 0;
	inn_paths_release(&p);
	inn_net_release(&net);
	inn_model_free(rest);
	free(newidx);
	free(keep_link);
	free(keep);
	return apart;
}

static void minimum_cuts_should_have_networkx_sizes_and_separate_the_nodes(void)
{
	cJSON *ref = load_ref_json("cuts.json"), *e;
	size_t checked = 0;

	cJSON_ArrayForEach(e, cJSON_GetObjectItem(ref, "cuts"))
	{
		const char *network = cJSON_GetObjectItem(e, "network")->valuestring;
		const cJSON *vcut = cJSON_GetObjectItem(e, "vertex_cut");
		struct inn_model *m = load_network(network);
		struct inn_error err;
		struct inn_net net;
		size_t from, to, vsize, esize;
		bool exists;

		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		inn_error_init(&err);
		CU_ASSERT_TRUE_FATAL(inn_model_find(m, cJSON_GetObjectItem(e, "from")->valuestring, &from));
		CU_ASSERT_TRUE_FATAL(inn_model_find(m, cJSON_GetObjectItem(e, "to")->valuestring, &to));
		bool *vertex = calloc(m->nnodes, sizeof(*vertex)), *edge = calloc(m->nlinks + 1, sizeof(*edge));
		CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
		CU_ASSERT_EQUAL(inn_min_vertex_cut(&net, from, to, vertex, &vsize, &exists, &err), 0);
		CU_ASSERT_EQUAL(inn_min_edge_cut(&net, from, to, edge, &esize, &err), 0);
		/* NetworkX raises for adjacent nodes: null in the reference */
		bool ok = cJSON_IsNull(vcut) ? !exists : exists && vsize == (size_t)vcut->valueint;
		ok = ok && esize == (size_t)cJSON_GetObjectItem(e, "edge_cut")->valueint;
		/* and the cuts found do separate the two, checked on what is left */
		if (exists)
			ok = ok && separated(m, from, to, vertex, NULL);
		ok = ok && separated(m, from, to, NULL, edge);
		if (!ok)
			fprintf(stderr, "\n%s: cuts between %s and %s differ from NetworkX\n", network,
				cJSON_GetObjectItem(e, "from")->valuestring, cJSON_GetObjectItem(e, "to")->valuestring);
		CU_ASSERT_TRUE(ok);
		checked++;
		free(edge);
		free(vertex);
		inn_net_release(&net);
		inn_model_free(m);
	}
	CU_ASSERT_TRUE(checked >= 30);
	cJSON_Delete(ref);
}

static void projections_of_the_nnmi_model_should_be_networkxs(void)
{
	cJSON *ref = load_ref_json("projections.json"), *kind;
	struct inn_model *m = load_network("nnmi-2016");
	size_t checked = 0;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	cJSON_ArrayForEach(kind, cJSON_GetObjectItem(ref, "links"))
	{
		struct inn_error err;
		inn_error_init(&err);
		struct inn_model *p = inn_model_project(m, kind->string, &err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(p);
		/* each reference link is [id, id, shared neighbours], sorted; sort ours the same way */
		char **got = calloc(p->nlinks + 1, sizeof(*got));
		for (size_t j = 0; j < p->nlinks; j++) {
			const char *a = p->nodes[p->links[j].source].id, *b = p->nodes[p->links[j].target].id;
			char text[512];
			snprintf(text, sizeof(text), "%s|%s|%g", strcmp(a, b) < 0 ? a : b, strcmp(a, b) < 0 ? b : a,
				 inn_link_weight(p, &p->links[j]));
			got[j] = strdup(text);
		}
		qsort(got, p->nlinks, sizeof(*got), cmp_str);
		cJSON *want = cJSON_CreateArray(), *l;
		cJSON_ArrayForEach(l, kind)
		{
			char text[512];
			snprintf(text, sizeof(text), "%s|%s|%g", cJSON_GetArrayItem(l, 0)->valuestring,
				 cJSON_GetArrayItem(l, 1)->valuestring, cJSON_GetArrayItem(l, 2)->valuedouble);
			cJSON_AddItemToArray(want, cJSON_CreateString(text));
		}
		/* the reference is sorted by (id, id, weight) as lists; as "a|b|w" strings sort alike here */
		char **sorted = calloc((size_t)cJSON_GetArraySize(want) + 1, sizeof(*sorted));
		for (int k = 0; k < cJSON_GetArraySize(want); k++)
			sorted[k] = cJSON_GetArrayItem(want, k)->valuestring;
		qsort(sorted, (size_t)cJSON_GetArraySize(want), sizeof(*sorted), cmp_str);
		bool same = (size_t)cJSON_GetArraySize(want) == p->nlinks;
		for (size_t j = 0; same && j < p->nlinks; j++)
			same = strcmp(got[j], sorted[j]) == 0;
		if (!same)
			fprintf(stderr, "\nprojection onto %s differs from NetworkX\n", kind->string);
		CU_ASSERT_TRUE(same);
		for (size_t j = 0; j < p->nlinks; j++)
			free(got[j]);
		free(got);
		free(sorted);
		cJSON_Delete(want);
		inn_model_free(p);
		checked++;
	}
	CU_ASSERT_EQUAL(checked, 3);
	inn_model_free(m);
	cJSON_Delete(ref);
}

static CU_TestInfo tests[] = {
	TEST(stats_should_match_networkx_on_every_reference_network),
	TEST(stats_should_answer_for_an_empty_network),
	TEST(shortest_paths_should_be_networkx_all_shortest_paths),
	TEST(minimum_cuts_should_have_networkx_sizes_and_separate_the_nodes),
	TEST(projections_of_the_nnmi_model_should_be_networkxs),
	CU_TEST_INFO_NULL,
};

int add_stats_suite(void)
{
	return add_suite("stats", tests);
}
