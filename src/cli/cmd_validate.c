/* cmd_validate.c: `innonet validate`: every rule a load applies, then what needs the whole network. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/load.h"
#include "innonet/measures.h"
#include "innonet/table.h"
#include "innonet/text.h"

static const struct inn_option options[] = {
	{"weight", 'w', "ATTR", "check the link attribute ATTR as 'rank --weight ATTR' reads it (default: weight)"},
	{"strict", 0, NULL, "count warnings as errors: status 2 when there is any"},
	{"quiet", 'q', NULL, "print nothing; the exit status (and an error on stderr) tells"},
	{"format", 'f', "FORMAT", "table (default: the report as lines), csv (severity,message) or json"},
	INN_INPUT_FORMAT_OPTION,
	{"links", 0, "FILE.csv", "check the model of a CSV edge list (source,target,...) instead of MODEL"},
	{"nodes", 0, "FILE.csv", "with --links: the nodes, one per row (id,kind,label,...)"},
	{"directed", 0, NULL, "with --links: read each CSV row as a link from source to target"},
};

/* Lines of one kind beyond this are counted, not printed: a million bad weights is one story. */
#define MAX_LINES_PER_CHECK 10

/* How much of an id a report line quotes (as the loader's messages do). */
#define CLIP_BYTES 60

/* A warning or note kept for CSV or JSON, written once the checks are done. */
struct finding {
	const char *severity; /* "warning" or "note"; static */
	char *text;           /* owned */
};

struct report {
	const struct inn_model *m; /* borrowed */
	bool quiet;
	enum inn_format format;
	size_t warnings;
	char first_warning[512]; /* kept for the --strict error message */
	struct finding *findings; /* CSV and JSON: the lines, in order; owned */
	size_t nfindings;
	bool failed;              /* out of memory while keeping a finding */
};

/* CSV and JSON: a finding kept to be written when the checks are done (r->failed when out of memory). */
static void keep_finding(struct report *r, const char *severity, const char *text)
{
	struct finding *grown = realloc(r->findings, (r->nfindings + 1) * sizeof(*grown));
	char *kept = grown ? strdup(text) : NULL;

	if (grown)
		r->findings = grown;
	if (!kept) {
		r->failed = true;
		return;
	}
	r->findings[r->nfindings++] = (struct finding){severity, kept};
}

/*
 * One report line on stdout, "<model>: <severity>: <text>", terminal-safe whatever the ids hold.
 * A counted warning is a finding: tallied, and the first kept for --strict.
 */
static void emit(struct report *r, const char *severity, bool counted, const char *text)
{
	if (counted && strcmp(severity, "warning") == 0 && r->warnings++ == 0)
		snprintf(r->first_warning, sizeof(r->first_warning), "%s", text);
	if (r->quiet)
		return;
	if (r->format != INN_FORMAT_TABLE) {
		/* the summary and the verdict ("valid") are the JSON's members, not findings */
		if (*severity)
			keep_finding(r, severity, text);
		return;
	}
	inn_print_plain(stdout, r->m->origin);
	fputs(": ", stdout);
	if (*severity) {
		fputs(severity, stdout);
		fputs(": ", stdout);
	}
	inn_print_plain(stdout, text);
	fputc('\n', stdout);
}

static void line(struct report *r, const char *severity, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* A line of the report: a warning is a finding and counted; notes and the verdict never are. */
static void line(struct report *r, const char *severity, const char *fmt, ...)
{
	char text[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(text, sizeof(text), fmt, ap);
	va_end(ap);
	emit(r, severity, true, text);
}

/*
 * Whether a check prints its next warning, count being its tally so far: the first
 * MAX_LINES_PER_CHECK are printed, the rest only counted here; more() then tells how many.
 */
static bool shown(struct report *r, size_t *count)
{
	if ((*count)++ < MAX_LINES_PER_CHECK)
		return true;
	r->warnings++;
	return false;
}

/* Tell of the findings a check counted but did not print: this line is no finding of its own. */
static void more(struct report *r, const char *severity, size_t count, const char *what)
{
	char text[512];

	if (count <= MAX_LINES_PER_CHECK)
		return;
	snprintf(text, sizeof(text), "... and %zu more %s", count - MAX_LINES_PER_CHECK, what);
	emit(r, severity, false, text);
}

/* s cut to CLIP_BYTES on a character boundary, "..." marking a cut; buf needs CLIP_BYTES + 4. */
static const char *clip(char *buf, const char *s)
{
	size_t n = strlen(s);

	if (n <= CLIP_BYTES)
		return s;
	n = CLIP_BYTES;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	memcpy(buf, s, n);
	memcpy(buf + n, "...", 4);
	return buf;
}

/* "links[3] ('a' -- 'b')", as the loader names a link. */
static void link_name(const struct inn_model *m, size_t j, char *buf, size_t size)
{
	char a[CLIP_BYTES + 4], b[CLIP_BYTES + 4];

	snprintf(buf, size, "links[%zu] ('%s' %s '%s')", j, clip(a, m->nodes[m->links[j].source].id),
		 m->directed ? "->" : "--", clip(b, m->nodes[m->links[j].target].id));
}

/* The measures whose --weight plays role ("distance" or "strength"), as "a, b and c". */
static void measures_using(const char *role, char *buf, size_t size)
{
	size_t n, k = 0, total = 0;
	const struct inn_measure *ms = inn_measures(&n);

	for (size_t i = 0; i < n; i++)
		total += ms[i].weight_use && strcmp(ms[i].weight_use, role) == 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		if (!ms[i].weight_use || strcmp(ms[i].weight_use, role) != 0)
			continue;
		size_t len = strlen(buf);
		snprintf(buf + len, size - len, "%s%s", k == 0 ? "" : k + 1 == total ? " and " : ", ", ms[i].name);
		k++;
	}
}

/*
 * Weights as the measures read them (graph.c): a distance must be positive, a strength must not
 * be negative, and a value that is not a number cannot be read at all. The model is still valid
 * (its unweighted measures are sound), so these are warnings, one per link.
 */
static void check_weights(struct report *r, const char *attr, bool asked)
{
	const struct inn_model *m = r->m;
	static const char zero[] = "zero";
	char name[3 * CLIP_BYTES], dist[128], num[64];
	size_t bad = 0, present = 0;

	measures_using("distance", dist, sizeof(dist));
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		const struct inn_link_more *lx = inn_link_more(m, l);
		const struct inn_value *v = strcmp(attr, "weight") ? inn_attr_get(lx->attrs, lx->nattrs, attr) : NULL;
		const char *problem = NULL;
		double w = 1;

		if (inn_link_number(m, l, attr, &w)) {
			present++;
			inn_fmt_double(num, sizeof(num), w);
			if (w < 0)
				problem = "negative, so every weighted measure";
			else if (w == 0)
				problem = zero;
		} else if (v && v->type != INN_VAL_NULL) {
			present++;
			snprintf(num, sizeof(num), "%s", v->type == INN_VAL_STRING ? "a string" : v->type == INN_VAL_BOOL ? "a boolean" : "an array or object");
			problem = "not a number, so every weighted measure";
		}
		if (!problem)
			continue;
		if (!shown(r, &bad))
			continue;
		link_name(m, j, name, sizeof(name));
		if (problem == zero)
			line(r, "warning", "%s: '%s' is 0: %s refuse --weight %s (a distance must be positive)", name,
			     attr, dist, attr);
		else
			line(r, "warning", "%s: '%s' is %s: %s refuses --weight %s", name, attr, num, problem, attr);
	}
	more(r, "warning", bad, "links with such weights");
	if (asked && m->nlinks && !present)
		line(r, "warning", "no link has '%s': every command refuses --weight %s", attr, attr);
}

/* Two uint64_t compared in order, for sorting (pair, link) keys. */
static int cmp_pair(const void *a, const void *b)
{
	const uint64_t *x = a, *y = b;

	if (x[0] != y[0])
		return (x[0] > y[0]) - (x[0] < y[0]);
	return (x[1] > y[1]) - (x[1] < y[1]);
}

/* Self-loops, and parallel links in a multigraph: allowed, and counted as docs/model-format.md says. */
static void check_loops_and_parallels(struct report *r)
{
	const struct inn_model *m = r->m;
	char name[3 * CLIP_BYTES];
	size_t loops = 0, first_loop = 0, pairs = 0, first_pair = 0;
	uint64_t *keys = NULL;

	for (size_t j = 0; j < m->nlinks; j++)
		if (m->links[j].source == m->links[j].target && loops++ == 0)
			first_loop = j;
	if (loops) {
		link_name(m, first_loop, name, sizeof(name));
		line(r, "note", "%zu self-loop%s (first %s): allowed; degree counts each twice, no shortest path uses one",
		     loops, loops == 1 ? "" : "s", name);
	}
	if (!m->multigraph || m->nlinks < 2 || !(keys = malloc(m->nlinks * sizeof(*keys) * 2)))
		return;
	/* (pair, link) keys sorted: equal neighbours are parallel links; the first repeat is reported */
	for (size_t j = 0; j < m->nlinks; j++) {
		uint32_t s = m->links[j].source, t = m->links[j].target;
		if (!m->directed && s > t) {
			uint32_t x = s;
			s = t;
			t = x;
		}
		keys[2 * j] = ((uint64_t)s << 32) | t;
		keys[2 * j + 1] = j;
	}
	qsort(keys, m->nlinks, 2 * sizeof(*keys), cmp_pair);
	size_t first = SIZE_MAX;
	for (size_t k = 1; k < m->nlinks; k++) {
		if (keys[2 * k] != keys[2 * k - 2])
			continue;
		if (k < 2 || keys[2 * k] != keys[2 * k - 4])
			pairs++;
		if (keys[2 * k + 1] < first) {
			first = keys[2 * k + 1];
			first_pair = (size_t)keys[2 * k - 1];
		}
	}
	free(keys);
	if (pairs) {
		link_name(m, first, name, sizeof(name));
		line(r, "note",
		     "%zu pair%s of nodes joined by more than one link (first %s, after links[%zu]): allowed in a "
		     "multigraph; shortest paths count a pair once, degree every link",
		     pairs, pairs == 1 ? "" : "s", name, first_pair);
	}
}

static size_t find_root(size_t *parent, size_t i)
{
	while (parent[i] != i) {
		parent[i] = parent[parent[i]]; /* path halving keeps the trees flat */
		i = parent[i];
	}
	return i;
}

/* Components (direction ignored) and isolated nodes: what closeness and the diagrams will show. */
struct shape {
	size_t components;
	size_t isolated;       /* nodes without any link */
	size_t first_isolated; /* the first of them in model order */
};

static int measure_shape(const struct inn_model *m, struct shape *sh, struct inn_error *err)
{
	size_t *parent = malloc((m->nnodes + 1) * sizeof(*parent));
	size_t *degree = calloc(m->nnodes + 1, sizeof(*degree));

	if (!parent || !degree) {
		free(parent);
		free(degree);
		return inn_error_set(err, INN_EFAIL, "validate: out of memory");
	}
	for (size_t i = 0; i < m->nnodes; i++)
		parent[i] = i;
	for (size_t j = 0; j < m->nlinks; j++) {
		size_t a = find_root(parent, m->links[j].source), b = find_root(parent, m->links[j].target);
		parent[a > b ? a : b] = a > b ? b : a;
		degree[m->links[j].source]++;
		degree[m->links[j].target]++;
	}
	memset(sh, 0, sizeof(*sh));
	for (size_t i = 0; i < m->nnodes; i++) {
		sh->components += find_root(parent, i) == i;
		if (degree[i] == 0 && sh->isolated++ == 0)
			sh->first_isolated = i;
	}
	free(parent);
	free(degree);
	return 0;
}

/* What an empty, one-node or partly isolated network means for the measures. */
static void note_shape(struct report *r, const struct shape *sh)
{
	const struct inn_model *m = r->m;
	char buf[CLIP_BYTES + 4];

	if (m->nnodes == 0)
		line(r, "note", "the network has no nodes: rank lists no rows, export draws an empty diagram");
	else if (m->nnodes == 1)
		line(r, "note", "the network has one node: it ranks first, with the scores NetworkX gives a lone node");
	else if (sh->isolated)
		line(r, "note", "%zu isolated node%s (first '%s'): betweenness, closeness and harmonic give %s 0",
		     sh->isolated, sh->isolated == 1 ? "" : "s", clip(buf, m->nodes[sh->first_isolated].id),
		     sh->isolated == 1 ? "it" : "them");
}

/*
 * How many links a source states and how many the modeller inferred ("evidence"): the ranking's
 * --sensitivity leaves the inferred ones out. Said only when some link gives its evidence; a value
 * other than the two, or an inferred link without a note saying from what, is a warning.
 */
static void check_evidence(struct report *r)
{
	const struct inn_model *m = r->m;
	size_t stated = 0, inferred = 0, bad = 0, silent = 0;
	char name[3 * CLIP_BYTES];

	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link_more *more = inn_link_more(m, &m->links[j]);
		const struct inn_value *v = inn_attr_get(more->attrs, more->nattrs, "evidence");
		if (!v)
			continue;
		if (v->type == INN_VAL_STRING && strcmp(v->text, "stated") == 0) {
			stated++;
			continue;
		}
		if (v->type == INN_VAL_STRING && strcmp(v->text, "inferred") == 0) {
			inferred++;
			if (inn_attr_get(more->attrs, more->nattrs, "note"))
				continue;
			if (shown(r, &silent)) {
				link_name(m, j, name, sizeof(name));
				line(r, "warning", "%s is inferred but has no note saying from what", name);
			}
			continue;
		}
		if (shown(r, &bad)) {
			link_name(m, j, name, sizeof(name));
			line(r, "warning", "%s: evidence is \"stated\" or \"inferred\"", name);
		}
	}
	more(r, "warning", silent, "inferred links without a note");
	more(r, "warning", bad, "links with another evidence");
	if (stated + inferred + bad)
		line(r, "note", "evidence: %zu link%s stated, %zu inferred, %zu without evidence", stated,
		     stated == 1 ? "" : "s", inferred, m->nlinks - stated - inferred);
}

struct tally {
	const char *name; /* NULL: none */
	size_t count;
};

static int cmp_name(const void *x, const void *y)
{
	const char *a = *(const char *const *)x, *b = *(const char *const *)y;

	if (!a || !b)
		return (a != NULL) - (b != NULL); /* none first */
	return strcmp(a, b);
}

static int cmp_tally(const void *x, const void *y)
{
	const struct tally *a = x, *b = y;

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	return cmp_name(&a->name, &b->name);
}

/*
 * A note of the kinds (or relations) the model has and how many nodes (links) each, the most
 * first: the names --within, --kind, --relation and --exclude-relation take. names[0 .. n) is
 * each node's kind (each link's relation), reordered here.
 */
static void note_names(struct report *r, const char *what, const char *none, const char **names, size_t n)
{
	struct tally *t = malloc((n + 1) * sizeof(*t));
	size_t nt = 0, len;
	char text[448];

	if (!t) {
		r->failed = true;
		return;
	}
	qsort(names, n, sizeof(*names), cmp_name);
	for (size_t i = 0; i < n; i++) {
		if (nt && cmp_name(&t[nt - 1].name, &names[i]) == 0)
			t[nt - 1].count++;
		else
			t[nt++] = (struct tally){names[i], 1};
	}
	qsort(t, nt, sizeof(*t), cmp_tally);
	len = (size_t)snprintf(text, sizeof(text), "%s (%zu):", what, nt);
	for (size_t k = 0; k < nt; k++) {
		const char *name = t[k].name ? t[k].name : none;
		/* room for this one and for ", and N more" */
		if (len + strlen(name) + 24 + 20 >= sizeof(text)) {
			snprintf(text + len, sizeof(text) - len, " and %zu more", nt - k);
			break;
		}
		len += (size_t)snprintf(text + len, sizeof(text) - len, "%s %s %zu", k ? "," : "", name, t[k].count);
	}
	line(r, "note", "%s", text);
	free(t);
}

static void note_kinds_and_relations(struct report *r)
{
	const struct inn_model *m = r->m;
	const char **names = malloc((m->nnodes + m->nlinks + 1) * sizeof(*names));

	if (!names) {
		r->failed = true;
		return;
	}
	for (size_t i = 0; i < m->nnodes; i++)
		names[i] = m->nodes[i].kind;
	note_names(r, "kinds", "(no kind)", names, m->nnodes);
	for (size_t j = 0; j < m->nlinks; j++)
		names[j] = inn_link_relation(m, &m->links[j]);
	note_names(r, "relations", "(no relation)", names, m->nlinks);
	free(names);
}

static const char *const finding_columns[] = {"severity", "message"};

/* The findings as CSV rows, or JSON with the summary as members, through the table writer. */
static int write_findings(const struct report *r, const struct shape *sh, struct inn_error *err)
{
	const struct inn_model *m = r->m;
	const struct inn_meta meta[] = {
		{"model", {.type = INN_CELL_TEXT, .text = m->origin}},
		{"nodes", {.type = INN_CELL_INT, .i = (long long)m->nnodes}},
		{"links", {.type = INN_CELL_INT, .i = (long long)m->nlinks}},
		{"directed", {.type = INN_CELL_BOOL, .i = m->directed}},
		{"multigraph", {.type = INN_CELL_BOOL, .i = m->multigraph}},
		{"components", {.type = INN_CELL_INT, .i = (long long)sh->components}},
		{"valid", {.type = INN_CELL_BOOL, .i = 1}},
		{"warnings", {.type = INN_CELL_INT, .i = (long long)r->warnings}},
	};
	struct inn_table t;

	if (r->failed)
		return inn_error_set(err, INN_EFAIL, "validate: out of memory");
	if (inn_table_init(&t, finding_columns, 2, r->nfindings, err) < 0)
		return -1;
	for (size_t k = 0; k < r->nfindings; k++) {
		inn_cell_text(inn_table_cell(&t, k, 0), r->findings[k].severity);
		inn_cell_text(inn_table_cell(&t, k, 1), r->findings[k].text);
	}
	t.meta = meta;
	t.nmeta = sizeof(meta) / sizeof(meta[0]);
	t.rows_key = "findings";
	inn_table_write(&t, r->format, stdout);
	inn_table_release(&t);
	return 0;
}

static int run(const struct inn_args *a, struct inn_error *err)
{
	const char *attr = inn_arg(a, "weight");
	struct inn_model *m = NULL;
	struct report r = {0};
	struct shape sh;
	int ret = -1;

	if (attr && !*attr)
		return inn_error_set(err, INN_EINPUT, "validate: --weight needs an attribute name");
	r.quiet = inn_flag(a, "quiet");
	if (inn_cmd_format(a, &r.format, err) < 0)
		return -1;
	if (!(m = inn_cmd_load(a, err)))
		return -1;
	r.m = m;
	if (measure_shape(m, &sh, err) < 0)
		goto out;
	/* the summary first, so the notes and warnings read as details of it */
	if (!r.quiet && r.format == INN_FORMAT_TABLE) {
		inn_print_plain(stdout, r.m->origin);
		printf(": %zu node%s, %zu link%s, %s, %s, %zu component%s%s\n", r.m->nnodes, r.m->nnodes == 1 ? "" : "s",
		       r.m->nlinks, r.m->nlinks == 1 ? "" : "s", r.m->directed ? "directed" : "undirected",
		       r.m->multigraph ? "multigraph" : "simple graph", sh.components, sh.components == 1 ? "" : "s",
		       r.m->directed ? " (direction ignored)" : "");
	}
	note_shape(&r, &sh);
	check_loops_and_parallels(&r);
	check_weights(&r, attr ? attr : "weight", attr != NULL);
	check_evidence(&r);
	note_kinds_and_relations(&r);
	if (inn_flag(a, "strict") && r.warnings) {
		inn_error_set(err, INN_EINPUT, "%s: %s (--strict: %zu warning%s)", r.m->origin, r.first_warning,
			      r.warnings, r.warnings == 1 ? "" : "s");
		goto out;
	}
	if (r.warnings)
		line(&r, "", "valid, with %zu warning%s", r.warnings, r.warnings == 1 ? "" : "s");
	else
		line(&r, "", "valid");
	if (!r.quiet && r.format != INN_FORMAT_TABLE && write_findings(&r, &sh, err) < 0)
		goto out;
	ret = 0;
out:
	for (size_t k = 0; k < r.nfindings; k++)
		free(r.findings[k].text);
	free(r.findings);
	inn_model_free(m);
	return ret;
}

const struct inn_command inn_cmd_validate = {
	.name = "validate",
	.run = run,
	.summary = "check a model and report what the measures will make of it",
	.usage = "[options] [MODEL]",
	.description =
		"Load MODEL with every rule a load applies (JSON syntax with line and column, UTF-8,\n"
		"duplicate keys, ids and links, field types, the declared vocabulary, the size limits;\n"
		"see docs/errors.md), then check what needs the whole network: link weights that a\n"
		"weighted measure cannot use (warnings), self-loops, parallel links, isolated nodes and\n"
		"an empty or one-node network (notes). Prints a summary line, the warnings and notes,\n"
		"and 'valid'. Exit status 0 when the model is valid, 2 when it is not (the reason on\n"
		"standard error, one line). --format json gives the summary as members (model, nodes,\n"
		"links, directed, multigraph, components, valid, warnings) and the warnings and notes\n"
		"as \"findings\"; --format csv the findings alone (severity,message). Nothing is written\n"
		"on standard output when the model is not valid.",
	INN_OPTIONS(options),
	.max_operands = 1,
	.examples = "  innonet validate model.json                 report on a model; status 0 when it loads\n"
		    "  innonet validate --strict -q model.json      for scripts: status 2 on any warning too\n"
		    "  innonet validate -w funding model.json       can 'rank --weight funding' use it?\n"
		    "  innonet validate --format json model.json    the same report for a program\n",
};
