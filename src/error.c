/* error.c: the error record shared by every module, and the one place that prints messages. */
#include "innonet/error.h"

#include <stdarg.h>
#include <stdio.h>
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
	/* A message is one line: a newline from a hostile label must not start a second one. */
	for (char *p = err->msg; *p; p++)
		if (*p == '\n' || *p == '\r')
			*p = ' ';
	return -1;
}

void inn_error_print(const struct inn_error *err)
{
	fprintf(stderr, "innonet: %s\n", err->msg[0] ? err->msg : "unknown error");
}

void inn_notice(const char *fmt, ...)
{
	va_list ap;

	fputs("innonet: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}
