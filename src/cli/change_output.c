/* change_output.c: the options and the output's end `diff` and `whatif` share (change_output.h). */
#include "change_output.h"

#include <string.h>

int inn_change_options(const struct inn_args *a, const char *cmd, const struct inn_measure **measure,
		       enum inn_format *format, size_t *top, struct inn_error *err)
{
	const char *by = inn_arg(a, "by") ? inn_arg(a, "by") : "betweenness", *fmt = inn_arg(a, "format"), *s;

	*format = INN_FORMAT_TABLE;
	*top = 10;
	if (!(*measure = inn_measure_find(by)))
		return inn_error_set(err, INN_EINPUT, "%s: unknown measure '%s' (see 'innonet rank --help')", cmd, by);
	if (fmt && !inn_format_parse(fmt, format))
		return inn_error_set(err, INN_EINPUT, "%s: unknown format '%s' (table, csv or json)", cmd, fmt);
	if ((s = inn_arg(a, "top")) && !inn_parse_count(s, top))
		return inn_error_set(err, INN_EINPUT, "%s: --top needs a whole number, not '%s'", cmd, s);
	return 0;
}

void inn_change_finish(struct inn_sections *r, enum inn_format format, FILE *out, const struct inn_meta *meta,
		       size_t nmeta, void (*table)(void *arg, FILE *out), void *arg)
{
	struct inn_meta all[16];

	if (format == INN_FORMAT_TABLE) {
		inn_view_line(out, inn_meta_view(meta, nmeta)); /* the view first, as every table states it */
		table(arg, out);
		return;
	}
	if (nmeta > 15)
		nmeta = 15;
	memcpy(all, meta, nmeta * sizeof(*meta));
	all[nmeta++] = (struct inn_meta){
		"movers", {.type = INN_CELL_TEXT,
			   .text = "rank and own score changed; undefined scores never move; ties at the --top cut included"}};
	r->t.meta = all;
	r->t.nmeta = nmeta;
	inn_sections_write(r, format, out);
	r->t.meta = NULL; /* all is gone when this returns */
	r->t.nmeta = 0;
}
