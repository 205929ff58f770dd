/* main.c: start-up, command lookup, the standard-output check and the exit status. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "innonet/commands.h"
#include "innonet/graph.h"
#include "innonet/output.h"

/* Output to stdout is only known to have worked once it is flushed and closed. */
static int check_stdout(struct inn_error *err)
{
	if (fflush(stdout) != 0 || ferror(stdout))
		return inn_error_set(err, INN_EFAIL, "write error on standard output: %s", strerror(errno));
	if (fclose(stdout) != 0)
		return inn_error_set(err, INN_EFAIL, "write error on standard output: %s", strerror(errno));
	return 0;
}

int main(int argc, char **argv)
{
	const struct inn_command *cmd;
	struct inn_error err;
	struct inn_args args = {0};

	inn_output_guard_std_fds();
	inn_error_init(&err);
	inn_igraph_setup(INN_SEED);
	if (argc < 2) {
		inn_main_help(stderr);
		return INN_EINPUT;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "help") == 0) {
		if (argc > 2 && (cmd = inn_command_find(argv[2])))
			inn_command_help(stdout, cmd);
		else
			inn_main_help(stdout);
	} else if (strcmp(argv[1], "--version") == 0) {
		inn_version(stdout);
	} else if (!(cmd = inn_command_find(argv[1]))) {
		inn_error_set(&err, INN_EINPUT, "'%s' is not a command (see 'innonet --help')", argv[1]);
	} else if (inn_args_parse(&args, cmd->name, cmd->options, cmd->noptions, argc - 1, argv + 1,
				  cmd->max_operands, &err) == 0) {
		if (args.help)
			inn_command_help(stdout, cmd);
		else if (inn_cmd_note_inputs(&args, &err) == 0 && cmd->run(&args, &err) < 0 && !inn_error_is_set(&err))
			inn_error_set(&err, INN_EFAIL, "%s: failed", cmd->name); /* a failure must not exit 0 */
	}
	inn_args_release(&args);
	if (!inn_error_is_set(&err))
		check_stdout(&err);
	if (inn_error_is_set(&err)) {
		inn_notices_drop();
		inn_error_print(&err);
		return err.status;
	}
	inn_notices_flush();
	return INN_OK;
}
