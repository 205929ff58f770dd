/*
 * fuzz_svg.c: a libFuzzer target for the SVG writer (layout and rendering by libgvc, in-process).
 * It lays out and renders as src/draw/render.c does, but with one Graphviz context for the whole run:
 * Graphviz 2.42's text-size cache keeps a font name from the context that measured it last, and
 * reads it after that context is freed (a use-after-free inside libgvplugin_pango, found by this
 * target). innonet renders once per process, so it never meets it; a fuzzer renders thousands.
 * Whatever the model, rendering must succeed, and the SVG must hold no character XML 1.0 forbids
 * (a raw control character makes the whole file unreadable) and no markup from a label: every '<'
 * in the output opens one of the elements Graphviz writes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "fuzz_model.h"
#include "innonet/draw.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const tags[] = {"?xml", "!DOCTYPE", "!--", "svg", "/svg", "g", "/g", "title", "/title",
				   "text", "/text", "polygon", "ellipse", "path", "polyline", "a", "/a"};

/* Whether the markup at p ("<...") is an element Graphviz writes, followed by a space or '>'. */
static int known_tag(const char *p)
{
	for (size_t k = 0; k < sizeof(tags) / sizeof(tags[0]); k++) {
		size_t n = strlen(tags[k]);
		if (strncmp(p + 1, tags[k], n) == 0 && (p[1 + n] == ' ' || p[1 + n] == '>' || p[1 + n] == '\n' ||
							 (strcmp(tags[k], "!--") == 0)))
			return 1;
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct inn_model *m;
	char *svg = NULL;
	size_t len = 0;
	FILE *out;
	Agraph_t *g;

	/* layout time grows fast with size; a few nodes are enough to reach every escaping path */
	if (size > 2048 || !(m = inn_fuzz_graph(data, size, &g)))
		return 0;
	static GVC_t *gvc;
	if (!gvc && !(gvc = gvContext()))
		abort();
	out = open_memstream(&svg, &len);
	if (gvLayout(gvc, g, "dot") != 0 || gvRender(gvc, g, "svg", out) != 0) {
		fprintf(stderr, "layout or rendering failed\n");
		abort();
	}
	gvFreeLayout(gvc, g);
	fclose(out);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)svg[i];
		if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c == '<' && !known_tag(svg + i))) {
			fprintf(stderr, "bad SVG at byte %zu:\n%s\n", i, svg);
			abort();
		}
	}
	free(svg);
	agclose(g);
	inn_model_free(m);
	return 0;
}
