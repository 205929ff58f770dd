/* render.c: layout and rendering through libgvc, in-process: no `dot` program is run. */
#include "innonet/export.h"

#include <string.h>

#include <graphviz/gvc.h>

#include "export_internal.h"

int inn_render(Agraph_t *g, const char *engine, const char *format, FILE *out, struct inn_error *err)
{
	GVC_t *gvc;
	int ret = 0;

	inn_graphviz_quiet();
	if (!(gvc = gvContext()))
		return inn_error_set(err, INN_EFAIL, "cannot start Graphviz");
	if (gvLayout(gvc, g, engine) != 0) {
		ret = inn_error_set(err, INN_EFAIL, "Graphviz layout '%s' failed: %s", engine,
				    inn_graphviz_message());
		goto out;
	}
	if (gvRender(gvc, g, format, out) != 0)
		ret = inn_error_set(err, INN_EFAIL, "Graphviz could not render %s: %s", format,
				    inn_graphviz_message());
	gvFreeLayout(gvc, g);
out:
	gvFreeContext(gvc);
	return ret;
}
