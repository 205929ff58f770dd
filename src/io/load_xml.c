/*
 * load_xml.c: the libxml2 habits the GEXF and GraphML readers share (see load_xml.h): kept texts,
 * messages with the line, element lookups, the size limits and the streaming walk.
 */
#include "load_xml.h"

#include "innonet/grow.h"
#include "load_internal.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

int inn_xml_oom(struct inn_xml *x)
{
	return inn_error_set(x->err, INN_EFAIL, "%s: out of memory while loading the model", x->origin);
}

int inn_xml_fail(struct inn_xml *x, const xmlNode *at, const char *fmt, ...)
{
	char msg[700];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return inn_error_set(x->err, INN_EINPUT, "%s:%ld: %s", x->origin, at ? xmlGetLineNo(at) : 0L, msg);
}

bool inn_xml_named(const xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && strcmp((const char *)n->name, name) == 0;
}

const xmlNode *inn_xml_child(const xmlNode *n, const char *name)
{
	for (const xmlNode *k = n ? n->children : NULL; k; k = k->next)
		if (inn_xml_named(k, name))
			return k;
	return NULL;
}

const char *inn_xml_keep(struct inn_xml *x, xmlChar *v)
{
	if (!v)
		return NULL;
	if (x->ntexts == x->texts_cap) {
		xmlChar **t = inn_grow(x->texts, &x->texts_cap, x->ntexts + 1, sizeof(*t));
		if (!t) {
			xmlFree(v);
			return NULL;
		}
		x->texts = t;
	}
	x->texts[x->ntexts++] = v;
	return (const char *)v;
}

const char *inn_xml_prop(struct inn_xml *x, const xmlNode *n, const char *name)
{
	return inn_xml_keep(x, xmlGetProp((xmlNode *)n, (const xmlChar *)name));
}

void inn_xml_release(struct inn_xml *x)
{
	for (size_t i = x->kept; i < x->ntexts; i++)
		xmlFree(x->texts[i]);
	x->ntexts = x->kept;
}

void inn_xml_free(struct inn_xml *x)
{
	x->kept = 0;
	inn_xml_release(x);
	free(x->texts);
	x->texts = NULL;
	x->texts_cap = 0;
}

int inn_xml_add_node(struct inn_xml *x, struct inn_model *m, const xmlNode *at, const char *id, size_t *index)
{
	if (!id || !*id)
		return inn_xml_fail(x, at, "a node has no id");
	if (strlen(id) > INN_LOAD_MAX_STRING)
		return inn_xml_fail(x, at, "node id longer than %zu bytes", INN_LOAD_MAX_STRING);
	int rc = inn_model_add_node(m, id, false, index);
	if (rc == INN_MODEL_EDUP)
		return inn_xml_fail(x, at, "duplicate node id '%.200s'", id);
	return rc < 0 ? inn_xml_oom(x) : 0;
}

int inn_xml_check_size(struct inn_xml *x, size_t len)
{
	if (len == 0)
		return inn_error_set(x->err, INN_EINPUT, "%s: empty file (expected %s)", x->origin, x->format);
	if (len > INT_MAX)
		return inn_error_set(x->err, INN_EINPUT, "%s: %s larger than 2 GiB", x->origin, x->format);
	return 0;
}

/* Keep libxml2's first fatal error: it goes on scanning, and later ones are echoes. */
static void first_error(void *data, xmlErrorPtr e)
{
	struct inn_xml *x = data;

	/* namespace errors (yEd's y: elements undeclared) are not fatal: the file is read */
	if (x->first_line || !e || e->level < XML_ERR_FATAL)
		return;
	snprintf(x->first, sizeof(x->first), "%s", e->message ? e->message : "not well-formed XML");
	x->first_line = e->line > 0 ? e->line : 1;
}

/* "Opening and ending tag mismatch: node line 4 and graph\n" -> "opening and ending tag mismatch: ..." */
static int parse_error(struct inn_xml *x)
{
	char msg[512];
	size_t len;

	snprintf(msg, sizeof(msg), "%s", x->first_line ? x->first : "not well-formed XML");
	len = strlen(msg);
	while (len && (msg[len - 1] == '\n' || msg[len - 1] == ' ' || msg[len - 1] == '.'))
		msg[--len] = '\0';
	if (msg[0] >= 'A' && msg[0] <= 'Z' && !(msg[1] >= 'A' && msg[1] <= 'Z'))
		msg[0] = (char)(msg[0] - 'A' + 'a');
	return inn_error_set(x->err, INN_EINPUT, "%s:%d: invalid %s: %s", x->origin, x->first_line, x->format, msg);
}

/*
 * The last fatal error of libxml2's whole-document parser, which goes on after the first (the
 * stream reader stops there): a parse with libxml2's own handlers for the document and its
 * entities but none for elements or text, so that no tree is built. Only after the stream
 * found the file not well-formed.
 */
static void last_error(struct inn_xml *x, const char *buf, size_t len)
{
	xmlSAXHandler sax;
	xmlParserCtxtPtr p;

	xmlSAXVersion(&sax, 2);
	sax.startElementNs = NULL;
	sax.endElementNs = NULL;
	sax.characters = NULL;
	sax.ignorableWhitespace = NULL;
	sax.cdataBlock = NULL;
	sax.comment = NULL;
	sax.processingInstruction = NULL;
	sax.reference = NULL;
	if (!(p = xmlCreateMemoryParserCtxt(buf, (int)len)))
		return;
	if (p->sax != (xmlSAXHandlerPtr)&xmlDefaultSAXHandler)
		xmlFree(p->sax);
	p->sax = &sax;
	xmlCtxtUseOptions(p, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	xmlParseDocument(p);
	const xmlError *e = xmlCtxtGetLastError(p);
	if (e && e->level >= XML_ERR_ERROR) {
		snprintf(x->first, sizeof(x->first), "%s", e->message ? e->message : "not well-formed XML");
		x->first_line = e->line;
	}
	p->sax = NULL;
	xmlFreeDoc(p->myDoc);
	p->myDoc = NULL;
	xmlFreeParserCtxt(p);
}

/* libxml2 prints parse errors on stderr unless told where to put them: innonet prints one line itself. */
static void quiet(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

int inn_xml_walk(struct inn_xml *x, const char *buf, size_t len, const struct inn_xml_walk *w)
{
	xmlSetGenericErrorFunc(NULL, quiet);
	/* no network, no DTD loaded, no entity substituted */
	xmlTextReaderPtr r = xmlReaderForMemory(buf, (int)len, x->origin, NULL,
						XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
							XML_PARSE_NOBLANKS | XML_PARSE_COMPACT |
							XML_PARSE_BIG_LINES); /* lines past 65,535 as they are */
	bool skip = false;
	int ret = 0, rc = 0;

	if (!r)
		return inn_xml_oom(x);
	x->first_line = 0;
	xmlTextReaderSetStructuredErrorHandler(r, first_error, x);
	while (rc >= 0 && (ret = skip ? xmlTextReaderNext(r) : xmlTextReaderRead(r)) == 1) {
		int type = xmlTextReaderNodeType(r), depth = xmlTextReaderDepth(r);
		const char *name = (const char *)xmlTextReaderConstLocalName(r);
		skip = false;
		if (type == XML_READER_TYPE_END_ELEMENT && w->end)
			w->end(w->arg, depth, name);
		if (type != XML_READER_TYPE_ELEMENT)
			continue;
		bool empty = xmlTextReaderIsEmptyElement(r) == 1;
		rc = w->start(w->arg, r, depth, name);
		inn_xml_release(x);
		if (rc == INN_XML_BROKEN)
			break; /* ret stays 1: the error is the reader's */
		skip = rc == INN_XML_SKIP;
		if (rc == INN_XML_DESCEND && empty && w->end)
			w->end(w->arg, depth, name);
	}
	if (rc >= 0 && ret != 0 && x->last_error)
		last_error(x, buf, len);
	if (rc >= 0 && ret != 0)
		rc = parse_error(x);
	xmlFreeTextReader(r);
	return rc < 0 ? -1 : 0;
}
