/* json_scan.c: strict JSON in one pass (syntax, UTF-8, control characters, limits); walking what it accepted. */
#include "json_scan.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/grow.h"
#include "innonet/load.h"

/* The value of the four hex digits at p (a \u escape), or -1 when they are not four hex digits. */
static long hex4(const unsigned char *p)
{
	long v = 0;

	for (int k = 0; k < 4; k++) {
		unsigned char ch = p[k];
		int d = ch >= '0' && ch <= '9' ? ch - '0' : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10 : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10 : -1;
		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/*
 * Control characters other than tab, newline and carriage return (C0, DEL, C1): no name or label
 * needs one, XML 1.0 (and so SVG) cannot hold C0 ones even escaped, and on a terminal they move
 * the cursor, recolour the screen or set its title.
 */
static bool is_control(unsigned cp)
{
	return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

static void control_message(char *what, size_t size, unsigned cp)
{
	snprintf(what, size, "control character U+%04X in a string (only tab, newline and carriage return may appear)",
		 cp);
}

/*
 * The faults of the text itself, wherever they are: invalid UTF-8, NUL bytes and "\u0000" escapes
 * (cJSON would cut the string there and silently change the name), control characters in strings,
 * raw or escaped, and the nesting and size limits. They are reported before any syntax error,
 * however late in the file: the scanner below finds them in the same pass while the text is
 * JSON, and this slower reading, byte by byte without the grammar, runs only when it is not.
 */
static int check_text(const char *buf, size_t len, const char *origin, const char *noun, struct inn_error *err)
{
	const unsigned char *s = (const unsigned char *)buf;
	size_t line, col, depth = 0, values = 1;
	char what[128] = "";
	size_t i = 0;
	bool in_string = false;

	while (i < len) {
		unsigned char b = s[i];
		size_t n = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;

		if (b == 0) {
			snprintf(what, sizeof(what), "NUL byte in the %s", noun);
			break;
		}
		if (n == 0 || i + n > len) {
			snprintf(what, sizeof(what), "invalid UTF-8");
			break;
		}
		if (n > 1) {
			uint32_t cp = b & (0x7F >> n);
			bool bad = false;
			for (size_t k = 1; k < n; k++) {
				if ((s[i + k] & 0xC0) != 0x80)
					bad = true;
				cp = (cp << 6) | (s[i + k] & 0x3F);
			}
			/* overlong forms, surrogates and code points past U+10FFFF are not UTF-8 */
			if (bad || (n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
			    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
				snprintf(what, sizeof(what), "invalid UTF-8");
				break;
			}
			if (in_string && is_control(cp)) {
				control_message(what, sizeof(what), cp);
				break;
			}
		} else if (b == '"') {
			in_string = !in_string;
		} else if (in_string) {
			unsigned cp = b == 0x7F ? 0x7F : 0x110000; /* 0x110000: no character of concern */
			if (b == '\\' && i + 1 < len) {
				if (s[i + 1] == 'b' || s[i + 1] == 'f')
					cp = s[i + 1] == 'b' ? 0x08 : 0x0C;
				else if (s[i + 1] == 'u' && i + 5 < len && hex4(s + i + 2) >= 0)
					cp = (unsigned)hex4(s + i + 2);
				if (cp == 0) {
					snprintf(what, sizeof(what), "\\u0000 (NUL) in a string");
					break;
				}
			}
			if (is_control(cp)) {
				control_message(what, sizeof(what), cp);
				break;
			}
			if (b == '\\' && i + 1 < len) {
				i += 2; /* skip the escaped character, so \" does not end the string */
				continue;
			}
		} else if (b == '[' || b == '{') {
			if (++depth > INN_MAX_JSON_DEPTH) {
				snprintf(what, sizeof(what), "nested deeper than %d levels (the limit)", INN_MAX_JSON_DEPTH);
				break;
			}
			values++;
		} else if (b == ']' || b == '}') {
			depth -= depth > 0;
		} else if (b == ',') {
			values++;
		}
		/* every value but the first follows a ',' or opens an array or object */
		if (values > INN_MAX_JSON_VALUES) {
			snprintf(what, sizeof(what), "more than %u JSON values (the limit)", INN_MAX_JSON_VALUES);
			break;
		}
		i += n;
	}
	if (!what[0])
		return 0;
	inn_text_position(buf, i, &line, &col);
	return inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: %s", origin, line, col, what);
}

/* The scanner's state: the text, where it is, and the first fault found. */
struct scan {
	const unsigned char *s;
	size_t len;
	bool plain[256]; /* bytes that stand for themselves in a string: printable ASCII but '"' and '\\' */
	size_t at;       /* where the fault is */
	const char *why; /* a syntax fault, "invalid JSON: why" */
	char what[128];  /* or a fault of the text, reported as it is */
	char after[64];  /* "unexpected text after the <noun>" */
};

static bool syntax(struct scan *sc, size_t at, const char *why)
{
	sc->at = at;
	sc->why = why;
	return false;
}

static bool text_fault(struct scan *sc, size_t at, const char *what)
{
	sc->at = at;
	snprintf(sc->what, sizeof(sc->what), "%s", what);
	return false;
}

static bool control_fault(struct scan *sc, size_t at, unsigned cp)
{
	sc->at = at;
	control_message(sc->what, sizeof(sc->what), cp);
	return false;
}

static bool is_digit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static bool is_ws(unsigned char c)
{
	return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

/* The string whose opening quote is at *pi: checked, and *pi moved past its closing quote. */
static bool scan_string(struct scan *sc, size_t *pi)
{
	const unsigned char *s = sc->s;
	size_t i = *pi + 1;

	for (;;) {
		while (sc->plain[s[i]]) /* s[len] is '\0', which is not plain */
			i++;
		unsigned char b = s[i];
		if (b == '"') {
			*pi = i + 1;
			return true;
		}
		if (b == '\\') {
			unsigned char e = s[i + 1];
			if (e == 'u') {
				long unit = i + 6 <= sc->len ? hex4(s + i + 2) : -1;
				if (unit < 0)
					return syntax(sc, i, "invalid \\u escape in a string");
				if (unit == 0)
					return text_fault(sc, i, "\\u0000 (NUL) in a string");
				if (is_control((unsigned)unit))
					return control_fault(sc, i, (unsigned)unit);
				/* UTF-16 surrogates come in pairs, high then low; cJSON refuses anything else */
				if (unit >= 0xDC00 && unit <= 0xDFFF)
					return syntax(sc, i, "unpaired surrogate in a \\u escape");
				if (unit >= 0xD800 && unit <= 0xDBFF) {
					long low = i + 12 <= sc->len && s[i + 6] == '\\' && s[i + 7] == 'u' ? hex4(s + i + 8) : -1;
					if (low < 0xDC00 || low > 0xDFFF)
						return syntax(sc, i, "unpaired surrogate in a \\u escape");
					i += 12;
					continue;
				}
				i += 6;
				continue;
			}
			if (e == 'b' || e == 'f')
				return control_fault(sc, i, e == 'b' ? 0x08 : 0x0C);
			if (e == '"' || e == '\\' || e == '/' || e == 'n' || e == 'r' || e == 't') {
				i += 2;
				continue;
			}
			return syntax(sc, i, "invalid escape in a string");
		}
		if (b < 0x20) {
			if (i >= sc->len) /* point at the string that never ends, not at the end of the file */
				return syntax(sc, *pi, "unterminated string");
			return syntax(sc, i, "control character in a string"); /* a NUL byte is a fault of the text */
		}
		if (b == 0x7F)
			return control_fault(sc, i, 0x7F);
		/* b >= 0x80: a UTF-8 sequence, whole and shortest, of a character that is not a control */
		size_t n = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
		if (n == 0 || i + n > sc->len)
			return text_fault(sc, i, "invalid UTF-8");
		uint32_t cp = b & (0x7F >> n);
		for (size_t k = 1; k < n; k++) {
			if ((s[i + k] & 0xC0) != 0x80)
				return text_fault(sc, i, "invalid UTF-8");
			cp = (cp << 6) | (s[i + k] & 0x3F);
		}
		if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
			return text_fault(sc, i, "invalid UTF-8");
		if (is_control(cp))
			return control_fault(sc, i, cp);
		i += n;
	}
}

/* The number at *pi (a '-' or a digit, or not a value at all): checked, and *pi moved past it. */
static bool scan_number(struct scan *sc, size_t *pi)
{
	const unsigned char *s = sc->s;
	size_t i = *pi, start = i;

	if (s[i] == '-')
		i++;
	if (s[i] == '0') {
		i++;
		if (is_digit(s[i])) /* point at the number, not at its second digit */
			return syntax(sc, start, "leading zero in a number");
	} else if (s[i] >= '1' && s[i] <= '9') {
		while (is_digit(s[i]))
			i++;
	} else {
		return syntax(sc, start, "expected a value");
	}
	if (s[i] == '.') {
		i++;
		if (!is_digit(s[i]))
			return syntax(sc, i, "expected a digit");
		while (is_digit(s[i]))
			i++;
	}
	if (s[i] == 'e' || s[i] == 'E') {
		i++;
		if (s[i] == '+' || s[i] == '-')
			i++;
		if (!is_digit(s[i]))
			return syntax(sc, i, "expected a digit");
		while (is_digit(s[i]))
			i++;
	}
	*pi = i;
	return true;
}

static int add_member(struct json_doc *doc)
{
	if (doc->nmembers == doc->cap) {
		struct json_member *m = inn_grow(doc->members, &doc->cap, doc->nmembers + 1, sizeof(*m));
		if (!m)
			return -1;
		doc->members = m;
	}
	doc->nmembers++;
	return 0;
}

/*
 * The grammar as a loop over one stack of open brackets, not a recursion: "value" reads a value,
 * "after" what may follow one (a ',' or the closing bracket), "key" an object's key and ':'.
 * Positions and reasons are those of a recursive-descent reading, so messages point at the
 * offending character. Returns false with sc's fault set, or with *oom when memory ran out.
 */
static bool scan_text(struct scan *sc, size_t i, struct json_doc *doc, bool *oom)
{
	const unsigned char *s = sc->s;
	char close[INN_MAX_JSON_DEPTH + 1]; /* the bracket that closes each open array or object */
	size_t depth = 0, values = 1;
	char what[128];

value:
	while (is_ws(s[i]))
		i++;
	if (depth == 1 && doc->root_is_object)
		doc->members[doc->nmembers - 1].value.start = i;
	switch (s[i]) {
	case '{':
	case '[':
		if (++depth > INN_MAX_JSON_DEPTH) {
			snprintf(what, sizeof(what), "nested deeper than %d levels (the limit)", INN_MAX_JSON_DEPTH);
			return text_fault(sc, i, what);
		}
		if (++values > INN_MAX_JSON_VALUES)
			goto too_many;
		close[depth] = s[i] == '{' ? '}' : ']';
		i++;
		while (is_ws(s[i]))
			i++;
		if (s[i] == close[depth]) {
			i++;
			depth--;
			goto after;
		}
		if (close[depth] == '}')
			goto key;
		goto value;
	case '"':
		if (!scan_string(sc, &i))
			return false;
		goto after;
	case 't':
	case 'f':
	case 'n': {
		const char *word = s[i] == 't' ? "true" : s[i] == 'f' ? "false" : "null";
		size_t n = strlen(word);
		if (sc->len - i >= n && memcmp(s + i, word, n) == 0) {
			i += n;
			goto after;
		}
		return syntax(sc, i, "expected a value");
	}
	default:
		if (!scan_number(sc, &i))
			return false;
		goto after;
	}
key:
	if (s[i] != '"')
		return syntax(sc, i, "expected a string key");
	if (depth == 1 && doc->root_is_object) {
		if (add_member(doc) < 0) {
			*oom = true;
			return false;
		}
		doc->members[doc->nmembers - 1].key.start = i + 1;
		if (!scan_string(sc, &i))
			return false;
		doc->members[doc->nmembers - 1].key.end = i - 1;
	} else if (!scan_string(sc, &i)) {
		return false;
	}
	while (is_ws(s[i]))
		i++;
	if (s[i] != ':')
		return syntax(sc, i, "expected ':' after a key");
	i++;
	goto value;
after:
	if (depth == 0) {
		while (is_ws(s[i]))
			i++;
		return i == sc->len || syntax(sc, i, sc->after);
	}
	if (depth == 1 && doc->root_is_object)
		doc->members[doc->nmembers - 1].value.end = i;
	while (is_ws(s[i]))
		i++;
	if (s[i] == ',') {
		if (++values > INN_MAX_JSON_VALUES)
			goto too_many;
		i++;
		while (is_ws(s[i]))
			i++;
		if (close[depth] == '}')
			goto key;
		goto value;
	}
	if (s[i] == close[depth]) {
		i++;
		depth--;
		goto after;
	}
	return syntax(sc, i, close[depth] == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
too_many:
	snprintf(what, sizeof(what), "more than %u JSON values (the limit)", INN_MAX_JSON_VALUES);
	return text_fault(sc, i, what);
}

int json_scan(const char *buf, size_t len, const char *origin, struct json_doc *doc, struct inn_error *err)
{
	return json_scan_as(buf, len, origin, "model", doc, err);
}

int json_scan_as(const char *buf, size_t len, const char *origin, const char *noun, struct json_doc *doc,
		 struct inn_error *err)
{
	struct scan sc = {.s = (const unsigned char *)buf, .len = len};
	size_t i = 0, line, col;
	bool oom = false;

	memset(doc, 0, sizeof(*doc));
	snprintf(sc.after, sizeof(sc.after), "unexpected text after the %s", noun);
	for (int b = 0x20; b < 0x7F; b++)
		sc.plain[b] = b != '"' && b != '\\';
	if (len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0)
		i = 3; /* a UTF-8 byte-order mark, as some Windows editors write */
	while (i < len && is_ws(sc.s[i]))
		i++;
	if (i == len)
		return inn_error_set(err, INN_EINPUT, "%s: empty %s (expected a JSON object)", origin, noun);
	doc->root = i;
	doc->root_is_object = buf[i] == '{';
	if (scan_text(&sc, i, doc, &oom))
		return 0;
	json_doc_release(doc);
	if (oom)
		return inn_error_set(err, INN_EFAIL, "%s: out of memory parsing the %s", origin, noun);
	if (sc.why) {
		if (check_text(buf, len, origin, noun, err) < 0)
			return -1;
		if (sc.at >= len)
			sc.why = "unexpected end of input";
		inn_text_position(buf, sc.at, &line, &col);
		return inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: invalid JSON: %s", origin, line, col, sc.why);
	}
	inn_text_position(buf, sc.at, &line, &col);
	return inn_error_set(err, INN_EINPUT, "%s:%zu:%zu: %s", origin, line, col, sc.what);
}

void json_doc_release(struct json_doc *doc)
{
	free(doc->members);
	doc->members = NULL;
	doc->nmembers = doc->cap = 0;
}

size_t json_skip_value(const char *s, size_t i)
{
	size_t depth = 0;
	bool escaped;

	switch (s[i]) {
	case '"':
		return json_string_end(s, i, &escaped) + 1;
	case 't':
	case 'n':
		return i + 4;
	case 'f':
		return i + 5;
	case '{':
	case '[':
		do {
			if (s[i] == '"')
				i = json_string_end(s, i, &escaped);
			else if (s[i] == '{' || s[i] == '[')
				depth++;
			else if (s[i] == '}' || s[i] == ']')
				depth--;
			i++;
		} while (depth > 0);
		return i;
	default:
		while (is_digit((unsigned char)s[i]) || s[i] == '-' || s[i] == '+' || s[i] == '.' || s[i] == 'e' ||
		       s[i] == 'E')
			i++;
		return i;
	}
}

size_t json_next_member(const char *s, size_t i, struct json_pair *p)
{
	size_t q = json_string_end(s, i, &p->key_escaped);

	p->key = (struct json_span){i + 1, q};
	i = json_skip_ws(s, json_skip_ws(s, q + 1) + 1); /* past the ':' */
	p->value.start = i;
	p->value_escaped = false;
	switch (s[i]) {
	case '"':
		p->type = JSON_STRING;
		i = json_string_end(s, i, &p->value_escaped) + 1;
		break;
	case '{':
	case '[':
		p->type = s[i] == '{' ? JSON_OBJECT : JSON_ARRAY;
		i = json_skip_value(s, i);
		break;
	case 't':
	case 'f':
	case 'n':
		p->type = s[i] == 't' ? JSON_TRUE : s[i] == 'f' ? JSON_FALSE : JSON_NULL;
		i += s[i] == 'f' ? 5 : 4;
		break;
	default:
		p->type = JSON_NUMBER;
		i = json_skip_value(s, i);
		break;
	}
	p->value.end = i;
	i = json_skip_ws(s, i);
	return s[i] == ',' ? json_skip_ws(s, i + 1) : i;
}

/* c as UTF-8 at out; returns the bytes written. */
static size_t put_utf8(char *out, uint32_t c)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

size_t json_unescape(const char *s, size_t len, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t n = 0;

	for (size_t i = 0; i < len;) {
		const char *bs = memchr(s + i, '\\', len - i);
		size_t run = bs ? (size_t)(bs - (s + i)) : len - i;
		memcpy(out + n, s + i, run);
		n += run;
		i += run;
		if (i >= len)
			break;
		char e = s[i + 1];
		i += 2;
		switch (e) {
		case 'b':
			out[n++] = '\b';
			break;
		case 'f':
			out[n++] = '\f';
			break;
		case 'n':
			out[n++] = '\n';
			break;
		case 'r':
			out[n++] = '\r';
			break;
		case 't':
			out[n++] = '\t';
			break;
		case 'u': {
			uint32_t c = (uint32_t)hex4(u + i);
			i += 4;
			if (c >= 0xD800 && c <= 0xDBFF) { /* the scanner saw the low half follow */
				c = 0x10000 + ((c - 0xD800) << 10) + ((uint32_t)hex4(u + i + 2) - 0xDC00);
				i += 6;
			}
			n += put_utf8(out + n, c);
			break;
		}
		default: /* '"', '\\' and '/' stand for themselves */
			out[n++] = e;
			break;
		}
	}
	out[n] = '\0';
	return n;
}

size_t json_number(const char *s, size_t i, double *value)
{
	static const double pow10[] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
				       1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
	size_t start = i, digits = 0, frac = 0;
	bool neg = s[i] == '-';
	uint64_t v = 0;

	i += neg;
	for (; is_digit((unsigned char)s[i]); i++, digits++)
		v = v * 10 + (uint64_t)(s[i] - '0');
	if (s[i] == '.')
		for (i++; is_digit((unsigned char)s[i]); i++, digits++, frac++)
			v = v * 10 + (uint64_t)(s[i] - '0');
	/*
	 * Most numbers have few digits and no exponent: with at most 15 digits the digits and the
	 * power of ten are exact doubles, and one division rounds correctly, as strtod does.
	 */
	if (digits <= 15 && s[i] != 'e' && s[i] != 'E') {
		double x = (double)v / pow10[frac];
		*value = neg ? -x : x;
		return i;
	}
	char *end;
	*value = strtod(s + start, &end); /* a JSON number ends where strtod stops: at ',', ']', '}' or a space */
	return (size_t)(end - s);
}
