/* test_output.c: output files appear whole or not at all. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers.h"
#include "innonet/inputs.h"
#include "innonet/output.h"

static char dir[] = "/tmp/innonet-test-XXXXXX";

static int setup(void)
{
	return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* Number of entries in the test directory (temporary files included). */
static int entries(void)
{
	DIR *d = opendir(dir);
	int n = 0;

	for (struct dirent *e; d && (e = readdir(d));)
		n += strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0;
	if (d)
		closedir(d);
	return n;
}

/* Write text to name in the test directory, an existing file a test starts from; its path goes
 * to path (256 bytes). */
static void put_file(char *path, const char *name, const char *text)
{
	FILE *f;

	snprintf(path, 256, "%s/%s", dir, name);
	f = fopen(path, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	fputs(text, f);
	fclose(f);
}

static void commit_should_leave_exactly_the_file(void)
{
	struct inn_output o;
	struct inn_error err;
	char path[256], *text;

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/out.csv", dir);
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&o, path, &err), 0);
	fputs("rank,id\n", o.fp);
	CU_ASSERT_EQUAL(access(path, F_OK), -1); /* nothing at the final path until commit */
	CU_ASSERT_EQUAL(inn_output_commit(&o, &err), 0);
	text = slurp(path, NULL);
	CU_ASSERT_STRING_EQUAL(text, "rank,id\n");
	free(text);
	CU_ASSERT_EQUAL(entries(), 1);
	unlink(path);
}

/* Open name in the test directory as an output and write the start of an SVG into it, as a run
 * does before it is cut short; 0, or -1 when the output does not open. */
static int start_svg(struct inn_output *o, const char *name)
{
	struct inn_error err;
	char path[256];

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (inn_output_open(o, path, &err) < 0)
		return -1;
	fputs("<svg>", o->fp);
	return 0;
}

static void abort_should_leave_nothing(void)
{
	struct inn_output o;

	CU_ASSERT_EQUAL_FATAL(start_svg(&o, "half.svg"), 0);
	inn_output_abort(&o);
	CU_ASSERT_EQUAL(entries(), 0);
}

static void open_should_refuse_to_write_over_the_input(void)
{
	struct inn_output o;
	struct inn_error err;
	char path[256], same[300];
	FILE *f;

	inn_error_init(&err);
	put_file(path, "model.json", "{}");
	snprintf(same, sizeof(same), "%s/./model.json", dir); /* another spelling of the same file */
	f = fopen(path, "r");
	CU_ASSERT_EQUAL(inn_input_note(fileno(f), "model", &err), 0);
	fclose(f);
	CU_ASSERT_EQUAL(inn_output_open(&o, same, &err), -1);
	inn_input_reset();
	CU_ASSERT_EQUAL(err.status, INN_EINPUT);
	CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "refusing to write over the input model"));
	CU_ASSERT_EQUAL(entries(), 1);
	unlink(path);
}

static void open_should_fail_cleanly_in_a_missing_directory(void)
{
	struct inn_output o;
	struct inn_error err;
	char path[256], want[400];

	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/no/such/out.svg", dir);
	CU_ASSERT_EQUAL(inn_output_open(&o, path, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EFAIL);
	snprintf(want, sizeof(want), "%s: cannot create output: No such file or directory", path);
	CU_ASSERT_STRING_EQUAL(err.msg, want);
}

static bool is_char_device(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISCHR(st.st_mode);
}

static void a_full_disk_should_fail_with_status_1_and_keep_the_device(void)
{
	struct inn_output o;
	struct inn_error err;

	if (!is_char_device("/dev/full"))
		return; /* no /dev/full here: nothing to test */
	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&o, "/dev/full", &err), 0);
	CU_ASSERT_PTR_NULL(o.tmp); /* a device is written in place */
	for (int i = 0; i < 10000; i++)
		fputs("rank,id,label,kind,score\n", o.fp);
	CU_ASSERT_EQUAL(inn_output_commit(&o, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EFAIL);
	CU_ASSERT_STRING_EQUAL(err.msg, "/dev/full: write error: No space left on device");
	/* renaming a file over it would have replaced the device (as root) */
	CU_ASSERT_TRUE(is_char_device("/dev/full"));
}

static void a_device_should_be_written_in_place(void)
{
	struct inn_output o;
	struct inn_error err;

	inn_error_init(&err);
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&o, "/dev/null", &err), 0);
	fputs("<svg/>\n", o.fp);
	CU_ASSERT_EQUAL(inn_output_commit(&o, &err), 0);
	CU_ASSERT_TRUE(is_char_device("/dev/null"));
}

static void open_should_refuse_a_directory(void)
{
	struct inn_output o;
	struct inn_error err;
	char want[400];

	inn_error_init(&err);
	CU_ASSERT_EQUAL(inn_output_open(&o, dir, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EFAIL);
	snprintf(want, sizeof(want), "%s: cannot write output: Is a directory", dir);
	CU_ASSERT_STRING_EQUAL(err.msg, want);
	CU_ASSERT_EQUAL(entries(), 0);
}

/* Run fn in a child process; its exit status (or 128 + the signal that ended it). */
static int in_child(int (*fn)(void))
{
	int status;
	pid_t pid;

	fflush(NULL);
	if ((pid = fork()) == 0)
		_exit(fn());
	if (pid < 0 || waitpid(pid, &status, 0) != pid)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static int write_then_get_terminated(void)
{
	struct inn_output o;

	if (start_svg(&o, "interrupted.svg") < 0)
		return 1;
	fflush(o.fp);
	raise(SIGTERM); /* as a Ctrl-C or kill would, half-way through */
	return 2;
}

static void an_interrupted_run_should_leave_no_file(void)
{
	CU_ASSERT_EQUAL(in_child(write_then_get_terminated), 128 + SIGTERM);
	CU_ASSERT_EQUAL(entries(), 0);
}

/* Signals no handler can clean up after: the file must have had no name to leave behind. */
static int write_then_die(int sig)
{
	struct inn_output o;

	if (start_svg(&o, "killed.svg") < 0)
		return 1;
	for (int i = 1; i < 10000; i++)
		fputs("<svg>", o.fp);
	fflush(o.fp);
	signal(sig, SIG_DFL); /* as a crash inside a library would, or kill -9 */
	raise(sig);
	return 2;
}

static int write_then_get_killed(void) { return write_then_die(SIGKILL); }
static int write_then_crash(void) { return write_then_die(SIGSEGV); }
static int write_then_quit(void) { return write_then_die(SIGQUIT); }

static void a_killed_or_crashed_run_should_leave_no_file(void)
{
	CU_ASSERT_EQUAL(in_child(write_then_get_killed), 128 + SIGKILL);
	CU_ASSERT_EQUAL(entries(), 0);
	CU_ASSERT_EQUAL(in_child(write_then_crash), 128 + SIGSEGV);
	CU_ASSERT_EQUAL(entries(), 0);
	CU_ASSERT_EQUAL(in_child(write_then_quit), 128 + SIGQUIT);
	CU_ASSERT_EQUAL(entries(), 0);
}

/* Two outputs, the second on a full disk: neither path changes. */
static void commit_all_should_write_every_output_or_none(void)
{
	struct inn_output a, b;
	struct inn_output *const both[] = {&a, &b};
	struct inn_error err;
	char path[256], *text;

	inn_error_init(&err);
	put_file(path, "table.csv", "old\n");
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&a, path, &err), 0);
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&b, "/dev/full", &err), 0);
	fputs("new\n", a.fp);
	fputs("<svg/>\n", b.fp);
	CU_ASSERT_EQUAL(inn_output_commit_all(both, 2, &err), -1);
	CU_ASSERT_EQUAL(err.status, INN_EFAIL);
	text = slurp(path, NULL);
	CU_ASSERT_STRING_EQUAL(text, "old\n");
	free(text);
	CU_ASSERT_EQUAL(entries(), 1);
	unlink(path);
}

/* A file written over keeps its mode: a private output stays private. */
static void commit_should_keep_the_mode_of_the_file_it_replaces(void)
{
	struct inn_output o;
	struct inn_error err;
	struct stat st;
	char path[256];

	inn_error_init(&err);
	put_file(path, "private.csv", "");
	chmod(path, 0600);
	CU_ASSERT_EQUAL_FATAL(inn_output_open(&o, path, &err), 0);
	fputs("x\n", o.fp);
	CU_ASSERT_EQUAL(inn_output_commit(&o, &err), 0);
	CU_ASSERT_EQUAL(stat(path, &st), 0);
	CU_ASSERT_EQUAL(st.st_mode & 07777, 0600);
	unlink(path);
}

static int write_then_exit(void)
{
	struct inn_output o;

	if (start_svg(&o, "exited.svg") < 0)
		return 1;
	exit(3); /* as Graphviz 2.42 does on some write errors */
}

static void a_library_calling_exit_should_leave_no_file(void)
{
	CU_ASSERT_EQUAL(in_child(write_then_exit), 3);
	CU_ASSERT_EQUAL(entries(), 0);
}

static int write_past_the_file_size_limit(void)
{
	struct rlimit rl = {4096, 4096};
	struct inn_output o;
	struct inn_error err;
	char path[256];

	/* a disk that fills up: writes past 4 KiB fail with EFBIG instead of killing the process */
	signal(SIGXFSZ, SIG_IGN);
	if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
		return 10;
	inn_error_init(&err);
	snprintf(path, sizeof(path), "%s/big.csv", dir);
	if (inn_output_open(&o, path, &err) < 0)
		return 11;
	for (int i = 0; i < 1000; i++)
		fputs("1,DOE-labs,DOE national laboratories,lab_system,901.236364\n", o.fp);
	if (inn_output_commit(&o, &err) != -1 || err.status != INN_EFAIL)
		return 12;
	char want[400];
	snprintf(want, sizeof(want), "%s: write error: File too large", path);
	return strcmp(err.msg, want) == 0 ? 0 : 13;
}

static void a_write_error_should_fail_with_status_1_and_leave_no_file(void)
{
	CU_ASSERT_EQUAL(in_child(write_past_the_file_size_limit), 0);
	CU_ASSERT_EQUAL(entries(), 0);
}

static int closed_stdout_then_open_a_file(void)
{
	char path[256];
	int fd;

	close(STDOUT_FILENO);
	inn_output_guard_std_fds();
	/* the next file opened must not become descriptor 1 */
	snprintf(path, sizeof(path), "%s/model.json", dir);
	fd = open(path, O_WRONLY | O_CREAT, 0600);
	unlink(path);
	if (fd == STDOUT_FILENO)
		return 1;
	/* and writing to standard output still fails, so the failure is reported */
	if (write(STDOUT_FILENO, "x", 1) != -1 || errno != EBADF)
		return 2;
	return 0;
}

static void a_closed_standard_output_should_stay_an_error(void)
{
	CU_ASSERT_EQUAL(in_child(closed_stdout_then_open_a_file), 0);
}

static CU_TestInfo tests[] = {
	TEST(commit_should_leave_exactly_the_file),
	TEST(abort_should_leave_nothing),
	TEST(open_should_refuse_to_write_over_the_input),
	TEST(open_should_fail_cleanly_in_a_missing_directory),
	TEST(a_full_disk_should_fail_with_status_1_and_keep_the_device),
	TEST(a_device_should_be_written_in_place),
	TEST(open_should_refuse_a_directory),
	TEST(an_interrupted_run_should_leave_no_file),
	TEST(a_library_calling_exit_should_leave_no_file),
	TEST(a_killed_or_crashed_run_should_leave_no_file),
	TEST(commit_all_should_write_every_output_or_none),
	TEST(commit_should_keep_the_mode_of_the_file_it_replaces),
	TEST(a_write_error_should_fail_with_status_1_and_leave_no_file),
	TEST(a_closed_standard_output_should_stay_an_error),
	CU_TEST_INFO_NULL,
};

int add_output_suite(void)
{
	return add_suite_with("output", tests, setup, teardown);
}
