/* options.h: command-line options declared as a table, parsed and documented from the same rows. */
#ifndef INNONET_OPTIONS_H
#define INNONET_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "innonet/error.h"

struct inn_option {
	const char *name;  /* long name, without "--" */
	char short_name;   /* 0 when there is none */
	const char *arg;   /* what the value is ("FILE"), or NULL for a flag */
	const char *help;  /* one line for --help */
};

#define INN_MAX_OPTIONS 48
#define INN_MAX_OPERANDS 8

/*
 * The parsed command line of one command. Every pointer borrows from argv or the option table,
 * except joined[i], owned: inn_args_release() frees it.
 */
struct inn_args {
	const char *command;                       /* the command's name */
	const struct inn_option *options;          /* its table */
	size_t noptions;
	const char *value[INN_MAX_OPTIONS];        /* value of option i; "" for a flag given; NULL if absent */
	char *joined[INN_MAX_OPTIONS];             /* a list option given more than once: its values, joined by ',' */
	const char **given[INN_MAX_OPTIONS];       /* a list option's values, one per time given; owned array */
	size_t ngiven[INN_MAX_OPTIONS];
	const char *operand[INN_MAX_OPERANDS];     /* arguments that are not options, in order */
	size_t noperands;
	bool help;                                 /* --help or -h was given */
};

/*
 * Parse argv (argv[0] is the command name) against options: --name VALUE, --name=VALUE,
 * -s VALUE, -sVALUE, flags, "--" ending the options, and "-" as an operand (stdin).
 * An option given twice is refused when it takes one value (--title A --title B would keep
 * only one of them in silence); a list option, whose value reads "X[,X]" in its table, gathers
 * its values (-k a -k b is -k a,b); a flag given twice is the flag. A table longer than
 * INN_MAX_OPTIONS is refused: a programming error, said rather than options dropped.
 * The caller calls inn_args_release() after, whatever the result.
 */
int inn_args_parse(struct inn_args *a, const char *command, const struct inn_option *options, size_t noptions,
		   int argc, char **argv, size_t max_operands, struct inn_error *err);

/* Free what inn_args_parse() allocated; a zeroed or parsed a. */
void inn_args_release(struct inn_args *a);

/* Whether option name takes a list ("X[,X]"): given twice, its values are gathered. */
bool inn_option_is_list(const struct inn_option *o);

/*
 * The values of a list option one by one, as given on the command line: how many, and the k-th.
 * For a command where one argument is one item even when it holds a comma (whatif --remove 'A, B').
 */
size_t inn_arg_count(const struct inn_args *a, const char *name);
const char *inn_arg_nth(const struct inn_args *a, const char *name, size_t k);

/* Whether the command's table has an option of that name. */
bool inn_has_option(const struct inn_args *a, const char *name);

/* The value of option name, or NULL when it was not given. name must be in the table. */
const char *inn_arg(const struct inn_args *a, const char *name);
bool inn_flag(const struct inn_args *a, const char *name);

/* Print the option table as the options part of --help. */
void inn_options_help(FILE *out, const struct inn_option *options, size_t noptions);

/* Print text wrapped to 79 columns, the first line after `first` and the others indented by indent. */
void inn_help_wrap(FILE *out, const char *first, int indent, const char *text);

/* Parse a whole non-negative number, as for --top; false when s is not one. */
bool inn_parse_count(const char *s, size_t *out);
/* Parse a finite number, as for --damping; false when s is not one. */
bool inn_parse_real(const char *s, double *out);

#endif
