/* gunzip.h: gzip-compressed models (python-igraph's write_graphmlz, any .gz) inflated in memory. */
#ifndef INNONET_GUNZIP_H
#define INNONET_GUNZIP_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"

/* Whether buf[0..len) begins with gzip's magic bytes (1f 8b). */
bool inn_gzip_is(const char *buf, size_t len);

/* Whether a file's name says it is gzipped (it ends in .gz, in any case). */
bool inn_gzip_name(const char *path);

/*
 * The bytes a gzip file (one member or several, as `cat a.gz b.gz` makes) holds, inflated into a
 * NUL-terminated buffer the caller frees, *out_len its length. More than limit inflated bytes
 * are refused while inflating (a gzip bomb costs at most limit bytes of work and no memory); so
 * are a truncated or corrupt stream and bytes after it. NULL with err filled (INN_EINPUT, naming
 * origin; INN_EFAIL when out of memory).
 */
char *inn_gunzip(const char *buf, size_t len, const char *origin, size_t limit, size_t *out_len,
		 struct inn_error *err);

#endif
