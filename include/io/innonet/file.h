/* file.h: whole input files read into memory, under one policy for every kind of input. */
#ifndef INNONET_FILE_H
#define INNONET_FILE_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"

/*
 * Read all of fd into a NUL-terminated buffer the caller frees, *len its length; name is the
 * file in messages, what the kind of input ("model", "scenario", "style file"). Refused, NULL
 * with err filled: a directory; more than limit bytes (a regular file by its size before a byte
 * is read, a pipe as soon as it passes the limit: never more than limit + 1 bytes are held);
 * a read error. A NUL byte is left to the reader, which says where it is.
 * A stream (not a regular file: a pipe, a device) is read no further once what it holds cannot
 * begin an input (its first byte after a byte-order mark and white space is a control character
 * or NUL: /dev/zero) or hopeless, when given, says so: the reader then refuses the bytes read at
 * once, instead of after limit bytes.
 */
typedef bool inn_hopeless_fn(const char *buf, size_t n);
char *inn_read_fd(int fd, const char *name, const char *what, size_t limit, inn_hopeless_fn *hopeless, size_t *len,
		  struct inn_error *err);

/*
 * inn_read_fd() of the file at path, opened here ("<path>: cannot open <what>: <reason>") and
 * noted as an input of the run (inputs.h), so that no output may be written over it.
 */
char *inn_read_file(const char *path, const char *what, size_t limit, inn_hopeless_fn *hopeless, size_t *len,
		    struct inn_error *err);

/*
 * Whether buf[0..n) cannot begin any input: its first byte past a BOM and white space is a control
 * character, but for gzip's magic bytes at the very start (a compressed model, inflated by load.c).
 */
bool inn_read_cannot_begin(const char *buf, size_t n);

#endif
