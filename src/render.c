/* render.c: layout and rendering through libgvc, in-process: no `dot` program is run. */
#include "innonet/export.h"

#include <stdlib.h>
#include <string.h>

#include <graphviz/gvc.h>

#include "export_internal.h"

static GVC_t *gvc; /* the process's one Graphviz context; owned here, freed at exit */

static void free_context(void)
{
	gvFreeContext(gvc);
	gvc = NULL;
}

/*
 * One context for the whole process, not one per rendering: Graphviz 2.42's text-size cache (in
 * libgvplugin_pango) keeps a font name that belongs to the context that last measured text, and
 * reads it at the next layout. Once that context is freed the read is a use-after-free, which
 * AddressSanitizer reports as soon as one process renders twice (the unit tests, a report of
 * several diagrams).
 */
static GVC_t *context(void)
{
	if (!gvc && (gvc = gvContext()))
		atexit(free_context);
	return gvc;
}

int inn_render(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err)
{
	GVC_t *c;
	int ret = 0;

	inn_graphviz_quiet();
	if (!(c = context()))
		return inn_error_set(err, INN_EFAIL, "cannot start Graphviz");
	if (gvLayout(c, g, engine) != 0)
		return inn_error_set(err, INN_EFAIL, "Graphviz layout '%s' failed: %s", engine,
				     inn_graphviz_message());
	/*
	 * Into memory first: on a failed write Graphviz calls exit(1) with no message, which would
	 * end the run before innonet reports it or removes its temporary file. The bytes are copied
	 * to out, whose write errors the output's own check reports.
	 */
	char *text = NULL;
	unsigned int len = 0;
	if (gvRenderData(c, g, format, &text, &len) != 0)
		ret = inn_error_set(err, INN_EFAIL, "Graphviz could not render %s: %s", format,
				    inn_graphviz_message());
	else
		fwrite(text, 1, len, out);
	gvFreeRenderData(text);
	gvFreeLayout(c, g);
	return ret;
}
