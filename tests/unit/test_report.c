/* test_report.c: the report's building blocks: SHA-256, base64 and HTML escaping. */
#include <stdlib.h>
#include <string.h>

#include <CUnit/CUnit.h>

#include "helpers.h"
#include "innonet/report_html.h"
#include "innonet/sha256.h"

static void hex_of(const void *data, size_t len, char hex[65])
{
	struct inn_sha256 h;

	inn_sha256_init(&h);
	inn_sha256_update(&h, data, len);
	inn_sha256_hex(&h, hex);
}

static void sha256_should_match_the_fips_180_examples(void)
{
	char hex[65];

	/* FIPS 180-4 / NIST CSRC examples, also what `sha256sum` prints for these inputs */
	hex_of("", 0, hex);
	CU_ASSERT_STRING_EQUAL(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	hex_of("abc", 3, hex);
	CU_ASSERT_STRING_EQUAL(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	/* 56 bytes: the padding needs a second block */
	hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, hex);
	CU_ASSERT_STRING_EQUAL(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

static void sha256_should_not_depend_on_how_the_input_is_split(void)
{
	struct inn_sha256 h;
	char chunk[1000], hex[65];

	/* one million 'a' (FIPS 180-4 example), fed 1000 bytes at a time and then 7 + 993 */
	memset(chunk, 'a', sizeof(chunk));
	inn_sha256_init(&h);
	for (int i = 0; i < 999; i++)
		inn_sha256_update(&h, chunk, sizeof(chunk));
	inn_sha256_update(&h, chunk, 7);
	inn_sha256_update(&h, chunk, 993);
	inn_sha256_hex(&h, hex);
	CU_ASSERT_STRING_EQUAL(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

static void base64_should_match_the_rfc_4648_examples(void)
{
	static const char *const in[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar"};
	static const char *const want[] = {"", "Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"};
	char buf[16];

	for (size_t i = 0; i < sizeof(in) / sizeof(in[0]); i++) {
		inn_base64(buf, (const unsigned char *)in[i], strlen(in[i]));
		CU_ASSERT_STRING_EQUAL(buf, want[i]);
	}
}

static void html_escape_should_neutralise_markup_quotes_and_controls(void)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);

	CU_ASSERT_PTR_NOT_NULL_FATAL(out);
	inn_html_escape(out, "<script>alert('x')</script> \"a\" & b\x01\x7f");
	inn_html_escape(out, NULL);
	fclose(out);
	/* by hand: the five HTML metacharacters as entities, control characters as '?' */
	CU_ASSERT_STRING_EQUAL(buf, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;a&quot; &amp; b??");
	free(buf);
}

static CU_TestInfo tests[] = {
	TEST(sha256_should_match_the_fips_180_examples),
	TEST(sha256_should_not_depend_on_how_the_input_is_split),
	TEST(base64_should_match_the_rfc_4648_examples),
	TEST(html_escape_should_neutralise_markup_quotes_and_controls),
	CU_TEST_INFO_NULL,
};

int add_report_suite(void)
{
	return add_suite("report", tests);
}
