/* export_dot.c: model -> cgraph graph, styled by kind and relation, with a legend; DOT text out. */
#include "innonet/export.h"

#include <stdlib.h>
#include <string.h>

#include "innonet/style.h"
#include "export_internal.h"

#define FONT "DejaVu Sans"

/* The last message cgraph reported; cgraph would otherwise print it on stderr itself. */
static char cgraph_msg[512];

static int on_cgraph_error(char *msg)
{
	size_t n = strlen(msg);

	snprintf(cgraph_msg, sizeof(cgraph_msg), "%.*s", (int)(n && msg[n - 1] == '\n' ? n - 1 : n), msg);
	return 0;
}

void inn_graphviz_quiet(void)
{
	agseterrf(on_cgraph_error);
	agseterr(AGERR); /* errors reach on_cgraph_error; warnings stay out of the user's terminal */
}

const char *inn_graphviz_message(void)
{
	return cgraph_msg[0] ? cgraph_msg : "no reason given";
}

/*
 * Text for an escString attribute (label, tooltip, id). Graphviz reads \n, \l, \N, \G ... as
 * escapes, so a literal backslash is doubled, and a newline becomes \n. It also reads "&amp;"
 * and the like as entities, so a literal '&' becomes "&amp;". Quotes are cgraph's to escape when
 * it writes DOT. Node tooltips are expanded twice by Graphviz 2.42 (once more than labels), so
 * their backslashes are doubled twice: `backslashes` is how many stand for one. Caller frees.
 */
static char *gv_escape(const char *s, int backslashes)
{
	size_t n = 0;
	char *out, *p;

	for (const char *q = s; *q; q++)
		n += *q == '\\' ? (size_t)backslashes : *q == '\n' ? 2 : *q == '&' ? 5 : 1;
	if (!(p = out = malloc(n + 1)))
		return NULL;
	for (; *s; s++) {
		if (*s == '\\') {
			for (int k = 0; k < backslashes; k++)
				*p++ = '\\';
		} else if (*s == '\n') {
			*p++ = '\\';
			*p++ = 'n';
		} else if (*s == '&') {
			memcpy(p, "&amp;", 5);
			p += 5;
		} else if (*s != '\r') {
			*p++ = *s;
		}
	}
	*p = '\0';
	return out;
}

/* A CSS class name from a kind or relation: letters, digits, '-' and '_' kept, the rest '_'. */
static void css_class(char *buf, size_t size, const char *prefix, const char *name)
{
	size_t n = (size_t)snprintf(buf, size, "%s", prefix);

	for (const unsigned char *s = (const unsigned char *)(name ? name : "none"); *s && n + 1 < size; s++)
		buf[n++] = (char)((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') || (*s >= '0' && *s <= '9') ||
						  *s == '-' || *s == '_'
					  ? *s
					  : '_');
	buf[n < size ? n : size - 1] = '\0';
}

/* Set an escString attribute from user text. */
static int set_text(void *obj, Agsym_t *sym, const char *text)
{
	bool node_tooltip = agobjkind(obj) == AGNODE && strcmp(sym->name, "tooltip") == 0;
	char *esc = gv_escape(text, node_tooltip ? 4 : 2);
	int rc;

	if (!esc)
		return -1;
	/* cgraph writes "-." without quotes, as if it were a number, and no DOT reader takes it back;
	 * "-\." is quoted, and Graphviz draws it as the same two characters */
	rc = agxset(obj, sym, strcmp(esc, "-.") == 0 ? "-\\." : esc);
	free(esc);
	return rc;
}

struct syms {
	Agsym_t *n_label, *n_shape, *n_style, *n_fill, *n_font, *n_id, *n_class, *n_tooltip, *n_width, *n_height;
	Agsym_t *e_style, *e_arrow, *e_color, *e_dir, *e_id, *e_class, *e_tooltip, *e_label, *e_penwidth;
	Agsym_t *g_label;
};

static void declare(Agraph_t *g, struct syms *s, bool directed)
{
	agattr(g, AGRAPH, "rankdir", "LR");
	agattr(g, AGRAPH, "fontname", FONT);
	agattr(g, AGRAPH, "fontsize", "18");
	agattr(g, AGRAPH, "labelloc", "t");
	agattr(g, AGRAPH, "nodesep", "0.2");
	agattr(g, AGRAPH, "ranksep", "0.9");
	agattr(g, AGRAPH, "bgcolor", "white");
	s->g_label = agattr(g, AGRAPH, "label", "");
	agattr(g, AGNODE, "fontname", FONT);
	agattr(g, AGNODE, "fontsize", "11");
	s->n_label = agattr(g, AGNODE, "label", "\\N");
	s->n_shape = agattr(g, AGNODE, "shape", "ellipse");
	s->n_style = agattr(g, AGNODE, "style", "filled");
	s->n_fill = agattr(g, AGNODE, "fillcolor", "white");
	s->n_font = agattr(g, AGNODE, "fontcolor", "black");
	s->n_id = agattr(g, AGNODE, "id", "");
	s->n_class = agattr(g, AGNODE, "class", "");
	s->n_tooltip = agattr(g, AGNODE, "tooltip", "");
	s->n_width = agattr(g, AGNODE, "width", "0.75");
	s->n_height = agattr(g, AGNODE, "height", "0.5");
	agattr(g, AGEDGE, "fontname", FONT);
	agattr(g, AGEDGE, "fontsize", "9");
	agattr(g, AGEDGE, "arrowsize", "0.7");
	s->e_style = agattr(g, AGEDGE, "style", "solid");
	s->e_arrow = agattr(g, AGEDGE, "arrowhead", "normal");
	s->e_color = agattr(g, AGEDGE, "color", "#444444");
	s->e_dir = agattr(g, AGEDGE, "dir", directed ? "forward" : "none");
	s->e_id = agattr(g, AGEDGE, "id", "");
	s->e_class = agattr(g, AGEDGE, "class", "");
	s->e_tooltip = agattr(g, AGEDGE, "tooltip", "");
	s->e_label = agattr(g, AGEDGE, "label", "");
	s->e_penwidth = agattr(g, AGEDGE, "penwidth", "1");
}

/* Kinds and relations in order of first appearance: the legend lists them in that order. */
struct seen {
	const char **items; /* interned strings of the model (NULL = none given); owned array */
	size_t n;
};

static int remember(struct seen *s, const char *item)
{
	for (size_t i = 0; i < s->n; i++)
		if (s->items[i] == item) /* interned: equal strings are equal pointers */
			return 0;
	const char **items = realloc(s->items, (s->n + 1) * sizeof(*items));
	if (!items)
		return -1;
	s->items = items;
	s->items[s->n++] = item;
	return 0;
}

/* The nth kind without a built-in style, for the fallback colours. */
static size_t unknown_rank(const struct seen *kinds, const char *kind)
{
	size_t nth = 0;

	for (size_t i = 0; i < kinds->n && kinds->items[i] != kind; i++)
		if (!inn_style_kind_known(kinds->items[i]))
			nth++;
	return nth;
}

static void style_edge(Agedge_t *e, const struct syms *s, const struct inn_relation_style *rs)
{
	agxset(e, s->e_style, (char *)(strcmp(rs->style, "bold") == 0 ? "solid" : rs->style));
	agxset(e, s->e_penwidth, strcmp(rs->style, "bold") == 0 ? "2" : "1");
	agxset(e, s->e_arrow, (char *)rs->arrowhead);
	agxset(e, s->e_color, (char *)rs->color);
	agxset(e, s->e_dir, strcmp(rs->arrowhead, "none") == 0 ? "none" : "forward");
}

/* Overlay a draw state on a node or edge already styled by its kind or relation. */
static void apply_state(void *obj, bool node, unsigned char state)
{
	switch (state) {
	case INN_DRAW_HIGHLIGHT:
		agsafeset(obj, "penwidth", "3", "");
		agsafeset(obj, "color", "#D55E00", "");
		break;
	case INN_DRAW_REMOVED:
		agsafeset(obj, "color", "#BBBBBB", "");
		agsafeset(obj, "fontcolor", "#999999", "");
		if (node) {
			agsafeset(obj, "fillcolor", "#F2F2F2", "");
			agsafeset(obj, "style", "filled,dashed", "");
		} else {
			agsafeset(obj, "style", "dashed", "");
		}
		break;
	case INN_DRAW_CUT_OFF:
		agsafeset(obj, "color", "#D55E00", "");
		agsafeset(obj, "penwidth", "3", "");
		if (node)
			agsafeset(obj, "peripheries", "2", "");
		break;
	default:
		break;
	}
}

static const char *display(const char *name, const char *fallback, char *buf, size_t size)
{
	/* "lead_organization" reads as "lead organization" in a legend */
	snprintf(buf, size, "%s", name ? name : fallback);
	for (char *p = buf; *p; p++)
		if (*p == '_')
			*p = ' ';
	return buf;
}

/* A prefix for legend node names that no model id starts with. */
static void legend_prefix(const struct inn_model *m, char *buf, size_t size)
{
	snprintf(buf, size, "legend:");
	for (bool clash = true; clash && strlen(buf) + 2 < size;) {
		clash = false;
		for (size_t i = 0; i < m->nnodes && !clash; i++)
			clash = strncmp(m->nodes[i].id, buf, strlen(buf)) == 0;
		if (clash) {
			memmove(buf + 1, buf, strlen(buf) + 1);
			buf[0] = '_';
		}
	}
}

static int add_legend(Agraph_t *g, const struct inn_model *m, const struct syms *s, const struct seen *kinds,
		      const struct seen *rels)
{
	Agraph_t *lg = agsubg(g, "cluster_legend", 1), *row;
	char prefix[64], name[96], text[256];

	if (!lg)
		return -1;
	agsafeset(lg, "label", "Legend", "");
	agsafeset(lg, "style", "rounded", "");
	agsafeset(lg, "color", "#888888", "");
	agsafeset(lg, "fontsize", "12", "");
	legend_prefix(m, prefix, sizeof(prefix));
	/* kinds in one column (one rank, as the graph runs left to right) */
	row = agsubg(lg, "legend_kinds", 1);
	agsafeset(row, "rank", "same", "");
	for (size_t i = 0; i < kinds->n; i++) {
		const struct inn_kind_style *ks = inn_style_kind(kinds->items[i], unknown_rank(kinds, kinds->items[i]));
		snprintf(name, sizeof(name), "%skind:%zu", prefix, i);
		Agnode_t *n = agnode(row, name, 1);
		if (!n)
			return -1;
		set_text(n, s->n_label, display(kinds->items[i], "(no kind)", text, sizeof(text)));
		agxset(n, s->n_shape, (char *)ks->shape);
		agxset(n, s->n_style, (char *)ks->style);
		agxset(n, s->n_fill, (char *)ks->fillcolor);
		agxset(n, s->n_font, (char *)ks->fontcolor);
		agxset(n, s->n_class, "legend legend-kind");
		agxset(n, s->n_id, name);
	}
	/* each relation as a short sample edge from its name to a point */
	for (size_t i = 0; i < rels->n; i++) {
		snprintf(name, sizeof(name), "%srelation:%zu", prefix, i);
		Agnode_t *a = agnode(lg, name, 1);
		snprintf(name, sizeof(name), "%srelation:%zu:end", prefix, i);
		Agnode_t *b = agnode(lg, name, 1);
		if (!a || !b)
			return -1;
		set_text(a, s->n_label, display(rels->items[i], "(no relation)", text, sizeof(text)));
		agxset(a, s->n_shape, "plaintext");
		agxset(a, s->n_style, "solid");
		agxset(a, s->n_class, "legend legend-relation");
		agxset(b, s->n_shape, "point");
		agxset(b, s->n_width, "0.05");
		agxset(b, s->n_height, "0.05");
		agxset(b, s->n_class, "legend");
		Agedge_t *e = agedge(lg, a, b, NULL, 1);
		if (!e)
			return -1;
		style_edge(e, s, inn_style_relation(rels->items[i]));
		agxset(e, s->e_class, "legend");
	}
	return 0;
}

Agraph_t *inn_dot_build(const struct inn_model *m, const struct inn_export_opts *o, struct inn_error *err)
{
	struct seen kinds = {0}, rels = {0};
	Agnode_t **nodes = NULL;
	Agraph_t *g = NULL;
	struct syms s;
	char buf[512], cls[128];
	bool ok = false;

	inn_graphviz_quiet();
	if (!(nodes = calloc(m->nnodes ? m->nnodes : 1, sizeof(*nodes))))
		goto out;
	if (!(g = agopen("innonet", m->directed ? Agdirected : Agundirected, NULL)))
		goto out;
	declare(g, &s, m->directed);
	if (o->title) {
		set_text(g, s.g_label, o->title);
	} else if (m->name) {
		snprintf(buf, sizeof(buf), "%s%s%s", m->name, m->as_of ? ", as of " : "", m->as_of ? m->as_of : "");
		set_text(g, s.g_label, buf);
	}
	for (size_t i = 0; i < m->nnodes; i++)
		if (remember(&kinds, m->nodes[i].kind) < 0)
			goto out;
	for (size_t j = 0; j < m->nlinks; j++)
		if (remember(&rels, m->links[j].relation) < 0)
			goto out;
	for (size_t i = 0; i < m->nnodes; i++) {
		const struct inn_node *mn = &m->nodes[i];
		const struct inn_kind_style *ks = inn_style_kind(mn->kind, unknown_rank(&kinds, mn->kind));
		Agnode_t *n = nodes[i] = agnode(g, (char *)mn->id, 1);
		if (!n)
			goto out;
		set_text(n, s.n_label, inn_node_label(mn));
		agxset(n, s.n_shape, (char *)ks->shape);
		agxset(n, s.n_style, (char *)ks->style);
		agxset(n, s.n_fill, (char *)ks->fillcolor);
		agxset(n, s.n_font, (char *)ks->fontcolor);
		snprintf(buf, sizeof(buf), "node-%s", mn->id);
		set_text(n, s.n_id, buf);
		css_class(cls, sizeof(cls), "kind-", mn->kind);
		agxset(n, s.n_class, cls);
		snprintf(buf, sizeof(buf), "%s (%s)", inn_node_label(mn), mn->kind ? mn->kind : "no kind");
		set_text(n, s.n_tooltip, buf);
		if (o->node_state)
			apply_state(n, true, o->node_state[i]);
	}
	for (size_t j = 0; j < m->nlinks; j++) {
		const struct inn_link *l = &m->links[j];
		Agedge_t *e = agedge(g, nodes[l->source], nodes[l->target], NULL, 1);
		if (!e)
			goto out;
		style_edge(e, &s, inn_style_relation(l->relation));
		snprintf(buf, sizeof(buf), "link-%zu", j);
		agxset(e, s.e_id, buf);
		css_class(cls, sizeof(cls), "relation-", l->relation);
		agxset(e, s.e_class, cls);
		snprintf(buf, sizeof(buf), "%s %s %s", inn_node_label(&m->nodes[l->source]),
			 l->relation ? l->relation : "--", inn_node_label(&m->nodes[l->target]));
		set_text(e, s.e_tooltip, buf);
		if (o->link_state)
			apply_state(e, false, o->link_state[j]);
	}
	if (o->legend && m->nnodes && add_legend(g, m, &s, &kinds, &rels) < 0)
		goto out;
	ok = true;
out:
	free(nodes);
	free(kinds.items);
	free(rels.items);
	if (!ok) {
		inn_error_set(err, INN_EFAIL, "building the diagram failed: %s", inn_graphviz_message());
		if (g)
			agclose(g);
		return NULL;
	}
	return g;
}

/*
 * Why cgraph cannot write name as DOT that reads back as the same name, or NULL when it can.
 * Graphviz 2.42 writes a quote in a name as \" but leaves backslashes alone, its reader keeps \\
 * as two characters, joins lines at a backslash-newline (and reads a name of one newline as empty),
 * takes "-." for a number and writes it bare, and reads a name beginning with '%' as an anonymous
 * node's and renames it. Such DOT would not parse, or would hold other names.
 */
static const char *dot_name_problem(const char *name)
{
	size_t n = strlen(name);

	if (strcmp(name, "-.") == 0)
		return "Graphviz writes the name -. without quotes, as a number it is not";
	if (name[0] == '%')
		return "Graphviz renames a node whose name begins with '%'";
	if ((n && name[n - 1] == '\\') || strstr(name, "\\\""))
		return "Graphviz garbles a backslash at the end of a name or before a quote";
	if (strpbrk(name, "\n\r"))
		return "Graphviz does not keep a line break in a name";
	return NULL;
}

int inn_dot_write(Agraph_t *g, FILE *out, struct inn_error *err)
{
	const char *why;

	for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
		if ((why = dot_name_problem(agnameof(n))))
			return inn_error_set(err, INN_EINPUT, "export: node id '%.60s' cannot be written as DOT (%s)",
					     agnameof(n), why);
	/*
	 * Into memory first: cgraph gives up at the first failed write without saying why, so a full
	 * disk or a closed standard output is left to the output's own check (inn_output_commit, the
	 * standard-output check in main), which names the file and the system's reason.
	 */
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);
	int rc = mem ? agwrite(g, mem) : -1;
	if (mem && fclose(mem) != 0)
		rc = -1;
	if (rc == 0)
		fwrite(text, 1, len, out);
	free(text);
	if (rc != 0)
		return inn_error_set(err, INN_EFAIL, "writing DOT failed: %s", inn_graphviz_message());
	return 0;
}
