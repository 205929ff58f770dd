/*
 * load_xml.h: what the GEXF and GraphML readers (load_gexf.c, load_graphml.c) share on libxml2:
 * texts kept while an element is read, messages that name the line, element lookups in a small
 * expanded tree, the size limits, and one streaming walk over the document, so that neither
 * reader ever holds the whole file as a tree (that takes some 16 times the file's size).
 */
#ifndef INNONET_LOAD_XML_H
#define INNONET_LOAD_XML_H

#include <stdbool.h>
#include <stddef.h>

#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include "innonet/error.h"
#include "innonet/model.h"

/* The part of a reader's state that is about XML; each reader embeds one in its own context. */
struct inn_xml {
	const char *origin;    /* borrowed: names the file in messages */
	const char *format;    /* borrowed: "GEXF" or "GraphML", as in "invalid GEXF: ..." */
	struct inn_error *err; /* borrowed */
	xmlChar **texts;       /* owned: texts from libxml2 kept until inn_xml_release() */
	size_t ntexts, texts_cap;
	size_t kept;           /* texts[0 .. kept) are kept to the end of the read (declarations) */
	char first[512];       /* libxml2's first fatal error: it goes on scanning, and later ones are echoes */
	int first_line;        /* 0 until there is one */
	bool last_error;       /* report the last error of libxml2's whole-document parser instead (the GEXF
				* reader's messages, kept from when it parsed the whole tree) */
};

/* The node (link) a reader is placing fields on, as its field callbacks get it; every pointer borrowed. */
struct inn_xml_node {
	struct inn_node *n;
	struct inn_node_more *x;
	const char *where; /* names it in messages: "<origin>:<line>: node 'id'" */
};

struct inn_xml_link {
	struct inn_link *l;
	struct inn_link_more *x;
	const char *where;
};

/* Fill err with "<origin>: out of memory while loading the model"; returns -1. */
int inn_xml_oom(struct inn_xml *x);

/* Fill err with "<origin>:<line of at>: <message>" (line 0 when at is NULL); returns -1. */
int inn_xml_fail(struct inn_xml *x, const xmlNode *at, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* n is an element whose local name is name. */
bool inn_xml_named(const xmlNode *n, const char *name);

/* The first child element of n (which may be NULL) named name; NULL when none. */
const xmlNode *inn_xml_child(const xmlNode *n, const char *name);

/* Keep text v (libxml2's, now owned by x) until inn_xml_release(); NULL (v freed) when out of memory. */
const char *inn_xml_keep(struct inn_xml *x, xmlChar *v);

/* An attribute's value, kept until inn_xml_release(); NULL when absent (or out of memory). */
const char *inn_xml_prop(struct inn_xml *x, const xmlNode *n, const char *name);

/* Free the texts kept since texts[kept) (all of them once kept is 0). */
void inn_xml_release(struct inn_xml *x);

/* Free every text and the list: the end of a read. */
void inn_xml_free(struct inn_xml *x);

/* The file is not empty and libxml2 can take its length (err filled naming x->format otherwise); -1 when not. */
int inn_xml_check_size(struct inn_xml *x, size_t len);

/*
 * Add a node of id to m (*index: its position), at names the element in messages: refused when
 * the id is missing or empty, longer than INN_LOAD_MAX_STRING or a repeat. -1 (err filled) when not added.
 */
int inn_xml_add_node(struct inn_xml *x, struct inn_model *m, const xmlNode *at, const char *id, size_t *index);

/* What a walk's start() returns besides -1 (err filled): */
enum inn_xml_step {
	INN_XML_DESCEND = 0, /* read the element's children as the stream goes on */
	INN_XML_SKIP = 1,    /* go on after the element: its subtree was expanded and read, or is not wanted */
	INN_XML_BROKEN = 2,  /* xmlTextReaderExpand() failed: the element is not well-formed (the reader says why) */
};

struct inn_xml_walk {
	/* An element begins at depth (the root is 0), with its local name; r stands on it. */
	int (*start)(void *arg, xmlTextReaderPtr r, int depth, const char *name);
	/* An element that start() descended into ends (an empty one too); may be NULL. */
	void (*end)(void *arg, int depth, const char *name);
	void *arg;
};

/*
 * One pass over buf[0..len) as a stream, through w. Texts kept during a start() are released
 * after it (texts[0 .. kept) stay). No network, no DTD loaded, no entity substituted. A file that
 * is not well-formed fails with libxml2's first fatal error: "<origin>:<line>: invalid FORMAT: ...".
 * 0 when the whole file was read; -1 (err filled) when not.
 */
int inn_xml_walk(struct inn_xml *x, const char *buf, size_t len, const struct inn_xml_walk *w);

#endif
