/* test_text.c: inn_fmt_double, the shortest text that reads back as the same double. */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "helpers.h"
#include "innonet/text.h"

static const char *fmt(double x)
{
	static char buf[64];

	inn_fmt_double(buf, sizeof(buf), x);
	return buf;
}

static double from_bits(uint64_t bits)
{
	double x;

	memcpy(&x, &bits, sizeof(x));
	return x;
}

static void fmt_double_should_print_whole_numbers_in_full(void)
{
	/* by hand: below 2^53 every whole number is exact and prints as %.0f would */
	CU_ASSERT_STRING_EQUAL(fmt(0.0), "0");
	CU_ASSERT_STRING_EQUAL(fmt(-0.0), "0");
	CU_ASSERT_STRING_EQUAL(fmt(100.0), "100");
	CU_ASSERT_STRING_EQUAL(fmt(55e6), "55000000");
	CU_ASSERT_STRING_EQUAL(fmt(-7.0), "-7");
	CU_ASSERT_STRING_EQUAL(fmt(1e15), "1000000000000000");
	CU_ASSERT_STRING_EQUAL(fmt(9007199254740991.0), "9007199254740991");
	CU_ASSERT_STRING_EQUAL(fmt(-9007199254740991.0), "-9007199254740991");
}

static void fmt_double_should_print_larger_whole_numbers_without_a_point_while_their_digits_fit(void)
{
	/* digits from Python's repr; fixed while the exponent is below the number of digits, as %g */
	CU_ASSERT_STRING_EQUAL(fmt(9007199254740992.0), "9007199254740992");     /* 2^53 */
	CU_ASSERT_STRING_EQUAL(fmt(9007199254740993.0), "9007199254740992");     /* reads as 2^53 */
	CU_ASSERT_STRING_EQUAL(fmt(9007199254740994.0), "9007199254740994");
	CU_ASSERT_STRING_EQUAL(fmt(18014398509481984.0), "18014398509481984");   /* 2^54: 17 digits */
	CU_ASSERT_STRING_EQUAL(fmt(1e16), "1e+16");
	CU_ASSERT_STRING_EQUAL(fmt(123456789012345678.0), "1.2345678901234568e+17");
	CU_ASSERT_STRING_EQUAL(fmt(9223372036854775808.0), "9.223372036854776e+18"); /* 2^63 */
}

static void fmt_double_should_print_fractions_in_fixed_form_down_to_ten_to_the_minus_four(void)
{
	/* digits from Python's repr */
	CU_ASSERT_STRING_EQUAL(fmt(0.0001), "0.0001");
	CU_ASSERT_STRING_EQUAL(fmt(0.00012345), "0.00012345");
	CU_ASSERT_STRING_EQUAL(fmt(0.1), "0.1");
	CU_ASSERT_STRING_EQUAL(fmt(0.1 + 0.2), "0.30000000000000004");
	CU_ASSERT_STRING_EQUAL(fmt(1.0 / 3.0), "0.3333333333333333");
	CU_ASSERT_STRING_EQUAL(fmt(2.0 / 3.0), "0.6666666666666666");
	CU_ASSERT_STRING_EQUAL(fmt(123.456), "123.456");
	CU_ASSERT_STRING_EQUAL(fmt(-2.5), "-2.5");
	CU_ASSERT_STRING_EQUAL(fmt(1000000000000000.5), "1000000000000000.5");
	CU_ASSERT_STRING_EQUAL(fmt(14442280.427545186), "14442280.427545186"); /* a betweenness */
}

static void fmt_double_should_print_exponents_as_printf_g_does(void)
{
	/* digits from Python's repr; the exponent signed and of two digits at least, as %g */
	CU_ASSERT_STRING_EQUAL(fmt(1e-5), "1e-05");
	CU_ASSERT_STRING_EQUAL(fmt(1.5e-5), "1.5e-05");
	CU_ASSERT_STRING_EQUAL(fmt(4.0374839231207e-06), "4.0374839231207e-06"); /* a PageRank */
	CU_ASSERT_STRING_EQUAL(fmt(1e20), "1e+20");
	CU_ASSERT_STRING_EQUAL(fmt(1e23), "1e+23"); /* %.17g: 9.9999999999999992e+22 */
	CU_ASSERT_STRING_EQUAL(fmt(1e100), "1e+100");
	CU_ASSERT_STRING_EQUAL(fmt(1e-100), "1e-100");
	CU_ASSERT_STRING_EQUAL(fmt(-1.5e300), "-1.5e+300");
	CU_ASSERT_STRING_EQUAL(fmt(DBL_MAX), "1.7976931348623157e+308");
	CU_ASSERT_STRING_EQUAL(fmt(DBL_MIN), "2.2250738585072014e-308");
	CU_ASSERT_STRING_EQUAL(fmt(-DBL_MIN), "-2.2250738585072014e-308");
}

static void fmt_double_should_print_subnormal_numbers_with_their_few_digits(void)
{
	/* Python's repr */
	CU_ASSERT_STRING_EQUAL(fmt(from_bits(1)), "5e-324"); /* 2^-1074 */
	CU_ASSERT_STRING_EQUAL(fmt(from_bits(3)), "1.5e-323");
	CU_ASSERT_STRING_EQUAL(fmt(from_bits(UINT64_C(0x000FFFFFFFFFFFFF))), "2.225073858507201e-308");
}

static void fmt_double_should_find_the_shorter_digits_below_a_power_of_two(void)
{
	/*
	 * Python's repr. Below a power of two doubles lie twice as close as above, so digits
	 * rounded the wrong way from x can still read back: 7.1202363472230444e-307, the 17 digits
	 * x rounds to, is one longer than needed.
	 */
	CU_ASSERT_STRING_EQUAL(fmt(from_bits(UINT64_C(0x0060000000000000))), "7.120236347223045e-307");
	CU_ASSERT_STRING_EQUAL(fmt(from_bits(UINT64_C(0x5120000000000000))), "6.070840288205404e+82");
}

static void fmt_double_should_name_what_is_not_a_number(void)
{
	/* by hand: callers never pass these, but they must print something */
	CU_ASSERT_STRING_EQUAL(fmt(NAN), "nan");
	CU_ASSERT_STRING_EQUAL(fmt(-NAN), "nan");
	CU_ASSERT_STRING_EQUAL(fmt(INFINITY), "inf");
	CU_ASSERT_STRING_EQUAL(fmt(-INFINITY), "-inf");
}

static void fmt_double_should_cut_the_text_to_the_buffer_as_snprintf_does(void)
{
	char buf[8];

	/* by hand: at most size bytes, the last of them the terminating NUL */
	memset(buf, 'x', sizeof(buf));
	inn_fmt_double(buf, 4, 0.123456);
	CU_ASSERT_STRING_EQUAL(buf, "0.1");
	CU_ASSERT_EQUAL(buf[4], 'x');
	memset(buf, 'x', sizeof(buf));
	inn_fmt_double(buf, 1, 12345.0);
	CU_ASSERT_EQUAL(buf[0], '\0');
	CU_ASSERT_EQUAL(buf[1], 'x');
	memset(buf, 'x', sizeof(buf));
	inn_fmt_double(buf, 0, 12345.0);
	CU_ASSERT_EQUAL(buf[0], 'x');
}

/* The significant digits of a number's text: no sign, point, exponent, leading or trailing zeros. */
static int significant_digits(const char *s)
{
	char d[64];
	size_t n = 0, first;

	for (; *s && *s != 'e'; s++)
		if (*s >= '0' && *s <= '9')
			d[n++] = *s;
	for (first = 0; first < n && d[first] == '0'; first++)
		;
	while (n > first && d[n - 1] == '0')
		n--;
	return (int)(n - first);
}

static uint64_t splitmix64(uint64_t *state)
{
	uint64_t z = (*state += UINT64_C(0x9E3779B97F4A7C15));

	z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
	z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
	return z ^ (z >> 31);
}

static void fmt_double_should_read_back_exactly_with_no_digit_to_spare(void)
{
	uint64_t state = 20180618; /* fixed, so a failure repeats */
	char buf[64], ref[64], fewer[64];
	int failures = 0;

	for (int i = 0; i < 100000; i++) {
		uint64_t r = splitmix64(&state);
		double x;
		int digits;

		/* any bit pattern, and the kinds of number the measures give */
		switch (i % 4) {
		case 0: x = from_bits(r); break;
		case 1: x = (double)(r >> 11) * 0x1p-53; break;
		case 2: x = 1e-7 + (double)(r >> 11) * 0x1p-53 * 1e-4; break;
		default: x = (double)(r >> 11) * 0x1p-53 * 3e7; break;
		}
		if (!isfinite(x))
			continue;
		inn_fmt_double(buf, sizeof(buf), x);
		snprintf(ref, sizeof(ref), "%.17g", x);
		digits = significant_digits(buf);
		/* x rounded to one digit fewer must not read back, or that would have been shorter */
		if (digits > 1)
			snprintf(fewer, sizeof(fewer), "%.*e", digits - 2, x);
		if (strtod(buf, NULL) != x || digits > significant_digits(ref) ||
		    (digits > 1 && strtod(fewer, NULL) == x)) {
			if (failures++ < 5)
				fprintf(stderr, "\n%a printed as %s (%%.17g: %s)", x, buf, ref);
		}
	}
	CU_ASSERT_EQUAL(failures, 0);
}

static CU_TestInfo tests[] = {
	TEST(fmt_double_should_print_whole_numbers_in_full),
	TEST(fmt_double_should_print_larger_whole_numbers_without_a_point_while_their_digits_fit),
	TEST(fmt_double_should_print_fractions_in_fixed_form_down_to_ten_to_the_minus_four),
	TEST(fmt_double_should_print_exponents_as_printf_g_does),
	TEST(fmt_double_should_print_subnormal_numbers_with_their_few_digits),
	TEST(fmt_double_should_find_the_shorter_digits_below_a_power_of_two),
	TEST(fmt_double_should_name_what_is_not_a_number),
	TEST(fmt_double_should_cut_the_text_to_the_buffer_as_snprintf_does),
	TEST(fmt_double_should_read_back_exactly_with_no_digit_to_spare),
	CU_TEST_INFO_NULL,
};

int add_text_suite(void)
{
	return add_suite("text", tests);
}
