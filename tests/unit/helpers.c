/* helpers.c: fixture paths and the reader of NetworkX reference tables. */
#include "helpers.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "innonet/graph.h"
#include "innonet/load.h"

const char *fixture(const char *name)
{
	static char path[4096];

	snprintf(path, sizeof(path), "%s/tests/fixtures/%s", INN_SOURCE_DIR, name);
	return path;
}

struct inn_model *load_fixture(const char *name)
{
	struct inn_error err;
	struct inn_model *m;

	inn_error_init(&err);
	m = inn_load(fixture(name), &err);
	if (!m)
		fprintf(stderr, "\nfixture %s did not load: %s\n", name, err.msg);
	CU_ASSERT_PTR_NOT_NULL(m);
	return m;
}

struct inn_model *load_fixture_net(const char *name, struct inn_net *net)
{
	struct inn_model *m = load_fixture(name);
	struct inn_error err;
	int rc;

	CU_ASSERT_PTR_NOT_NULL_FATAL(m);
	inn_error_init(&err);
	if ((rc = inn_net_init(net, m, &err)) != 0)
		fprintf(stderr, "\nfixture %s: no network: %s\n", name, err.msg);
	CU_ASSERT_EQUAL_FATAL(rc, 0);
	return m;
}

struct inn_model *load_text(const char *json, const char *name)
{
	struct inn_error err;
	struct inn_model *m;

	inn_error_init(&err);
	m = inn_load_json(json, strlen(json), name, &err);
	if (!m)
		fprintf(stderr, "\n%s\n", err.msg);
	CU_ASSERT_PTR_NOT_NULL(m);
	return m;
}

void assert_contains(const char *text, ...)
{
	va_list ap;
	const char *want;

	va_start(ap, text);
	while ((want = va_arg(ap, const char *))) {
		bool found = text && strstr(text, want);
		if (!found)
			fprintf(stderr, "\nmissing: %s\n", want);
		CU_ASSERT(found);
	}
	va_end(ap);
}

void assert_node_ids(const struct inn_model *m, ...)
{
	va_list ap;
	const char *want;
	size_t n = 0;

	va_start(ap, m);
	while ((want = va_arg(ap, const char *))) {
		/* past the model's last node there is nothing to compare: the count below fails */
		if (n < m->nnodes) {
			if (strcmp(m->nodes[n].id, want) != 0)
				fprintf(stderr, "\nnodes[%zu]: got '%s', want '%s'\n", n, m->nodes[n].id, want);
			CU_ASSERT_STRING_EQUAL(m->nodes[n].id, want);
		}
		n++;
	}
	va_end(ap);
	CU_ASSERT_EQUAL(m->nnodes, n);
}

char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	long n;

	if (!f)
		return NULL;
	if (fseek(f, 0, SEEK_END) == 0 && (n = ftell(f)) >= 0 && fseek(f, 0, SEEK_SET) == 0 &&
	    (buf = malloc((size_t)n + 1)) && fread(buf, 1, (size_t)n, f) == (size_t)n) {
		buf[n] = '\0';
		if (len)
			*len = (size_t)n;
	} else {
		free(buf);
		buf = NULL;
	}
	fclose(f);
	return buf;
}

/* Split line at commas in place (the reference files hold no quoted cells). */
static size_t split(char *line, char **fields, size_t max)
{
	size_t n = 0;

	for (char *save = NULL, *f = strtok_r(line, ",\n", &save); f && n < max; f = strtok_r(NULL, ",\n", &save))
		fields[n++] = f;
	return n;
}

bool ref_load(struct ref_table *t, const char *name)
{
	char path[256], *buf, *save = NULL, *fields[64];
	size_t row = 0;

	memset(t, 0, sizeof(*t));
	snprintf(path, sizeof(path), "ref/%s.csv", name);
	if (!(buf = slurp(fixture(path), NULL)))
		return false;
	for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if (line[0] == '#')
			continue;
		if (!t->cols) {
			t->ncols = split(line, fields, 64);
			t->cols = calloc(t->ncols, sizeof(*t->cols));
			for (size_t c = 0; c < t->ncols; c++)
				t->cols[c] = strdup(fields[c]);
			continue;
		}
		size_t n = split(line, fields, 64);
		if (n != t->ncols)
			continue;
		t->ids = realloc(t->ids, (row + 1) * sizeof(*t->ids));
		t->vals = realloc(t->vals, (row + 1) * t->ncols * sizeof(*t->vals));
		t->ids[row] = strdup(fields[0]);
		for (size_t c = 1; c < n; c++)
			t->vals[row * t->ncols + c] = strtod(fields[c], NULL);
		row++;
	}
	t->nrows = row;
	free(buf);
	return t->ncols > 1 && t->nrows > 0;
}

void ref_free(struct ref_table *t)
{
	for (size_t c = 0; c < t->ncols; c++)
		free(t->cols[c]);
	for (size_t r = 0; r < t->nrows; r++)
		free(t->ids[r]);
	free(t->cols);
	free(t->ids);
	free(t->vals);
	memset(t, 0, sizeof(*t));
}

int ref_col(const struct ref_table *t, const char *name)
{
	for (size_t c = 0; c < t->ncols; c++)
		if (strcmp(t->cols[c], name) == 0)
			return (int)c;
	return -1;
}

int add_suite(const char *name, CU_TestInfo *tests)
{
	return add_suite_with(name, tests, NULL, NULL);
}

int add_suite_with(const char *name, CU_TestInfo *tests, CU_InitializeFunc init, CU_CleanupFunc clean)
{
	CU_pSuite s = CU_add_suite(name, init, clean);

	if (!s)
		return CU_get_error();
	for (CU_TestInfo *t = tests; t->pName; t++)
		if (!CU_add_test(s, t->pName, t->pTestFunc))
			return CU_get_error();
	return CUE_SUCCESS;
}
