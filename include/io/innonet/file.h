/* file.h: whole input files read into memory, under one policy for every kind of input. */
#ifndef INNONET_FILE_H
#define INNONET_FILE_H

#include <stddef.h>

#include "innonet/error.h"

/*
 * Read all of fd into a NUL-terminated buffer the caller frees, *len its length; name is the
 * file in messages, what the kind of input ("model", "scenario", "style file"). Refused, NULL
 * with err filled: a directory; more than limit bytes (a regular file by its size before a byte
 * is read, a pipe as soon as it passes the limit: never more than limit + 1 bytes are held);
 * a read error. A NUL byte is left to the reader, which says where it is.
 */
char *inn_read_fd(int fd, const char *name, const char *what, size_t limit, size_t *len, struct inn_error *err);

/* inn_read_fd() of the file at path, opened here ("<path>: cannot open <what>: <reason>"). */
char *inn_read_file(const char *path, const char *what, size_t limit, size_t *len, struct inn_error *err);

#endif
