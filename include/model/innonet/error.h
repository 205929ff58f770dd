/* error.h: one error, filled once where the failure happens and printed once by the command. */
#ifndef INNONET_ERROR_H
#define INNONET_ERROR_H

#include <stdbool.h>

/* Exit statuses, documented in docs/innonet.md: they are the values of inn_status. */
enum inn_status {
	INN_OK = 0,
	INN_EFAIL = 1,  /* an analysis or output failure: a write error, an igraph failure */
	INN_EINPUT = 2, /* a usage or input error: bad option, unreadable or invalid model */
};

/*
 * The first failure wins: deeper code fills the error, callers only pass it up,
 * so the message names what failed first, not the last function to notice.
 */
struct inn_error {
	enum inn_status status; /* INN_OK while nothing has failed */
	char msg[1024];         /* "<file>:<line>:<col>: what failed: 'subject'", no "innonet: " */
};

void inn_error_init(struct inn_error *err);
bool inn_error_is_set(const struct inn_error *err);

/* Fill err unless it is already set; always returns -1 so callers can write `return inn_error_set(...)`. */
int inn_error_set(struct inn_error *err, enum inn_status status, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Print "innonet: <msg>" on stderr, one line. */
void inn_error_print(const struct inn_error *err);

/*
 * A notice that is not an error: "innonet: <msg>", one line on stderr, held until
 * inn_notices_flush() (main calls it once the command has succeeded) and dropped by
 * inn_notices_drop() (main calls it when the command failed, so that a failing run prints only its
 * error). A process forked to do part of the work drops what it inherited and flushes its own.
 */
void inn_notice(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void inn_notices_flush(void);
void inn_notices_drop(void);

#endif
