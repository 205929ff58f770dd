/* error.c: the error record shared by every module, and the one place that prints messages. */
#include "innonet/error.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void inn_error_init(struct inn_error *err)
{
	err->status = INN_OK;
	err->msg[0] = '\0';
}

bool inn_error_is_set(const struct inn_error *err)
{
	return err->status != INN_OK;
}

int inn_error_set(struct inn_error *err, enum inn_status status, const char *fmt, ...)
{
	va_list ap;

	if (!err || err->status != INN_OK)
		return -1;
	err->status = status;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	/*
	 * A message is one line of plain text: a newline from a hostile label must not start a second
	 * one, and no control character (ESC, C1 controls) may reach the terminal to move the cursor,
	 * recolour it or set its title.
	 */
	for (unsigned char *p = (unsigned char *)err->msg; *p; p++) {
		if (*p == '\n' || *p == '\r' || *p == '\t')
			*p = ' ';
		else if (*p < 0x20 || *p == 0x7F)
			*p = '?';
		else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
			p[0] = p[1] = '?';
	}
	/* a message cut at the buffer's end must not end in half a UTF-8 character */
	size_t n = strlen(err->msg), k = n;
	while (k > 0 && ((unsigned char)err->msg[k - 1] & 0xC0) == 0x80)
		k--;
	if (k > 0 && (unsigned char)err->msg[k - 1] >= 0xC0) {
		unsigned char lead = (unsigned char)err->msg[k - 1];
		size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
		if (n - (k - 1) < need)
			err->msg[k - 1] = '\0';
	}
	return -1;
}

void inn_error_print(const struct inn_error *err)
{
	fprintf(stderr, "innonet: %s\n", err->msg[0] ? err->msg : "unknown error");
}

/*
 * Notices are held until the run is known to have succeeded: a failing run prints exactly one
 * "innonet:" line, its error, and never a notice about work it then threw away. The held text is
 * the lines as they will be printed, in order; when memory for it runs out, a notice is printed
 * at once rather than lost.
 */
static struct {
	char *text; /* owned; NUL-terminated once len > 0 */
	size_t len, cap;
} held;

void inn_notice(const char *fmt, ...)
{
	va_list ap;
	char line[1024];
	int n;

	va_start(ap, fmt);
	n = vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	size_t len = strlen(line);
	if (held.len + len + 11 > held.cap) {
		size_t cap = held.cap ? held.cap * 2 : 1024;
		while (cap < held.len + len + 11)
			cap *= 2;
		char *t = realloc(held.text, cap);
		if (!t) {
			fprintf(stderr, "innonet: %s\n", line);
			return;
		}
		held.text = t;
		held.cap = cap;
	}
	held.len += (size_t)sprintf(held.text + held.len, "innonet: %s\n", line);
}

void inn_notices_flush(void)
{
	if (held.len)
		fwrite(held.text, 1, held.len, stderr);
	inn_notices_drop();
}

void inn_notices_drop(void)
{
	free(held.text);
	held.text = NULL;
	held.len = held.cap = 0;
}
