/*
 * gunzip.c: gzip-compressed models inflated with zlib before a reader is chosen (load.c), so that
 * python-igraph's write_graphmlz, and any model gzipped, is read from its inflated bytes by the
 * reader its content or its inner extension names.
 *
 * Two passes over the compressed bytes: the first inflates into a small scratch buffer only to
 * count, and stops as soon as the count passes the limit; the second inflates into a buffer of
 * exactly the size counted. A gzip bomb (1 MiB that inflates to terabytes) therefore costs at
 * most limit bytes of inflating and no memory, and a model that fits is held once, not grown by
 * doubling. Inflating twice costs less than reading the model does.
 */
#include "innonet/gunzip.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

bool inn_gzip_name(const char *path)
{
	size_t n = strlen(path);

	return n > 3 && path[n - 3] == '.' && (path[n - 2] | 0x20) == 'g' && (path[n - 1] | 0x20) == 'z';
}

bool inn_gzip_is(const char *buf, size_t len)
{
	return len >= 2 && (unsigned char)buf[0] == 0x1f && (unsigned char)buf[1] == 0x8b;
}

/* zlib's avail_in is an unsigned int: feed a large file in slices. */
static void feed(z_stream *z, const unsigned char *in, size_t len, size_t *used)
{
	if (z->avail_in == 0 && *used < len) {
		size_t n = len - *used < UINT_MAX ? len - *used : UINT_MAX;
		z->next_in = (unsigned char *)in + *used; /* zlib does not write through next_in */
		z->avail_in = (unsigned)n;
		*used += n;
	}
}

/*
 * Inflate every member of buf[0..len). out NULL: count only, into scratch; else write at most
 * cap bytes into out. *total the inflated size. 0, or -1 with err filled.
 */
static int inflate_all(const unsigned char *in, size_t len, const char *origin, size_t limit, char *out, size_t cap,
		       size_t *total, struct inn_error *err)
{
	unsigned char scratch[1 << 14];
	z_stream z;
	size_t used = 0, consumed = 0;
	int rc;

	memset(&z, 0, sizeof(z));
	/* 16 + 15: a gzip header and trailer (CRC-32 and size checked by zlib), the largest window */
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
		inn_error_set(err, INN_EFAIL, "%s: out of memory inflating the model", origin);
		return -1;
	}
	*total = 0;
	for (;;) {
		feed(&z, in, len, &used);
		size_t room = out ? cap - *total : sizeof(scratch);
		if (room > UINT_MAX)
			room = UINT_MAX;
		z.next_out = out ? (unsigned char *)out + *total : scratch;
		z.avail_out = (unsigned)room;
		rc = inflate(&z, Z_NO_FLUSH);
		*total += room - z.avail_out;
		if (*total > limit) {
			inn_error_set(err, INN_EINPUT, "%s: model larger than %zu MiB once decompressed (the limit)", origin,
				      limit >> 20);
			goto fail;
		}
		if (rc == Z_STREAM_END) {
			consumed = used - z.avail_in;
			if (consumed == len)
				break;
			/* another member follows (gzip's own concatenation), or bytes that are none */
			if (!inn_gzip_is((const char *)in + consumed, len - consumed)) {
				inn_error_set(err, INN_EINPUT, "%s: unexpected bytes after the gzip data (at byte %zu)", origin,
					      consumed);
				goto fail;
			}
			inflateReset(&z);
			continue;
		}
		if (rc == Z_BUF_ERROR && z.avail_in == 0 && used == len) {
			inn_error_set(err, INN_EINPUT, "%s: the gzip data ends early (a truncated file?)", origin);
			goto fail;
		}
		if (rc == Z_MEM_ERROR) {
			inn_error_set(err, INN_EFAIL, "%s: out of memory inflating the model", origin);
			goto fail;
		}
		if (rc != Z_OK && rc != Z_BUF_ERROR) {
			inn_error_set(err, INN_EINPUT, "%s: invalid gzip data near byte %zu (%s)", origin,
				      (size_t)(used - z.avail_in), z.msg ? z.msg : "corrupt stream");
			goto fail;
		}
		if (out && *total == cap && z.avail_out == 0 && rc == Z_BUF_ERROR) {
			/* the second pass found more than the first: cannot happen on the same bytes */
			inn_error_set(err, INN_EFAIL, "%s: the gzip data inflated differently twice", origin);
			goto fail;
		}
	}
	inflateEnd(&z);
	return 0;
fail:
	inflateEnd(&z);
	return -1;
}

char *inn_gunzip(const char *buf, size_t len, const char *origin, size_t limit, size_t *out_len,
		 struct inn_error *err)
{
	const unsigned char *in = (const unsigned char *)buf;
	size_t n, again;
	char *out;

	if (inflate_all(in, len, origin, limit, NULL, 0, &n, err) < 0)
		return NULL;
	if (!(out = malloc(n + 1))) {
		inn_error_set(err, INN_EFAIL, "%s: out of memory inflating the model", origin);
		return NULL;
	}
	if (inflate_all(in, len, origin, limit, out, n, &again, err) < 0) {
		free(out);
		return NULL;
	}
	out[n] = '\0';
	*out_len = n;
	return out;
}
