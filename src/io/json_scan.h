/*
 * json_scan.h: the strict JSON scanner of the node-link reader: one pass that decides whether a
 * text is JSON as Python reads it (and within innonet's limits) and where the model's members lie,
 * then helpers that walk the text it accepted, value by value, without building a tree.
 */
#ifndef INNONET_JSON_SCAN_H
#define INNONET_JSON_SCAN_H

#include <stdbool.h>
#include <stddef.h>

#include "innonet/error.h"

/* buf[start..end) */
struct json_span {
	size_t start, end;
};

/* A member of the top-level object. */
struct json_member {
	struct json_span key;   /* the key's text between its quotes, escapes as written */
	struct json_span value; /* the value's text */
};

struct json_doc {
	size_t root;                 /* offset of the top-level value (after a byte-order mark and spaces) */
	bool root_is_object;
	struct json_member *members; /* the top-level object's members in file order; owned */
	size_t nmembers, cap;
};

/*
 * Check all of buf[0..len) (buf[len] must be '\0'): valid UTF-8 without NUL bytes or control
 * characters in strings, strict JSON syntax, the depth and value limits of load.h, an optional
 * UTF-8 byte-order mark, not empty. On success doc holds the top-level value and, when it is an
 * object, its members; the caller releases doc. -1 with err filled ("<origin>:<line>:<col>: ...").
 */
int json_scan(const char *buf, size_t len, const char *origin, struct json_doc *doc, struct inn_error *err);
/* The same for another kind of JSON input: noun names it in messages ("scenario", "style file"). */
int json_scan_as(const char *buf, size_t len, const char *origin, const char *noun, struct json_doc *doc,
		 struct inn_error *err);
void json_doc_release(struct json_doc *doc);

/*
 * Walking text json_scan() accepted: each takes the offset of a token and trusts the syntax, so
 * none of them checks for the end of the buffer.
 */

/* The offset of the first byte at or after i that is not JSON white space. */
static inline size_t json_skip_ws(const char *s, size_t i)
{
	while (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t')
		i++;
	return i;
}

/* The offset just past the value that starts at i. */
size_t json_skip_value(const char *s, size_t i);

/* What a value is, from its first byte. */
enum json_type { JSON_STRING, JSON_NUMBER, JSON_TRUE, JSON_FALSE, JSON_NULL, JSON_ARRAY, JSON_OBJECT };

/* A member of an object, as it lies in the text. */
struct json_pair {
	struct json_span key;   /* between its quotes, escapes as written */
	struct json_span value; /* all of it: a string's quotes, an array's brackets */
	enum json_type type;
	bool key_escaped;       /* the key holds a '\\' */
	bool value_escaped;     /* a string value holds a '\\' */
};

/*
 * The member of an object whose key's opening quote is at s[i], into *p; returns the offset of
 * the next member's key, or of the object's closing brace when it was the last.
 */
size_t json_next_member(const char *s, size_t i, struct json_pair *p);

/* The offset of the closing quote of the string whose opening quote is at i; *escaped: it holds a '\\'. */
static inline size_t json_string_end(const char *s, size_t i, bool *escaped)
{
	*escaped = false;
	for (i++;; i++) {
		if (s[i] == '"')
			return i;
		if (s[i] == '\\') {
			*escaped = true;
			i++; /* the escaped character: \" does not end the string */
		}
	}
}

/*
 * The text of a string's body s[0..len) (between its quotes) with its escapes replaced, in out
 * (room for len + 1 bytes), NUL-terminated; returns its length in bytes.
 */
size_t json_unescape(const char *s, size_t len, char *out);

/* The offset just past the number that starts at i; *value is its value (inf when out of range). */
size_t json_number(const char *s, size_t i, double *value);

#endif
