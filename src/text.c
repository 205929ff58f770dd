/* text.c: number formatting and escaping for JSON, CSV and terminal tables. */
#include "innonet/text.h"

#include <float.h>
#include <math.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void inn_fmt_double(char *buf, size_t size, double x)
{
	if (x == 0)
		x = 0; /* -0 */
	if (x == floor(x) && fabs(x) < 9007199254740992.0) { /* whole and exact (2^53): 100, not 1e+02 */
		snprintf(buf, size, "%.0f", x);
		return;
	}
	/*
	 * The shortest digits that read back as x. A double carries at least 15 significant digits,
	 * so when x has a representation of 15 digits or fewer, "%.15g" (which drops trailing
	 * zeros) prints exactly it; only the rest need 16 or 17. Starting at 15 gives the same bytes
	 * as trying 1, 2, 3, ... with a fraction of the conversions. Subnormal numbers carry fewer
	 * digits, so they take the long way.
	 */
	for (int prec = fabs(x) < DBL_MIN ? 1 : 15; prec <= 17; prec++) {
		snprintf(buf, size, "%.*g", prec, x);
		if (prec == 17 || strtod(buf, NULL) == x)
			return;
	}
}

void inn_fmt_fixed(char *buf, size_t size, double x, int decimals)
{
	snprintf(buf, size, "%.*f", decimals, x);
	/* "-0.000000" would suggest a negative score that is really zero */
	if (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
		memmove(buf, buf + 1, strlen(buf));
}

void inn_json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': fputs("\\\"", out); break;
		case '\\': fputs("\\\\", out); break;
		case '\n': fputs("\\n", out); break;
		case '\r': fputs("\\r", out); break;
		case '\t': fputs("\\t", out); break;
		default:
			if (*p < 0x20 || *p == 0x7F)
				fprintf(out, "\\u%04x", *p);
			else
				fputc(*p, out);
		}
	}
	fputc('"', out);
}

void inn_csv_cell(FILE *out, const char *s)
{
	/* behind apostrophes too: a reader that drops the one added gets back "'=x", not "=x" */
	size_t a = strspn(s, "'");
	bool formula = s[a] && strchr("=+-@\t\r", s[a]);
	bool quote = formula || strpbrk(s, ",\"\r\n") != NULL;

	if (!quote) {
		fputs(s, out);
		return;
	}
	fputc('"', out);
	if (formula)
		fputc('\'', out);
	for (; *s; s++) {
		if (*s == '"')
			fputc('"', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

static uint32_t next_codepoint(const unsigned char **p)
{
	const unsigned char *s = *p;
	uint32_t cp;
	int n;

	if (s[0] < 0x80) {
		cp = s[0];
		n = 1;
	} else if ((s[0] & 0xE0) == 0xC0) {
		cp = s[0] & 0x1F;
		n = 2;
	} else if ((s[0] & 0xF0) == 0xE0) {
		cp = s[0] & 0x0F;
		n = 3;
	} else {
		cp = s[0] & 0x07;
		n = 4;
	}
	for (int k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80) { /* truncated sequence: take what is there */
			*p = s + k;
			return 0xFFFD;
		}
		cp = (cp << 6) | (s[k] & 0x3F);
	}
	*p = s + n;
	return cp;
}

static bool is_wide(uint32_t c)
{
	return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
	       (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	       (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

size_t inn_display_width(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t w = 0;

	while (*p)
		w += is_wide(next_codepoint(&p)) ? 2 : 1;
	return w;
}

void inn_print_plain(FILE *out, const char *s)
{
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) { /* C1 controls, e.g. CSI */
			fputc('?', out);
			p++;
		} else if (p[0] == 0xE2 && ((p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE) ||
					    (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9))) {
			/* bidirectional overrides and isolates (U+202A-202E, U+2066-2069) would reorder
			 * the rest of the line, making one row read as another */
			fputc('?', out);
			p += 2;
		} else {
			fputc(*p < 0x20 || *p == 0x7F ? '?' : *p, out);
		}
	}
}

const char *inn_value_text(const struct inn_value *v, char *buf, size_t size)
{
	char num[64];

	switch (v->type) {
	case INN_VAL_NULL:
		return "";
	case INN_VAL_BOOL:
		return v->boolean ? "true" : "false";
	case INN_VAL_NUMBER:
		inn_fmt_double(num, sizeof(num), v->number);
		if (v->bound == INN_BOUND_EXACT)
			snprintf(buf, size, "%s", num);
		else
			snprintf(buf, size, "{\"%s\":%s}", v->bound == INN_BOUND_MORE_THAN ? "more_than" : "at_least", num);
		return buf;
	default:
		return v->text;
	}
}
