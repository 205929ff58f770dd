/* load.h: model readers. Each turns one input format into a typed model and knows nothing else. */
#ifndef INNONET_LOAD_H
#define INNONET_LOAD_H

#include <stddef.h>

#include "innonet/error.h"
#include "innonet/model.h"

/* The name messages give the built-in model. */
#define INN_EMBEDDED_ORIGIN "nnmi-2016.json (built in)"

/* Files larger than this are refused with a message instead of exhausting memory. */
#define INN_MAX_INPUT_BYTES ((size_t)4 << 30)

/*
 * Load a model: path is a file, "-" for standard input, or NULL for the built-in NNMI 2016
 * model. The format follows the file's extension (.json); standard input is node-link JSON.
 * Returns a model the caller frees with inn_model_free(), or NULL with err filled.
 */
struct inn_model *inn_load(const char *path, struct inn_error *err);

/*
 * Parse NetworkX node-link JSON held in memory. buf[len] must be '\0' (the parser relies on
 * it); origin names the input in messages. The caller keeps buf.
 */
struct inn_model *inn_load_json(const char *buf, size_t len, const char *origin,
				struct inn_error *err);

/* 1-based line and column (in characters) of byte offset off in buf. */
void inn_text_position(const char *buf, size_t off, size_t *line, size_t *col);

#endif
