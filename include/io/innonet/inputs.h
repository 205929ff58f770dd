/* inputs.h: the files a run reads, and the one guard that keeps every output off them. */
#ifndef INNONET_INPUTS_H
#define INNONET_INPUTS_H

#include "innonet/error.h"

/*
 * Note the file open on fd as an input of this run (what: "model", "style", "scenario", a word
 * for the message). Every reader calls it right after opening a file, so the guard knows the
 * file itself (its device and inode), whatever path, link or spelling named it. A pipe,
 * terminal or device is not noted: writing to one cannot lose it. -1 with err only when more
 * files are read than a run can hold (INN_MAX_INPUTS).
 */
int inn_input_note(int fd, const char *what, struct inn_error *err);

/*
 * The same for a file named on the command line, before the command runs: a file option that a
 * command ignores for some format (export -f json --style S) or reads late is still an input.
 * A path that does not exist (yet), "-", a pipe or a device is not noted.
 */
int inn_input_note_path(const char *path, const char *what, struct inn_error *err);

/*
 * The guard every output goes through (inn_output_open and inn_output_commit call it):
 * -1 with "PATH: refusing to write over the input WHAT" when path is, or links to, a file noted
 * above; 0 otherwise (also when path does not exist yet).
 */
int inn_input_guard(const char *path, struct inn_error *err);

/* Forget every noted input (for tests that run several commands in one process). */
void inn_input_reset(void);

#define INN_MAX_INPUTS 64

#endif
