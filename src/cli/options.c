/* options.c: one option parser for every command, driven by the command's option table. */
#include "innonet/options.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int find_long(const struct inn_args *a, const char *name, size_t len)
{
	for (size_t i = 0; i < a->noptions; i++)
		if (strlen(a->options[i].name) == len && strncmp(a->options[i].name, name, len) == 0)
			return (int)i;
	return -1;
}

static int index_of(const struct inn_args *a, const char *name);

static int find_short(const struct inn_args *a, char c)
{
	for (size_t i = 0; i < a->noptions; i++)
		if (a->options[i].short_name == c)
			return (int)i;
	return -1;
}

bool inn_option_is_list(const struct inn_option *o)
{
	return o->arg && strstr(o->arg, "[,") != NULL;
}

/*
 * Option k given with value. A second value of a list option is gathered (given[k], its
 * capacity doubling, so that a long command line costs linear time); a second value of any other
 * option is refused, naming both.
 */
static int add_value(struct inn_args *a, int k, const char *value, struct inn_error *err)
{
	const struct inn_option *o = &a->options[k];

	if (!a->value[k]) {
		a->value[k] = value;
		return 0;
	}
	if (!inn_option_is_list(o))
		return inn_error_set(err, INN_EINPUT, "%s: option '--%s' given twice ('%s', then '%s'): give it once",
				     a->command, o->name, a->value[k], value);
	size_t n = a->ngiven[k] ? a->ngiven[k] : 1;
	if ((n & (n - 1)) == 0) { /* n is a power of two: the array is full */
		const char **grown = realloc(a->given[k], 2 * n * sizeof(*grown));
		if (!grown)
			return inn_error_set(err, INN_EFAIL, "out of memory");
		a->given[k] = grown;
	}
	if (!a->ngiven[k])
		a->given[k][0] = a->value[k];
	a->given[k][n] = value;
	a->ngiven[k] = n + 1;
	return 0;
}

/* Each list option given more than once: its values joined by ',', what inn_arg() returns. */
static int join_lists(struct inn_args *a, struct inn_error *err)
{
	for (size_t k = 0; k < a->noptions; k++) {
		size_t len = 0;
		if (!a->ngiven[k])
			continue;
		for (size_t i = 0; i < a->ngiven[k]; i++)
			len += strlen(a->given[k][i]) + 1;
		if (!(a->joined[k] = malloc(len)))
			return inn_error_set(err, INN_EFAIL, "out of memory");
		char *p = a->joined[k];
		for (size_t i = 0; i < a->ngiven[k]; i++) {
			size_t n = strlen(a->given[k][i]);
			memcpy(p, a->given[k][i], n);
			p[n] = i + 1 < a->ngiven[k] ? ',' : '\0';
			p += n + 1;
		}
		a->value[k] = a->joined[k];
	}
	return 0;
}

int inn_args_parse(struct inn_args *a, const char *command, const struct inn_option *options, size_t noptions,
		   int argc, char **argv, size_t max_operands, struct inn_error *err)
{
	bool options_done = false;

	memset(a, 0, sizeof(*a));
	a->command = command;
	a->options = options;
	if (noptions > INN_MAX_OPTIONS)
		return inn_error_set(err, INN_EFAIL, "%s: %zu options in its table, more than INN_MAX_OPTIONS (%d)", command,
				     noptions, INN_MAX_OPTIONS);
	a->noptions = noptions;
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i], *value = NULL;
		int k;

		if (options_done || arg[0] != '-' || strcmp(arg, "-") == 0) {
			if (a->noperands >= max_operands || a->noperands >= INN_MAX_OPERANDS)
				return inn_error_set(err, INN_EINPUT, "%s: unexpected argument '%s' (see 'innonet %s --help')",
						     command, arg, command);
			a->operand[a->noperands++] = arg;
			continue;
		}
		if (strcmp(arg, "--") == 0) {
			options_done = true;
			continue;
		}
		if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
			a->help = true;
			continue;
		}
		if (arg[1] == '-') {
			const char *eq = strchr(arg + 2, '=');
			size_t len = eq ? (size_t)(eq - arg - 2) : strlen(arg + 2);
			if ((k = find_long(a, arg + 2, len)) < 0)
				return inn_error_set(err, INN_EINPUT, "%s: unknown option '--%.*s' (see 'innonet %s --help')",
						     command, (int)len, arg + 2, command);
			if (eq)
				value = eq + 1;
		} else {
			if ((k = find_short(a, arg[1])) < 0)
				return inn_error_set(err, INN_EINPUT, "%s: unknown option '-%c' (see 'innonet %s --help')",
						     command, arg[1], command);
			if (arg[2])
				value = arg + 2;
		}
		const struct inn_option *o = &options[k];
		if (!o->arg) {
			if (value)
				return inn_error_set(err, INN_EINPUT, "%s: option '--%s' takes no value", command,
						     o->name);
			a->value[k] = "";
			continue;
		}
		if (!value) {
			if (i + 1 >= argc)
				return inn_error_set(err, INN_EINPUT, "%s: option '--%s' needs a value (%s)", command,
						     o->name, o->arg);
			value = argv[++i];
		}
		if (add_value(a, k, value, err) < 0)
			return -1;
	}
	return join_lists(a, err);
}

void inn_args_release(struct inn_args *a)
{
	for (size_t k = 0; k < INN_MAX_OPTIONS; k++) {
		free(a->joined[k]);
		free(a->given[k]);
		a->joined[k] = NULL;
		a->given[k] = NULL;
		a->ngiven[k] = 0;
	}
}

size_t inn_arg_count(const struct inn_args *a, const char *name)
{
	int k = index_of(a, name);

	return a->ngiven[k] ? a->ngiven[k] : a->value[k] != NULL;
}

const char *inn_arg_nth(const struct inn_args *a, const char *name, size_t n)
{
	int k = index_of(a, name);

	if (a->ngiven[k])
		return n < a->ngiven[k] ? a->given[k][n] : NULL;
	return n == 0 ? a->value[k] : NULL;
}

bool inn_has_option(const struct inn_args *a, const char *name)
{
	return find_long(a, name, strlen(name)) >= 0;
}

static int index_of(const struct inn_args *a, const char *name)
{
	int k = find_long(a, name, strlen(name));

	if (k < 0)
		abort(); /* a command asked for an option its table lacks: a programming error */
	return k;
}

const char *inn_arg(const struct inn_args *a, const char *name)
{
	return a->value[index_of(a, name)];
}

bool inn_flag(const struct inn_args *a, const char *name)
{
	return a->value[index_of(a, name)] != NULL;
}

void inn_options_help(FILE *out, const struct inn_option *options, size_t noptions)
{
	for (size_t i = 0; i < noptions; i++) {
		const struct inn_option *o = &options[i];
		char head[64];
		int n;

		if (o->short_name)
			n = snprintf(head, sizeof(head), "-%c, --%s%s%s", o->short_name, o->name, o->arg ? " " : "",
				     o->arg ? o->arg : "");
		else
			n = snprintf(head, sizeof(head), "    --%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		if (n < 26)
			fprintf(out, "  %-26s%s\n", head, o->help);
		else
			fprintf(out, "  %s\n  %-26s%s\n", head, "", o->help);
	}
	fprintf(out, "  %-26s%s\n", "-h, --help", "show this help and exit");
}

bool inn_parse_count(const char *s, size_t *out)
{
	char *end;
	unsigned long long v;

	if (!s || !*s || strspn(s, "0123456789") != strlen(s))
		return false;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno || *end)
		return false;
	*out = (size_t)v;
	return true;
}

bool inn_parse_real(const char *s, double *out)
{
	char *end;
	double v;

	if (!s || !*s)
		return false;
	errno = 0;
	v = strtod(s, &end);
	if (errno || *end || !isfinite(v))
		return false;
	*out = v;
	return true;
}

void inn_help_wrap(FILE *out, const char *first, int indent, const char *text)
{
	int col = fprintf(out, "%-*s", indent, first);

	while (*text) {
		size_t word = strcspn(text, " ");
		if (col > indent && col + 1 + (int)word > 79) {
			fprintf(out, "\n%*s", indent, "");
			col = indent;
		} else if (col > indent) {
			fputc(' ', out);
			col++;
		}
		col += fprintf(out, "%.*s", (int)word, text);
		text += word;
		text += strspn(text, " ");
	}
	fputc('\n', out);
}
