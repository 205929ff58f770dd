/*
 * modules.c: the innonet binary's side of modules.h: the functions of the drawing and GraphML
 * code, each of which loads its module on first use and calls into it. Only the binary has
 * this file; the tests link the modules' code itself.
 *
 * A module is looked for beside the binary (the build tree), then in INN_MODULE_DIR relative to
 * the binary's directory (an installed or unpacked package), by absolute path only, so neither
 * LD_LIBRARY_PATH nor the current directory decides which code runs.
 */
#define _GNU_SOURCE
#include "modules.h"

#include <dlfcn.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "innonet/draw.h"
#include "innonet/load.h"

#ifndef INN_MODULE_DIR
#define INN_MODULE_DIR "../lib/innonet"
#endif

/* The directory of the running binary, with a final '/'; false when /proc cannot say. */
static bool binary_dir(char *dir, size_t size)
{
	ssize_t n = readlink("/proc/self/exe", dir, size - 1);
	char *slash;

	if (n <= 0 || (size_t)n >= size - 1)
		return false;
	dir[n] = '\0';
	if (!(slash = strrchr(dir, '/')))
		return false;
	slash[1] = '\0';
	return true;
}

/* The table symbol of module name, loaded once; NULL with err filled when it cannot be. */
static const void *load(const char *name, const char *symbol, struct inn_error *err)
{
	const char *const where[] = {"", INN_MODULE_DIR "/"};
	char dir[PATH_MAX], path[PATH_MAX + 64], why[256] = "not found";
	void *handle = NULL;

	if (!binary_dir(dir, sizeof(dir))) {
		inn_error_set(err, INN_EFAIL, "cannot find innonet's module %s: /proc/self/exe is unreadable", name);
		return NULL;
	}
	for (size_t i = 0; i < sizeof(where) / sizeof(where[0]) && !handle; i++) {
		snprintf(path, sizeof(path), "%s%s%s", dir, where[i], name);
		if (access(path, F_OK) != 0)
			continue;
		/* RTLD_NOW: a missing library is this message, not a crash in the middle of a command */
		if (!(handle = dlopen(path, RTLD_NOW | RTLD_LOCAL)))
			snprintf(why, sizeof(why), "%s", dlerror());
	}
	const unsigned *abi = handle ? dlsym(handle, symbol) : NULL;
	if (!handle || !abi || *abi != INN_MODULE_ABI) {
		inn_error_set(err, INN_EFAIL, "cannot load innonet's module %s: %s", name,
			      !handle ? why : !abi ? "it has no table" : "it is of another innonet build");
		return NULL;
	}
	return abi;
}

static const struct inn_graphviz_module *graphviz(struct inn_error *err)
{
	static const struct inn_graphviz_module *module;

	if (!module)
		module = load(INN_GRAPHVIZ_MODULE, "inn_graphviz_module", err);
	return module;
}

Agraph_t *inn_dot_build(const struct inn_model *m, const struct inn_export_opts *o, struct inn_error *err)
{
	const struct inn_graphviz_module *g = graphviz(err);

	return g ? g->dot_build(m, o, err) : NULL;
}

int inn_dot_write(Agraph_t *graph, FILE *out, struct inn_error *err)
{
	const struct inn_graphviz_module *g = graphviz(err);

	return g ? g->dot_write(graph, out, err) : -1;
}

int inn_render(Agraph_t *graph, const char *engine, const char *format, FILE *out, struct inn_error *err)
{
	const struct inn_graphviz_module *g = graphviz(err);

	return g ? g->render(graph, engine, format, out, err) : -1;
}

int inn_render_late(Agraph_t *graph, const char *engine, const char *format, const struct inn_late_ranks *late,
		    FILE *out, struct inn_error *err)
{
	const struct inn_graphviz_module *g = graphviz(err);

	return g ? g->render_late(graph, engine, format, late, out, err) : -1;
}

void inn_dot_close(Agraph_t *graph)
{
	const struct inn_graphviz_module *g;
	struct inn_error err;

	inn_error_init(&err);
	/* a graph exists only if the module was loaded to make it */
	if (graph && (g = graphviz(&err)))
		g->dot_close(graph);
}

const char *inn_graphviz_version(void)
{
	struct inn_error err;
	const struct inn_graphviz_module *g;

	inn_error_init(&err);
	g = graphviz(&err);
	return g ? g->version() : "?";
}

struct inn_model *inn_load_dot(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	const struct inn_graphviz_module *g = graphviz(err);

	return g ? g->load_dot(buf, len, origin, err) : NULL;
}

static const struct inn_graphml_module *graphml(struct inn_error *err)
{
	static const struct inn_graphml_module *module;

	if (!module)
		module = load(INN_GRAPHML_MODULE, "inn_graphml_module", err);
	return module;
}

struct inn_model *inn_load_graphml(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	const struct inn_graphml_module *module = graphml(err);

	return module ? module->load_graphml(buf, len, origin, err) : NULL;
}

struct inn_model *inn_load_gexf(const char *buf, size_t len, const char *origin, struct inn_error *err)
{
	const struct inn_graphml_module *module = graphml(err);

	return module ? module->load_gexf(buf, len, origin, err) : NULL;
}
