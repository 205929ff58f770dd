/*
 * dot_text.h: the DOT text innonet gives cgraph, and the names it stands for.
 *
 * cgraph's lexer takes time growing as the square of one token's length (flex rescans a token
 * from its start each time it refills its 8 KiB buffer) and reads a quoted name beginning with
 * '%' as an anonymous node's, renaming it. So innonet lexes the DOT itself, in one pass: every
 * ID (a quoted string, `+` concatenations included, an HTML string, a bare name or a number) is
 * unescaped as cgraph would and, unless it is a short plain name cgraph reads as itself, replaced
 * by a stand-in `_N` (N its index); comments and runs of white space are dropped, and each line
 * break kept, so cgraph's line numbers are the file's. cgraph then parses short tokens only, and
 * every name, value and port it hands back is turned back into the text it stands for.
 */
#ifndef INNONET_DOT_TEXT_H
#define INNONET_DOT_TEXT_H

#include <stddef.h>
#include <stdint.h>

#include "innonet/error.h"

struct inn_dot_text {
	char *text;       /* owned: the DOT cgraph parses, '\0'-terminated */
	char *strings;    /* owned: the IDs' texts, each '\0'-terminated */
	uint32_t *at;     /* owned: where ID i's text starts in strings */
	size_t nstrings;
	char **joined;    /* owned: decoded port values ("a:b"), each owned */
	size_t njoined;
};

/*
 * Lex buf[0 .. len) (UTF-8, no NUL) into t. -1 with err filled ("<origin>:<line>:<col>: ...",
 * status 2) for a token longer than INN_LOAD_MAX_STRING or a string never closed, or on memory
 * (status 1); t is then empty. The caller releases t either way.
 */
int inn_dot_text_make(struct inn_dot_text *t, const char *buf, size_t len, const char *origin, struct inn_error *err);

/*
 * The text a name or value cgraph holds stands for: itself when it stands for nothing, NULL
 * when memory ran out. Borrowed from t, valid until it is released.
 */
const char *inn_dot_text_name(struct inn_dot_text *t, const char *s);

void inn_dot_text_release(struct inn_dot_text *t);

#endif
