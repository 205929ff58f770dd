/*
 * export_view.c: `export --format html`, the interactive view (src/report/view_html.c), and the
 * positions it shows, which the report's view of a large network shares. Measures are those of
 * the data formats, computed on the whole network with the measure options given; on a large
 * network only the ones that cost about a pass over the links, unless --ranks names others.
 */
#include "export_view.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/drawing.h"
#include "innonet/layout.h"
#include "innonet/measure_options.h"
#include "innonet/measures.h"
#include "innonet/output.h"
#include "innonet/ranking.h"
#include "innonet/style.h"
#include "innonet/view_html.h"

/*
 * Past this many nodes the view's measures by default are the cheap ones: betweenness,
 * closeness and the others over all shortest paths took minutes at 20,000 nodes and 100,000
 * links, far longer than the view itself.
 */
#define VIEW_ALL_MEASURES_NODES 2000
static const char *const cheap[] = {"degree",  "indegree", "outdegree", "strength",  "eigenvector", "pagerank",
				    "hub",     "authority", "coreness", "component", NULL};

/* Options of drawings that choose what a static drawing shows: the view filters and styles itself. */
static const char *const static_only[] = {"layout",     "size-by", "color-by", "color-scale", "label-by", "cluster-by",
					  "kind",       "ego",     "radius",   "highlight",   "scenario"};

bool inn_export_view_wanted(const char *format, const char *path)
{
	const char *dot = path ? strrchr(path, '.') : NULL;

	if (format)
		return strcmp(format, "html") == 0;
	return dot && (strcmp(dot, ".html") == 0 || strcmp(dot, ".htm") == 0) && strcmp(path, "-") != 0;
}

void inn_view_layout_release(struct inn_view_layout *l)
{
	free(l->x);
	free(l->y);
	free(l->w);
	free(l->h);
	memset(l, 0, sizeof(*l));
}

int inn_view_layout_make(const struct inn_net *net, struct inn_view_layout *l, struct inn_error *err)
{
	const struct inn_model *m = net->model;
	size_t n = m->nnodes;
	struct inn_drawing d = {0};

	memset(l, 0, sizeof(*l));
	if (!(l->x = calloc(n + 1, sizeof(double))) || !(l->y = calloc(n + 1, sizeof(double))))
		goto oom;
	if (n <= INN_VIEW_REPORT_NODES) {
		if (!(l->w = calloc(n + 1, sizeof(double))) || !(l->h = calloc(n + 1, sizeof(double))))
			goto oom;
		if (inn_drawing_make(m, "dot", &d, err) < 0) {
			inn_drawing_release(&d);
			inn_view_layout_release(l);
			return -1;
		}
		for (size_t i = 0; i < n; i++) {
			l->x[i] = d.nodes[i].x;
			l->y[i] = d.nodes[i].y;
			l->w[i] = d.nodes[i].width;
			l->h[i] = d.nodes[i].height;
		}
		inn_drawing_release(&d);
		l->engine = "Graphviz dot, as the static drawing";
		l->engine_zh = "Graphviz dot，与静态图相同";
		return 0;
	}
	if (inn_layout_force(net, INN_SEED, l->x, l->y, err) < 0) {
		inn_view_layout_release(l);
		return -1;
	}
	/*
	 * igraph's units depend on the network (a 20,000-node scale-free one spans some 5 units):
	 * scaled so that the drawing's longer side is 25 points a square-root node, about 625 square
	 * points a node, room for the view's 10-point dots
	 */
	double lo_x = l->x[0], hi_x = l->x[0], lo_y = l->y[0], hi_y = l->y[0];
	for (size_t i = 1; i < n; i++) {
		lo_x = fmin(lo_x, l->x[i]), hi_x = fmax(hi_x, l->x[i]);
		lo_y = fmin(lo_y, l->y[i]), hi_y = fmax(hi_y, l->y[i]);
	}
	double side = fmax(hi_x - lo_x, hi_y - lo_y), f = side > 0 ? 25 * sqrt((double)n) / side : 1;
	for (size_t i = 0; i < n; i++) {
		l->x[i] = (l->x[i] - lo_x) * f;
		l->y[i] = (l->y[i] - lo_y) * f;
	}
	l->engine = "igraph's Fruchterman-Reingold with grid, seeded";
	l->engine_zh = "igraph 的 Fruchterman-Reingold 布局（网格，固定种子）";
	return 0;
oom:
	inn_view_layout_release(l);
	return inn_error_set(err, INN_EFAIL, "export: out of memory");
}

static bool listed(const char *name, const char *const *list)
{
	for (; *list; list++)
		if (strcmp(*list, name) == 0)
			return true;
	return false;
}

/* Whether --ranks (a comma list) names the measure. */
static bool named(const char *spec, const char *name)
{
	size_t len = strlen(name);

	for (const char *p = spec; *p; p += strcspn(p, ",") + (p[strcspn(p, ",")] == ','))
		if (strncmp(p, name, len) == 0 && (p[len] == ',' || !p[len]))
			return true;
	return false;
}

struct view_job {
	struct inn_model *m;
	struct inn_style *style;
	struct inn_net net;
	bool net_ready;
	struct inn_view_layout layout;
	struct inn_view_measure vm[64];
	size_t nvm;
	struct inn_ranked *rows;
};

static void view_job_release(struct view_job *j)
{
	for (size_t k = 0; k < j->nvm; k++) {
		free((void *)j->vm[k].scores);
		free((void *)j->vm[k].ranks);
	}
	free(j->rows);
	inn_view_layout_release(&j->layout);
	if (j->net_ready)
		inn_net_release(&j->net);
	inn_style_free(j->style);
	inn_model_free(j->m);
}

/* The measures a click shows: --ranks all, none or a list; by default all, or the cheap ones past 2,000 nodes. */
static int measures(const struct inn_args *a, struct view_job *j, struct inn_error *err)
{
	struct inn_measure_opts mo = INN_MEASURE_OPTS_INIT;
	const char *spec = inn_arg(a, "ranks");
	size_t count, nwant = 0, n = j->m->nnodes;
	const struct inn_measure *all = inn_measures(&count), *want[64];
	bool every = !spec || strcmp(spec, "all") == 0, large = !spec && n > VIEW_ALL_MEASURES_NODES;
	char skipped[512] = "";

	if (inn_cmd_measure_opts(a, &mo, err) < 0)
		return -1;
	if (spec && strcmp(spec, "none") != 0 && strcmp(spec, "all") != 0) {
		/* every name must be a measure */
		char name[64];
		const char *p = spec;
		while (*p) {
			size_t len = strcspn(p, ","), keep = len < sizeof(name) - 1 ? len : sizeof(name) - 1;
			memcpy(name, p, keep);
			name[keep] = '\0';
			p += len + (p[len] == ',');
			if (!inn_measure_find(name))
				return inn_error_set(err, INN_EINPUT, "export: --ranks: unknown measure '%s' (see 'innonet rank --help')",
						     name);
		}
	}
	for (size_t k = 0; k < count && nwant < 64; k++) {
		if (spec && strcmp(spec, "none") == 0)
			break;
		if (every ? !inn_measure_applies(&all[k], j->m) : !named(spec, all[k].name))
			continue;
		if (large && !listed(all[k].name, cheap)) {
			size_t used = strlen(skipped);
			snprintf(skipped + used, sizeof(skipped) - used, "%s%s", used ? ", " : "", all[k].name);
			continue;
		}
		want[nwant++] = &all[k];
	}
	if (large && skipped[0])
		inn_notice("export: %zu nodes: the view leaves out %s (--ranks names them)", n, skipped);
	if (inn_cmd_measure_check(a, &j->net, want, nwant, &mo, err) < 0)
		return -1;
	if (!(j->rows = calloc(n + 1, sizeof(*j->rows))))
		return inn_error_set(err, INN_EFAIL, "export: out of memory");
	for (size_t k = 0; k < nwant; k++) {
		struct inn_error why;
		double *s = calloc(n + 1, sizeof(*s));
		size_t *rank = calloc(n + 1, sizeof(*rank)), nrows;
		if (!s || !rank) {
			free(s);
			free(rank);
			return inn_error_set(err, INN_EFAIL, "export: out of memory");
		}
		inn_error_init(&why);
		if (inn_measure_compute(want[k], &j->net, &mo, s, &why) != 0) {
			free(s);
			free(rank);
			if (!every) { /* a measure named with --ranks must work */
				*err = why;
				return -1;
			}
			inn_notice("export: %s left out: %s", want[k]->name, why.msg);
			continue;
		}
		inn_rank_nodes(j->m, s, NULL, j->rows, &nrows);
		for (size_t r = 0; r < nrows; r++)
			rank[j->rows[r].node] = j->rows[r].rank;
		j->vm[j->nvm++] = (struct inn_view_measure){want[k]->name, s, rank};
	}
	return 0;
}

int inn_export_styles(const struct inn_model *m, const char *file, struct inn_style **style, struct inn_error *err)
{
	const struct inn_value *v = inn_attr_get(m->extra, m->nextra, "styles");
	char origin[512];

	if (!(*style = inn_style_new()))
		return inn_error_set(err, INN_EFAIL, "export: out of memory");
	if (v) {
		snprintf(origin, sizeof(origin), "%s: styles", m->origin);
		if (v->type != INN_VAL_JSON || v->text[0] != '{')
			return inn_error_set(err, INN_EINPUT, "%s: needs an object", origin);
		if (inn_style_apply_json(*style, v->text, strlen(v->text), origin, err) < 0)
			return -1;
	}
	return file ? inn_style_load_file(*style, file, err) : 0;
}

int inn_export_view(const struct inn_args *a, struct inn_error *err)
{
	const char *path = inn_arg(a, "output"), *lang = inn_arg(a, "lang");
	struct inn_output out = {0};
	struct view_job j = {0};
	struct inn_view v = {0};
	char view[512];
	int ret = -1;

	for (size_t k = 0; k < sizeof(static_only) / sizeof(static_only[0]); k++)
		if (inn_flag(a, static_only[k]))
			return inn_error_set(err, INN_EINPUT,
					     "export: --%s is for static drawings (dot, svg, png, pdf); the html view "
					     "places, filters and styles the whole network itself",
					     static_only[k]);
	if (lang && strcmp(lang, "en") != 0 && strcmp(lang, "zh") != 0)
		return inn_error_set(err, INN_EINPUT, "export: --lang needs en or zh, not '%s'", lang);
	if (!(j.m = inn_cmd_load(a, err)) || inn_export_styles(j.m, inn_arg(a, "style"), &j.style, err) < 0)
		goto out;
	if (inn_net_init(&j.net, j.m, err) < 0)
		goto out;
	j.net_ready = true;
	if (measures(a, &j, err) < 0 || inn_view_layout_make(&j.net, &j.layout, err) < 0)
		goto out;
	v.model = j.m;
	v.style = j.style;
	v.x = j.layout.x;
	v.y = j.layout.y;
	v.width = j.layout.w;
	v.height = j.layout.h;
	v.zh = lang && strcmp(lang, "zh") == 0;
	v.layout = v.zh ? j.layout.engine_zh : j.layout.engine;
	v.measures = j.vm;
	v.nmeasures = j.nvm;
	v.title = inn_arg(a, "title");
	v.view = inn_cmd_view(a, view, sizeof(view));
	v.legend = !inn_flag(a, "no-legend");
	if (inn_output_open(&out, path, err) < 0)
		goto out;
	if (inn_view_html_page(out.fp, &v) < 0) {
		inn_error_set(err, INN_EFAIL, "export: cannot write the view");
		goto out;
	}
	if (inn_output_commit(&out, err) < 0)
		goto out;
	if (path && strcmp(path, "-") && !inn_flag(a, "quiet"))
		inn_notice("wrote %s (html, %zu node%s, %zu link%s)", path, j.m->nnodes, j.m->nnodes == 1 ? "" : "s",
			   j.m->nlinks, j.m->nlinks == 1 ? "" : "s");
	ret = 0;
out:
	inn_output_abort(&out);
	view_job_release(&j);
	return ret;
}
