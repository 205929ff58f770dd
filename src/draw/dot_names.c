/*
 * dot_names.c: DOT text that holds any node id as itself. cgraph's writer cannot: it writes "-."
 * bare, keeps a backslash before a quote or at the end of a name (which then escapes the
 * quote), and Graphviz's reader renames a name beginning with '%'. dot_build.c builds such a
 * node under a stand-in (draw_internal.h) and has cgraph write the stand-in; here each
 * stand-in written as a node's name is replaced by the id, as DOT strings joined by '+': runs
 * of backslashes and line breaks in HTML strings (<\>, whose text is taken as it is), the rest
 * quoted (a quote as \"). cgraph's lexer drops a line break between quotes when nothing else is
 * between them, and reads a backslash before a quote as an escape. Graphviz's reader and innonet's (dot_text.c) both join them
 * back into the id; Graphviz's still renames an id beginning with '%', innonet's does not.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "draw_internal.h"

static int unhex(char c)
{
	return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* The id a quoted stand-in s[0 .. n) (as cgraph wrote it, perhaps split by backslash-newline) holds. */
static bool write_id_of(const char *s, size_t n, FILE *out)
{
	size_t k = strlen(INN_GV_STAND_IN), m = 0;
	char hex[2];
	bool piece = false, quoted = false;

	if (n < k || strncmp(s, INN_GV_STAND_IN, k) != 0)
		return false;
	/* first a check that the rest is hex, cgraph's line continuations aside */
	for (size_t i = k; i < n; i++) {
		if (s[i] == '\\' && i + 1 < n && s[i + 1] == '\n') {
			i++;
			continue;
		}
		if (unhex(s[i]) < 0)
			return false;
		m++;
	}
	if (m % 2 != 0)
		return false;
	m = 0;
	for (size_t i = k; i < n; i++) {
		if (s[i] == '\\') {
			i++;
			continue;
		}
		hex[m++ % 2] = s[i];
		if (m % 2 != 0)
			continue;
		char c = (char)(unhex(hex[0]) * 16 + unhex(hex[1]));
		bool slash = c == '\\' || c == '\n'; /* a line break alone in quotes would be dropped */
		if (piece && quoted == slash) {
			fputs(quoted ? "\" + " : "> + ", out);
			piece = false;
		}
		if (!piece) {
			fputc(slash ? '<' : '"', out);
			piece = true;
			quoted = !slash;
		}
		if (c == '"')
			fputc('\\', out);
		fputc(c, out);
	}
	if (!piece)
		fputs("\"\"", out); /* an empty id */
	else
		fputc(quoted ? '"' : '>', out);
	return true;
}

void inn_dot_put_names(const char *text, size_t len, FILE *out)
{
	char last = '\0'; /* the last byte outside white space: '=' before a value */

	for (size_t i = 0; i < len;) {
		size_t j = i + 1;
		if (text[i] == '"') {
			for (; j < len && text[j] != '"'; j++)
				if (text[j] == '\\')
					j++;
			j = j < len ? j + 1 : len;
			/* a name, not a value: a label may read like a stand-in and stays as it is */
			if (last == '=' || j - i < 2 || !write_id_of(text + i + 1, j - i - 2, out))
				fwrite(text + i, 1, j - i, out);
		} else if (text[i] == '<') {
			size_t depth = 1;
			for (; j < len && depth; j++)
				depth += (text[j] == '<') - (text[j] == '>');
			fwrite(text + i, 1, j - i, out);
		} else {
			fputc(text[i], out);
		}
		if (text[i] != ' ' && text[i] != '\t' && text[i] != '\n' && text[i] != '\r')
			last = text[i];
		i = j;
	}
}
