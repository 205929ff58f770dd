/* buf.h: a growable NUL-terminated string that remembers a failed allocation instead of returning it. */
#ifndef INNONET_BUF_H
#define INNONET_BUF_H

#include <stdbool.h>
#include <stddef.h>

/*
 * Start with {0}; append freely, then check failed once at the end: a text built from many
 * pieces (a tooltip, a legend label, a community's make-up) needs one test, not one a piece.
 */
struct inn_buf {
	char *s;     /* owned; NUL-terminated once anything is appended, NULL before */
	size_t len, cap;
	bool failed; /* an allocation failed: the text is incomplete */
};

void inn_buf_add(struct inn_buf *b, const char *s);
/* At most 1023 bytes a call (the rest is cut), as the texts built with it need. */
void inn_buf_addf(struct inn_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void inn_buf_release(struct inn_buf *b); /* frees s and empties b */

#endif
