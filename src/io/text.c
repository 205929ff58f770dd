/* text.c: number formatting and escaping for JSON, CSV and terminal tables. */
#include "innonet/text.h"

#include <math.h>

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dtoa_table.h"

/*
 * The shortest digits of a double by Ryu (Ulf Adams, "Ryu: fast float-to-string conversion",
 * PLDI 2018; d2s.c of github.com/ulfjack/ryu): exact for every double, and a few dozen
 * nanoseconds where printing with snprintf and reading back with strtod until the digits round-trip
 * cost microseconds. The digits are the fewest that read back as x, and of those the closest to x,
 * which is also what Python's repr prints.
 */

__extension__ typedef unsigned __int128 dtoa_u128;

/* ceil(log2(5^e)), 1 for e = 0; exact for 0 <= e <= 3528 */
static int32_t pow5bits(int32_t e)
{
	return (int32_t)(((uint32_t)e * 1217359) >> 19) + 1;
}

/* floor(log10(2^e)), exact for 0 <= e <= 1650 */
static uint32_t log10pow2(int32_t e)
{
	return ((uint32_t)e * 78913) >> 18;
}

/* floor(log10(5^e)), exact for 0 <= e <= 2620 */
static uint32_t log10pow5(int32_t e)
{
	return ((uint32_t)e * 732923) >> 20;
}

static bool multiple_of_pow5(uint64_t v, uint32_t p)
{
	uint32_t count = 0;

	while (v % 5 == 0) {
		v /= 5;
		count++;
	}
	return count >= p;
}

static bool multiple_of_pow2(uint64_t v, uint32_t p)
{
	return (v & ((UINT64_C(1) << p) - 1)) == 0;
}

/* (m * mul) >> j, mul a 125-bit table entry; j is always above 64 */
static uint64_t mul_shift(uint64_t m, const uint64_t mul[2], int32_t j)
{
	dtoa_u128 b0 = (dtoa_u128)m * mul[0];
	dtoa_u128 b2 = (dtoa_u128)m * mul[1];

	return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

/*
 * Drop the last digits of vr, vp and vm, a step of them (a power of ten), if the bounds still
 * differ above them; *round_up: the digits dropped from vr are half a step or more. Inline, so
 * that each step is a constant and its divisions multiplications.
 */
static inline bool drop_digits(uint64_t *vr, uint64_t *vp, uint64_t *vm, uint64_t step, bool *round_up)
{
	if (*vp / step <= *vm / step)
		return false;
	*round_up = *vr % step >= step / 2;
	*vr /= step;
	*vp /= step;
	*vm /= step;
	return true;
}

/*
 * The shortest decimal digits (*digits, without trailing zeros) and the exponent of their last
 * digit of a positive finite nonzero double, from its IEEE mantissa and biased exponent fields.
 */
static void shortest_digits(uint64_t ieee_mantissa, uint32_t ieee_exponent, uint64_t *digits, int32_t *exp10)
{
	/* two more bits than the mantissa, so the interval bounds (halfway points) are integers */
	int32_t e2 = (ieee_exponent ? (int32_t)ieee_exponent : 1) - 1023 - 52 - 2;
	uint64_t m2 = ieee_exponent ? (UINT64_C(1) << 52) | ieee_mantissa : ieee_mantissa;
	/* strtod rounds ties to even: an even mantissa owns the halfway points around it */
	bool accept_bounds = (m2 & 1) == 0;
	uint64_t mv = 4 * m2;
	/* at a power of two the gap below is half the gap above */
	uint32_t mm_shift = ieee_mantissa != 0 || ieee_exponent <= 1;
	uint64_t vr, vp, vm, output;
	int32_t e10, removed = 0;
	bool vm_trailing_zeros = false, vr_trailing_zeros = false;
	uint8_t last_removed = 0;

	/* vr, vp, vm: x and the bounds of the digits that read back as x, times 10^-e10, truncated */
	if (e2 >= 0) {
		uint32_t q = log10pow2(e2) - (e2 > 3);
		int32_t k = DTOA_POW5_INV_BITS + pow5bits((int32_t)q) - 1;
		int32_t i = -e2 + (int32_t)q + k;

		e10 = (int32_t)q;
		vr = mul_shift(4 * m2, dtoa_pow5_inv[q], i);
		vp = mul_shift(4 * m2 + 2, dtoa_pow5_inv[q], i);
		vm = mul_shift(4 * m2 - 1 - mm_shift, dtoa_pow5_inv[q], i);
		/* only then can the scaled values be exact (their dropped part zero); one of three at most */
		if (q <= 21) {
			if (mv % 5 == 0)
				vr_trailing_zeros = multiple_of_pow5(mv, q);
			else if (accept_bounds)
				vm_trailing_zeros = multiple_of_pow5(mv - 1 - mm_shift, q);
			else
				vp -= multiple_of_pow5(mv + 2, q);
		}
	} else {
		uint32_t q = log10pow5(-e2) - (-e2 > 1);
		int32_t i = -e2 - (int32_t)q;
		int32_t k = pow5bits(i) - DTOA_POW5_BITS;
		int32_t j = (int32_t)q - k;

		e10 = (int32_t)q + e2;
		vr = mul_shift(4 * m2, dtoa_pow5[i], j);
		vp = mul_shift(4 * m2 + 2, dtoa_pow5[i], j);
		vm = mul_shift(4 * m2 - 1 - mm_shift, dtoa_pow5[i], j);
		if (q <= 1) {
			/* mv has two trailing zero bits; mm one exactly when mm_shift; mp always one */
			vr_trailing_zeros = true;
			if (accept_bounds)
				vm_trailing_zeros = mm_shift == 1;
			else
				vp--;
		} else if (q < 63) {
			vr_trailing_zeros = multiple_of_pow2(mv, q);
		}
	}

	/* drop digits while the bounds still differ above them */
	if (vm_trailing_zeros || vr_trailing_zeros) {
		/* rare: an exact bound or an exact tie needs the dropped digits tracked */
		for (;;) {
			uint64_t vp10 = vp / 10, vm10 = vm / 10;
			if (vp10 <= vm10)
				break;
			vm_trailing_zeros &= vm % 10 == 0;
			vr_trailing_zeros &= last_removed == 0;
			last_removed = (uint8_t)(vr % 10);
			vr /= 10;
			vp = vp10;
			vm = vm10;
			removed++;
		}
		if (vm_trailing_zeros) {
			while (vm % 10 == 0) {
				vr_trailing_zeros &= last_removed == 0;
				last_removed = (uint8_t)(vr % 10);
				vr /= 10;
				vp /= 10;
				vm /= 10;
				removed++;
			}
		}
		if (vr_trailing_zeros && last_removed == 5 && vr % 2 == 0)
			last_removed = 4; /* exactly halfway: to even */
		output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last_removed >= 5);
	} else {
		bool round_up = false;

		/*
		 * short decimals (0.25, 1.5) lose a dozen digits: four at a time first; then two, and
		 * one, each at most once (twice would have been a larger step)
		 */
		while (drop_digits(&vr, &vp, &vm, 10000, &round_up))
			removed += 4;
		if (drop_digits(&vr, &vp, &vm, 100, &round_up))
			removed += 2;
		if (drop_digits(&vr, &vp, &vm, 10, &round_up))
			removed++;
		output = vr + (vr == vm || round_up);
	}
	e10 += removed;
	/* never true (a multiple of ten within the bounds would have been dropped to); the layout needs it */
	while (output % 10 == 0) {
		output /= 10;
		e10++;
	}
	*digits = output;
	*exp10 = e10;
}

/* The decimal digits of u written backwards from end; returns where they start. */
static char *digits_before(char *end, uint64_t u)
{
	/* two digits a division: 17-digit mantissas are the common case */
	static const char pairs[] = "00010203040506070809101112131415161718192021222324"
				    "25262728293031323334353637383940414243444546474849"
				    "50515253545556575859606162636465666768697071727374"
				    "75767778798081828384858687888990919293949596979899";

	while (u >= 100) {
		const char *pair = pairs + 2 * (u % 100);
		u /= 100;
		*--end = pair[1];
		*--end = pair[0];
	}
	if (u >= 10) {
		*--end = pairs[2 * u + 1];
		*--end = pairs[2 * u];
	} else {
		*--end = (char)('0' + u);
	}
	return end;
}

/* The text of x into out (32 bytes); returns its length. */
static size_t fmt_double(char *out, double x)
{
	char digits[20];
	char *end = digits + sizeof(digits), *p = out, *d;
	uint64_t bits, mantissa;
	int32_t exp10, e;
	int len;

	if (isnan(x))
		return (size_t)(stpcpy(out, "nan") - out);
	if (fabs(x) < 9007199254740992.0 && (double)(int64_t)x == x) {
		/* whole and exact (2^53): 100, not 1e+02; -0 prints as 0 */
		int64_t i = (int64_t)x;
		if (i < 0)
			*p++ = '-';
		d = digits_before(end, i < 0 ? (uint64_t)-i : (uint64_t)i);
		memcpy(p, d, (size_t)(end - d));
		p += end - d;
		*p = '\0';
		return (size_t)(p - out);
	}
	memcpy(&bits, &x, sizeof(bits));
	if (bits >> 63)
		*p++ = '-';
	if (isinf(x))
		return (size_t)(stpcpy(p, "inf") - out);
	shortest_digits(bits & ((UINT64_C(1) << 52) - 1), (uint32_t)(bits >> 52) & 0x7FF, &mantissa, &exp10);
	d = digits_before(end, mantissa);
	len = (int)(end - d);
	e = exp10 + len - 1; /* x = d.ddd * 10^e */

	/* laid out as %g with as many significant digits as there are */
	if (e < -4 || e >= len) {
		*p++ = d[0];
		if (len > 1) {
			*p++ = '.';
			memcpy(p, d + 1, (size_t)len - 1);
			p += len - 1;
		}
		*p++ = 'e';
		*p++ = e < 0 ? '-' : '+';
		if (e < 0)
			e = -e;
		if (e >= 100)
			*p++ = (char)('0' + e / 100);
		*p++ = (char)('0' + e / 10 % 10);
		*p++ = (char)('0' + e % 10);
	} else if (e >= 0) {
		memcpy(p, d, (size_t)e + 1);
		p += e + 1;
		if (len > e + 1) {
			*p++ = '.';
			memcpy(p, d + e + 1, (size_t)(len - e - 1));
			p += len - e - 1;
		}
	} else {
		*p++ = '0';
		*p++ = '.';
		for (int z = -e - 1; z > 0; z--)
			*p++ = '0';
		memcpy(p, d, (size_t)len);
		p += len;
	}
	*p = '\0';
	return (size_t)(p - out);
}

void inn_fmt_double(char *buf, size_t size, double x)
{
	char text[32];
	size_t len = fmt_double(text, x);

	/* as snprintf would: cut to fit, always terminated */
	if (size == 0)
		return;
	if (len >= size)
		len = size - 1;
	memcpy(buf, text, len);
	buf[len] = '\0';
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

void inn_json_text(FILE *out, const char *s)
{
	if (s)
		inn_json_string(out, s);
	else
		fputs("null", out);
}

void inn_json_number(FILE *out, double x)
{
	char buf[64];

	if (!isfinite(x)) {
		fputs("null", out); /* JSON has no NaN */
		return;
	}
	inn_fmt_double(buf, sizeof(buf), x);
	fputs(buf, out);
}

void inn_json_id(FILE *out, const struct inn_node *n)
{
	if (n->id_is_int)
		fputs(n->id, out);
	else
		inn_json_string(out, n->id);
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
