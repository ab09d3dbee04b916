// A tiny C view of libxml2's HTML parser. Debian's libxml2 headers include the system ICU
// headers, which clash in Swift with the ICU module Foundation carries; so Swift sees only
// these functions and opaque pointers, never a libxml2 header.
#ifndef KIJI_HTML_H
#define KIJI_HTML_H
#include <stdint.h>

/// Node kinds, as libxml2's xmlElementType.
enum { KIJI_NODE_ELEMENT = 1, KIJI_NODE_TEXT = 3, KIJI_NODE_CDATA = 4, KIJI_NODE_COMMENT = 8 };

/// Parses UTF-8 HTML, recovering from broken markup, without network access. NULL on failure.
/// Elements nested deeper than `maxDepth` are merged into their ancestor at that depth (their
/// text kept); `flattened` gets how many were.
void *kiji_html_parse(const char *bytes, int32_t length, int32_t maxDepth, int64_t *flattened);
void kiji_html_free(void *document);
/// The root element (usually <html>), or NULL.
void *kiji_html_root(void *document);

void *kiji_node_first_child(void *node);
void *kiji_node_next_sibling(void *node);
int32_t kiji_node_type(void *node);
/// Lower-case element name (static for the document's lifetime), or NULL for non-elements.
const char *kiji_node_name(void *node);
/// Text or comment content (owned by the document), or NULL.
const char *kiji_node_content(void *node);
/// An attribute's value, malloc'd (free with kiji_string_free), or NULL.
char *kiji_node_attribute(void *node, const char *name);
void kiji_string_free(char *string);

/// The element's first attribute (NULL when it has none), and the next one after `attribute`.
void *kiji_node_first_attribute(void *node);
void *kiji_attribute_next(void *attribute);
/// The attribute's name (owned by the document).
const char *kiji_attribute_name(void *attribute);
/// The attribute's value when it is one text node (owned by the document), else NULL.
const char *kiji_attribute_text(void *attribute);
/// The attribute's value as xmlGetProp gives it, malloc'd (free with kiji_string_free).
char *kiji_attribute_value(void *attribute);
#endif
