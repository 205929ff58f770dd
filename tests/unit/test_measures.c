/* test_measures.c: every measure against NetworkX's values (tests/fixtures/ref, make_refs.py). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "innonet/load.h"
#include "innonet/measures.h"
#include "innonet/transform.h"

/* Exact measures agree to 1e-9; iterative ones (eigenvector, PageRank, HITS) to 1e-6, as the issue asks. */
static double tolerance(const char *measure)
{
	static const char *const iterative[] = {"eigenvector", "pagerank", "hub", "authority"};

	for (size_t i = 0; i < sizeof(iterative) / sizeof(iterative[0]); i++)
		if (strcmp(measure, iterative[i]) == 0)
			return 1e-6;
	return 1e-9;
}

/*
 * The options a reference column names after its measure: ":normalized", ":weight" (the link
 * attribute 'weight'), ":alpha=A", ":beta=B", ":cutoff=L". False for anything else.
 */
static bool column_options(char *variants, struct inn_measure_opts *o)
{
	for (char *save = NULL, *v = strtok_r(variants, ":", &save); v; v = strtok_r(NULL, ":", &save)) {
		if (strcmp(v, "normalized") == 0)
			o->normalized = true;
		else if (strcmp(v, "weight") == 0)
			o->weight = "weight";
		else if (strncmp(v, "alpha=", 6) == 0)
			o->alpha = strtod(v + 6, NULL);
		else if (strncmp(v, "beta=", 5) == 0)
			o->beta = strtod(v + 5, NULL);
		else if (strncmp(v, "cutoff=", 7) == 0)
			o->cutoff = strtod(v + 7, NULL);
		else
			return false;
	}
	return true;
}

/*
 * Compare every column of ref/<name>.csv with innonet's value for the same node on model m. A
 * column is a measure followed by its options (see column_options). NaN (constraint of an
 * isolated node) must be NaN. Returns the number of columns compared.
 */
static size_t compare_model_with_networkx(struct inn_model *m, const char *ref_name)
{
	struct ref_table ref;
	struct inn_error err;
	struct inn_net net;
	size_t compared = 0;

	inn_error_init(&err);
	CU_ASSERT_TRUE_FATAL(ref_load(&ref, ref_name));
	CU_ASSERT_EQUAL(ref.nrows, m->nnodes);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	double *out = calloc(m->nnodes + 1, sizeof(*out));
	for (size_t c = 1; c < ref.ncols; c++) {
		char name[64];
		snprintf(name, sizeof(name), "%s", ref.cols[c]);
		char *variant = strchr(name, ':');
		struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
		if (variant) {
			*variant++ = '\0';
			CU_ASSERT_TRUE_FATAL(column_options(variant, &o));
		}
		const struct inn_measure *ms = inn_measure_find(name);
		CU_ASSERT_PTR_NOT_NULL_FATAL(ms);
		inn_error_init(&err);
		if (inn_measure_compute(ms, &net, &o, out, &err) != 0) {
			fprintf(stderr, "\n%s %s: %s\n", ref_name, ref.cols[c], err.msg);
			CU_FAIL("measure failed");
			continue;
		}
		double worst = 0;
		const char *worst_id = NULL;
		for (size_t r = 0; r < ref.nrows; r++) {
			size_t at;
			CU_ASSERT_TRUE_FATAL(inn_model_find(m, ref.ids[r], &at));
			double want = ref.vals[r * ref.ncols + c], d = fabs(out[at] - want) / fmax(1.0, fabs(want));
			if (isnan(want) && isnan(out[at]))
				d = 0;
			if (!(d <= worst)) {
				worst = d;
				worst_id = ref.ids[r];
			}
		}
		if (!(worst <= tolerance(name)))
			fprintf(stderr, "\n%s %s: off by %g (relative) at node %s\n", ref_name, ref.cols[c], worst, worst_id);
		CU_ASSERT_TRUE(worst <= tolerance(name));
		compared++;
	}
	free(out);
	inn_net_release(&net);
	ref_free(&ref);
	return compared;
}

static size_t compare_with_networkx(const char *model_path, const char *ref_name)
{
	struct inn_error err;
	struct inn_model *m;
	size_t compared;

	inn_error_init(&err);
	m = inn_load(model_path, &err);
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	compared = compare_model_with_networkx(m, ref_name);
	inn_model_free(m);
	return compared;
}

/* Each reference network of tests/fixtures, <name>.json against ref/<name>.csv, and how many of
 * the reference's columns innonet computes and compares (see the header of each ref/<name>.csv). */
static void measures_should_match_networkx_on_every_fixture_network(void)
{
	static const struct {
		const char *name;
		size_t columns;
	} nets[] = {
		{"karate", 30},         /* Zachary's karate club: 20 unweighted columns and 8 weighted ones */
		{"florentine", 21},     /* the Florentine families */
		{"lesmis", 30},         /* Les Miserables, weighted and not */
		{"davis", 21},          /* the Davis southern women */
		{"disconnected", 21},   /* several components */
		{"directed", 27},       /* direction followed as NetworkX does */
		{"directed-kinds", 38}, /* hub, authority, in- and out-degree, Katz and Burt's measures with and
					 * without weights on a weighted directed network with three kinds */
	};
	char name[64];

	for (size_t k = 0; k < sizeof(nets) / sizeof(nets[0]); k++) {
		snprintf(name, sizeof(name), "%s.json", nets[k].name);
		size_t compared = compare_with_networkx(fixture(name), nets[k].name);
		if (compared != nets[k].columns)
			fprintf(stderr, "\n%s: %zu columns compared, want %zu\n", nets[k].name, compared, nets[k].columns);
		CU_ASSERT_EQUAL(compared, nets[k].columns);
	}
}

static void measures_should_match_networkx_on_the_shipped_nnmi_model(void)
{
	/* the reference was computed by NetworkX on graphs/nnmi-2016.json loaded unchanged */
	char path[4096];

	snprintf(path, sizeof(path), "%s/graphs/nnmi-2016.json", INN_SOURCE_DIR);
	CU_ASSERT_EQUAL(compare_with_networkx(path, "nnmi-2016"), 21); /* no weights: sponsor money is amount_usd */
}

static void measures_should_match_networkx_on_projections_of_the_nnmi_model(void)
{
	/* ref/nnmi-2016-<kind>.csv: NetworkX's measures on nx.bipartite.weighted_projected_graph of
	 * the shipped model onto the kind, 'weight' being the number of shared neighbours */
	static const struct {
		const char *kind;
		size_t columns;
	} kinds[] = {{"institute", 30}, {"agency", 30}, {"lead_organization", 21}};
	char path[4096];

	snprintf(path, sizeof(path), "%s/graphs/nnmi-2016.json", INN_SOURCE_DIR);
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		struct inn_error err;
		char ref[64];
		inn_error_init(&err);
		struct inn_model *m = inn_load(path, &err), *p;
		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		p = inn_model_project(m, kinds[k].kind, &err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(p);
		snprintf(ref, sizeof(ref), "nnmi-2016-%s", kinds[k].kind);
		CU_ASSERT_EQUAL(compare_model_with_networkx(p, ref), kinds[k].columns);
		inn_model_free(p);
		inn_model_free(m);
	}
}

static void measures_should_match_networkx_on_the_nnmi_model_read_as_directed(void)
{
	/* tests/fixtures/nnmi-2016-directed.json: the shipped model with "directed": true */
	CU_ASSERT_EQUAL(compare_with_networkx(fixture("nnmi-2016-directed.json"), "nnmi-2016-directed"), 27);
}

static void brokerage_roles_should_match_r_sna_on_directed_networks_with_three_kinds(void)
{
	/* ref/<name>-brokerage.csv: sna::brokerage(g, kind)$raw.nli, written by tests/fixtures/brokerage.R */
	CU_ASSERT_EQUAL(compare_with_networkx(fixture("directed.json"), "directed-brokerage"), 5);
	CU_ASSERT_EQUAL(compare_with_networkx(fixture("directed-kinds.json"), "directed-kinds-brokerage"), 5);
	CU_ASSERT_EQUAL(compare_with_networkx(fixture("nnmi-2016-directed.json"), "nnmi-2016-directed-brokerage"), 5);
}

static void directed_only_measures_should_be_refused_on_an_undirected_model(void)
{
	static const char *const names[] = {"indegree", "outdegree", "hub", "authority", "coordinator",
					    "itinerant", "gatekeeper", "representative", "liaison"};
	struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	struct inn_net net;
	struct inn_model *m = load_fixture_net("karate.json", &net);
	struct inn_error err;
	double out[34];

	inn_error_init(&err);
	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		const struct inn_measure *ms = inn_measure_find(names[k]);
		CU_ASSERT_PTR_NOT_NULL_FATAL(ms);
		CU_ASSERT_TRUE(ms->directed_only);
		CU_ASSERT_FALSE(inn_measure_applies(ms, m));
		inn_error_init(&err);
		CU_ASSERT_EQUAL(inn_measure_compute(ms, &net, &o, out, &err), INN_MEASURE_UNDEFINED);
		CU_ASSERT_EQUAL(err.status, INN_EINPUT);
		CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "defined on directed models only"));
	}
	inn_net_release(&net);
	inn_model_free(m);
}

static void katz_default_alpha_should_work_on_every_network(void)
{
	/* Les Miserables: NetworkX's 0.1 diverges (lambda = 12.005754950137844, numpy.linalg.eigvals on
	 * nx.to_numpy_array(G, weight=None)), so the default is 0.9/lambda; on karate 0.1 converges */
	struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	struct inn_model *m = load_fixture("lesmis.json"), *k = load_fixture("karate.json");
	struct inn_error err;
	struct inn_net net;
	double alpha, out[77];

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_PTR_NOT_NULL_FATAL(k);
	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	CU_ASSERT_EQUAL(inn_katz_alpha(&net, &o, &alpha, &err), 0);
	CU_ASSERT_DOUBLE_EQUAL(alpha, 0.9 / 12.005754950137844, 1e-9);
	CU_ASSERT_EQUAL(inn_measure_compute(inn_measure_find("katz"), &net, &o, out, &err), 0);
	inn_net_release(&net);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, k, &err), 0);
	CU_ASSERT_EQUAL(inn_katz_alpha(&net, &o, &alpha, &err), 0);
	CU_ASSERT_EQUAL(alpha, 0.1);
	inn_net_release(&net);
	inn_model_free(k);
	inn_model_free(m);
}

static void katz_should_refuse_an_alpha_at_which_its_series_diverges(void)
{
	/* Les Miserables: the largest eigenvalue of the adjacency matrix is 12.0058 (numpy.linalg.eigvals
	 * on nx.to_numpy_array(G, weight=None)), so alpha must be below 1/12.0058 = 0.0833 */
	struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	struct inn_net net;
	struct inn_model *m = load_fixture_net("lesmis.json", &net);
	struct inn_error err;
	double out[77];

	inn_error_init(&err);
	o.alpha = 0.1;
	CU_ASSERT_EQUAL(inn_measure_compute(inn_measure_find("katz"), &net, &o, out, &err), INN_MEASURE_UNDEFINED);
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "1/12.0058 = 0.0832934"));
	inn_error_init(&err);
	o.alpha = 0.083;
	CU_ASSERT_EQUAL(inn_measure_compute(inn_measure_find("katz"), &net, &o, out, &err), 0);
	o.alpha = 0.0834;
	CU_ASSERT_EQUAL(inn_measure_compute(inn_measure_find("katz"), &net, &o, out, &err), INN_MEASURE_UNDEFINED);
	inn_net_release(&net);
	inn_model_free(m);
}

static void a_distance_weight_must_be_positive(void)
{
	struct inn_error err;
	struct inn_model *m;
	struct inn_net net;
	const char *json = "{\"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"links\": [{\"source\": \"a\", \"target\": "
			   "\"b\", \"weight\": 0}]}";
	struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	double out[2];

	inn_error_init(&err);
	m = load_text(json, "w.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	o.weight = "weight";
	CU_ASSERT_EQUAL(inn_measure_find("betweenness")->compute(&net, &o, out, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	CU_ASSERT_STRING_EQUAL(err.msg, "w.json: links[0] ('a' -- 'b'): weight 'weight' must be positive to act as a distance");
	/* as a strength, zero is allowed */
	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_measure_find("pagerank")->compute(&net, &o, out, &err), 0);
	inn_net_release(&net);
	inn_model_free(m);
}

static void parallel_links_should_count_once_in_paths_and_every_time_in_degree(void)
{
	/* a multigraph a=b-c with a doubled a-b link: NetworkX's MultiGraph gives degree(a) = 2 and
	 * betweenness(b) = 1, as for the simple path a-b-c */
	const char *json = "{\"multigraph\": true, \"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}, {\"id\": \"c\"}], "
			   "\"links\": [{\"source\": \"a\", \"target\": \"b\", \"weight\": 3}, {\"source\": \"b\", "
			   "\"target\": \"a\", \"weight\": 1}, {\"source\": \"b\", \"target\": \"c\", \"weight\": 1}]}";
	struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	struct inn_error err;
	struct inn_model *m;
	struct inn_net net;
	double out[3];

	inn_error_init(&err);
	m = load_text(json, "p.json");
	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
	CU_ASSERT_TRUE(net.has_parallel);
	CU_ASSERT_EQUAL(inn_measure_find("degree")->compute(&net, &o, out, &err), 0);
	CU_ASSERT_DOUBLE_EQUAL(out[0], 2, 0);
	CU_ASSERT_DOUBLE_EQUAL(out[1], 3, 0);
	CU_ASSERT_EQUAL(inn_measure_find("betweenness")->compute(&net, &o, out, &err), 0);
	CU_ASSERT_DOUBLE_EQUAL(out[1], 1, 1e-12);
	/* closeness with distances: the shorter of the two a-b links (1) counts, so a reaches
	 * b at 1 and c at 2: (2 / 3) * (2 / 2) */
	o.weight = "weight";
	CU_ASSERT_EQUAL(inn_measure_find("closeness")->compute(&net, &o, out, &err), 0);
	CU_ASSERT_DOUBLE_EQUAL(out[0], 2.0 / 3.0, 1e-12);
	inn_net_release(&net);
	inn_model_free(m);
}

static void measures_should_answer_an_empty_network_and_a_lone_node(void)
{
	struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
	size_t count;
	const struct inn_measure *ms = inn_measures(&count);
	const char *json[] = {"{\"nodes\": []}", "{\"nodes\": [{\"id\": \"x\"}]}"};

	for (int k = 0; k < 2; k++) {
		struct inn_error err;
		struct inn_net net;
		double out[1] = {-1};
		inn_error_init(&err);
		struct inn_model *m = inn_load_json(json[k], strlen(json[k]), "e.json", &err);
		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
		for (size_t i = 0; i < count; i++) {
			if (!inn_measure_applies(&ms[i], m))
				continue;
			CU_ASSERT_EQUAL(inn_measure_compute(&ms[i], &net, &o, out, &err), 0);
			if (k == 0)
				continue;
			/* NetworkX on one node: eigenvector, pagerank 1; katz_centrality_numpy solves
			 * (1 - 0) x = beta = 1; constraint and effective size NaN; a component of one
			 * node; the rest 0 */
			double want = 0.0;
			if (strcmp(ms[i].name, "constraint") == 0 || strcmp(ms[i].name, "effective_size") == 0)
				want = NAN;
			else if (strcmp(ms[i].name, "eigenvector") == 0 || strcmp(ms[i].name, "pagerank") == 0 ||
				 strcmp(ms[i].name, "katz") == 0 || strcmp(ms[i].name, "component") == 0)
				want = 1.0;
			CU_ASSERT_TRUE(isnan(want) ? isnan(out[0]) : fabs(out[0] - want) <= 1e-12);
		}
		inn_net_release(&net);
		inn_model_free(m);
	}
}

/*
 * A random network of n nodes (G(n, p) from igraph's seeded generator) as a model, with some
 * links repeated and a few self-loops when multi is set.
 */
static struct inn_model *random_model(size_t n, double p, bool directed, bool multi, unsigned long seed)
{
	struct inn_model *m = inn_model_new("random");
	igraph_t g;
	char id[32];

	igraph_rng_seed(igraph_rng_default(), seed);
	CU_ASSERT_EQUAL_FATAL(igraph_erdos_renyi_game_gnp(&g, (igraph_integer_t)n, p, directed, false), IGRAPH_SUCCESS);
	m->directed = directed;
	m->multigraph = multi;
	for (size_t i = 0; i < n; i++) {
		snprintf(id, sizeof(id), "%zu", i);
		CU_ASSERT_EQUAL(inn_model_add_node(m, id, true, NULL), INN_MODEL_OK);
	}
	for (igraph_integer_t e = 0; e < igraph_ecount(&g); e++) {
		inn_model_add_link(m, (uint32_t)IGRAPH_FROM(&g, e), (uint32_t)IGRAPH_TO(&g, e));
		if (multi && e % 7 == 0)
			inn_model_add_link(m, (uint32_t)IGRAPH_TO(&g, e), (uint32_t)IGRAPH_FROM(&g, e));
		if (multi && e % 11 == 0)
			inn_model_add_link(m, (uint32_t)IGRAPH_FROM(&g, e), (uint32_t)IGRAPH_FROM(&g, e));
	}
	igraph_destroy(&g);
	return m;
}

static void assert_close(const double *a, const igraph_vector_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		CU_ASSERT_DOUBLE_EQUAL(a[i], VECTOR(*b)[i], 1e-9 * fmax(1.0, fabs(a[i])));
}

/*
 * innonet searches unweighted networks itself (measures_bfs.c); igraph's functions, which it
 * used before, are the independent reference: betweenness (each unordered pair once when
 * undirected), closeness as 1/sum over the r nodes reached then Wasserman-Faust's (r/sum)(r/(n-1)),
 * harmonic; paths into a node when directed; with and without a cutoff; in one process and in two.
 */
static void breadth_first_measures_should_equal_igraphs_on_random_networks(void)
{
	for (int variant = 0; variant < 8; variant++) {
		bool directed = variant & 1, multi = variant & 2;
		double cutoff = variant & 4 ? 2 : -1;
		size_t n = 80;
		struct inn_model *m = random_model(n, 0.05, directed, multi, 11 + (unsigned long)variant);
		struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
		igraph_vector_t ref, inv;
		igraph_vector_int_t reached;
		struct inn_error err;
		struct inn_net net;
		double *out = calloc(n, sizeof(*out));
		igraph_neimode_t in = directed ? IGRAPH_IN : IGRAPH_ALL;

		inn_error_init(&err);
		CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
		igraph_vector_init(&ref, 0);
		igraph_vector_init(&inv, 0);
		igraph_vector_int_init(&reached, 0);
		o.cutoff = cutoff;
		for (unsigned jobs = 1; jobs <= 2; jobs++) {
			o.jobs = jobs;
			memset(out, 0, n * sizeof(*out));
			CU_ASSERT_EQUAL(inn_measure_find("betweenness")->compute(&net, &o, out, &err), 0);
			igraph_betweenness_cutoff(net.simple, &ref, igraph_vss_all(), directed, NULL, cutoff);
			assert_close(out, &ref, n);
			memset(out, 0, n * sizeof(*out));
			CU_ASSERT_EQUAL(inn_measure_find("closeness")->compute(&net, &o, out, &err), 0);
			igraph_closeness_cutoff(net.simple, &inv, &reached, NULL, igraph_vss_all(), in, NULL, false, cutoff);
			igraph_vector_resize(&ref, (igraph_integer_t)n);
			for (size_t i = 0; i < n; i++) {
				double r = (double)VECTOR(reached)[i];
				VECTOR(ref)[i] = r > 0 ? r * VECTOR(inv)[i] * r / (double)(n - 1) : 0.0;
			}
			assert_close(out, &ref, n);
			memset(out, 0, n * sizeof(*out));
			CU_ASSERT_EQUAL(inn_measure_find("harmonic")->compute(&net, &o, out, &err), 0);
			igraph_harmonic_centrality_cutoff(net.simple, &ref, igraph_vss_all(), in, NULL, false, cutoff);
			assert_close(out, &ref, n);
		}
		igraph_vector_int_destroy(&reached);
		igraph_vector_destroy(&inv);
		igraph_vector_destroy(&ref);
		inn_net_release(&net);
		free(out);
		inn_model_free(m);
	}
}

/*
 * coreness, component and cuts_off are innonet's own O(links) searches (structure.c); igraph's
 * functions are the reference: igraph_coreness on the graph without self-loops, the component
 * sizes of igraph_connected_components (weak), and cuts_off positive exactly at
 * igraph_articulation_points. Random networks, directed or not, with repeated links and loops.
 */
static void coreness_and_cut_points_should_agree_with_igraph_on_random_networks(void)
{
	for (int variant = 0; variant < 4; variant++) {
		bool directed = variant & 1, multi = variant & 2;
		size_t n = 120;
		struct inn_model *m = random_model(n, 0.02, directed, multi, 40 + (unsigned long)variant);
		struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;
		igraph_vector_int_t cores, membership, sizes, cut;
		double *out = calloc(n, sizeof(*out));
		struct inn_error err;
		struct inn_net net;
		igraph_t plain;
		igraph_integer_t ncomp;

		inn_error_init(&err);
		CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
		igraph_vector_int_init(&cores, 0);
		igraph_vector_int_init(&membership, 0);
		igraph_vector_int_init(&sizes, 0);
		igraph_vector_int_init(&cut, 0);
		igraph_copy(&plain, net.simple);
		igraph_simplify(&plain, false, true, NULL);
		igraph_coreness(&plain, &cores, IGRAPH_ALL);
		CU_ASSERT_EQUAL(inn_measure_find("coreness")->compute(&net, &o, out, &err), 0);
		for (size_t i = 0; i < n; i++)
			CU_ASSERT_EQUAL(out[i], (double)VECTOR(cores)[i]);
		igraph_connected_components(net.simple, &membership, &sizes, &ncomp, IGRAPH_WEAK);
		CU_ASSERT_EQUAL(inn_measure_find("component")->compute(&net, &o, out, &err), 0);
		for (size_t i = 0; i < n; i++)
			CU_ASSERT_EQUAL(out[i], (double)VECTOR(sizes)[VECTOR(membership)[i]]);
		igraph_articulation_points(net.simple, &cut);
		CU_ASSERT_EQUAL(inn_measure_find("cuts_off")->compute(&net, &o, out, &err), 0);
		size_t positive = 0;
		for (size_t i = 0; i < n; i++)
			positive += out[i] > 0;
		CU_ASSERT_EQUAL(positive, (size_t)igraph_vector_int_size(&cut));
		CU_ASSERT_TRUE(positive > 0); /* sparse random networks have cut points: the test tests */
		for (igraph_integer_t k = 0; k < igraph_vector_int_size(&cut); k++)
			CU_ASSERT_TRUE(out[VECTOR(cut)[k]] > 0);
		igraph_destroy(&plain);
		igraph_vector_int_destroy(&cut);
		igraph_vector_int_destroy(&sizes);
		igraph_vector_int_destroy(&membership);
		igraph_vector_int_destroy(&cores);
		inn_net_release(&net);
		free(out);
		inn_model_free(m);
	}
}

/*
 * Linear scaling weighs a sampled source's share of a path s..t through v by d(s,v)/d(s,t), and
 * on directed networks adds the paths into s weighted d(v,s)/d(t,s): over every source the
 * weights of each path add up to one, so sampling every node gives NetworkX's exact betweenness.
 */
static void linear_scaling_over_every_source_should_give_networkxs_betweenness(void)
{
	static const char *const names[] = {"karate", "directed", "disconnected", "directed-kinds"};

	for (size_t k = 0; k < sizeof(names) / sizeof(names[0]); k++) {
		char file[64];
		struct ref_table ref;
		struct inn_error err;
		struct inn_net net;
		struct inn_measure_opts o = INN_MEASURE_OPTS_INIT;

		snprintf(file, sizeof(file), "%s.json", names[k]);
		struct inn_model *m = load_fixture(file);
		CU_ASSERT_PTR_NOT_NULL_FATAL(m);
		CU_ASSERT_TRUE_FATAL(ref_load(&ref, names[k]));
		int c = ref_col(&ref, "betweenness");
		CU_ASSERT_TRUE_FATAL(c > 0);
		inn_error_init(&err);
		CU_ASSERT_EQUAL_FATAL(inn_net_init(&net, m, &err), 0);
		double *out = calloc(m->nnodes, sizeof(*out));
		o.samples = m->nnodes;
		o.linear = true;
		o.jobs = 2;
		CU_ASSERT_EQUAL(inn_measure_find("betweenness")->compute(&net, &o, out, &err), 0);
		for (size_t r = 0; r < ref.nrows; r++) {
			size_t at;
			CU_ASSERT_TRUE_FATAL(inn_model_find(m, ref.ids[r], &at));
			double want = ref.vals[r * ref.ncols + (size_t)c];
			CU_ASSERT_DOUBLE_EQUAL(out[at], want, 1e-9 * fmax(1.0, fabs(want)));
		}
		free(out);
		inn_net_release(&net);
		ref_free(&ref);
		inn_model_free(m);
	}
}

static CU_TestInfo tests[] = {
	TEST(linear_scaling_over_every_source_should_give_networkxs_betweenness),
	TEST(coreness_and_cut_points_should_agree_with_igraph_on_random_networks),
	TEST(breadth_first_measures_should_equal_igraphs_on_random_networks),
	TEST(measures_should_match_networkx_on_every_fixture_network),
	TEST(measures_should_match_networkx_on_the_shipped_nnmi_model),
	TEST(measures_should_match_networkx_on_projections_of_the_nnmi_model),
	TEST(measures_should_match_networkx_on_the_nnmi_model_read_as_directed),
	TEST(brokerage_roles_should_match_r_sna_on_directed_networks_with_three_kinds),
	TEST(directed_only_measures_should_be_refused_on_an_undirected_model),
	TEST(katz_default_alpha_should_work_on_every_network),
	TEST(katz_should_refuse_an_alpha_at_which_its_series_diverges),
	TEST(a_distance_weight_must_be_positive),
	TEST(parallel_links_should_count_once_in_paths_and_every_time_in_degree),
	TEST(measures_should_answer_an_empty_network_and_a_lone_node),
	CU_TEST_INFO_NULL,
};

int add_measures_suite(void)
{
	return add_suite("measures", tests);
}
