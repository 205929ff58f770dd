/* export_data.h: `innonet export` in a data format (export_data.c), for cmd_export.c. */
#ifndef INNONET_EXPORT_DATA_H
#define INNONET_EXPORT_DATA_H

#include <stdbool.h>

#include "innonet/error.h"
#include "innonet/options.h"

/*
 * Whether --format, or else the extension of -o, names a data format (write.h); and the whole
 * export in such a format: load the model, compute every measure of the measure table, write,
 * report.
 */
bool inn_export_data_wanted(const char *format, const char *path);
int inn_export_data(const struct inn_args *a, struct inn_error *err);

#endif
