#include "kiji_html.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parserInternals.h>
#include <stdlib.h>

/* Elements opened deeper than maxDepth are not made: their content goes to the element at
 * maxDepth (text kept, structure flattened), so no walk over the tree goes deeper. The HTML
 * parser calls endElement once for each startElement (implied closes included), so a count of
 * the elements not made tells which endElement calls to skip. */
typedef struct {
    int32_t maxDepth;
    int64_t skipped;
    int64_t flattened;
    int brokeLast;
    startElementSAXFunc start;
    endElementSAXFunc end;
    charactersSAXFunc characters;
} kiji_depth_bound;

/* A block element that is not made still breaks the paragraph: an empty <br> stands in for
 * its start and for its end. */
static int kiji_is_block(const xmlChar *name) {
    static const char *blocks[] = { "p", "div", "li", "ul", "ol", "dl", "dd", "dt", "h1", "h2", "h3", "h4",
        "h5", "h6", "blockquote", "section", "article", "header", "footer", "aside", "nav", "main", "table",
        "tr", "td", "th", "pre", "figure", "figcaption", "br", "hr", "form", "address", 0 };
    for (int i = 0; blocks[i]; i++) if (xmlStrEqual(name, (const xmlChar *)blocks[i])) return 1;
    return 0;
}

static void kiji_break(htmlParserCtxtPtr ctxt, kiji_depth_bound *bound) {
    if (bound->brokeLast) return;
    bound->brokeLast = 1;
    bound->start(ctxt, (const xmlChar *)"br", 0);
    bound->end(ctxt, (const xmlChar *)"br");
}

static void kiji_bounded_start(void *context, const xmlChar *name, const xmlChar **attributes) {
    htmlParserCtxtPtr ctxt = (htmlParserCtxtPtr)context;
    kiji_depth_bound *bound = (kiji_depth_bound *)ctxt->_private;
    if (bound->skipped > 0 || ctxt->nodeNr >= bound->maxDepth) {
        bound->skipped++;
        bound->flattened++;
        if (kiji_is_block(name)) kiji_break(ctxt, bound);
        return;
    }
    bound->brokeLast = 0;
    bound->start(context, name, attributes);
}

static void kiji_bounded_characters(void *context, const xmlChar *text, int length) {
    htmlParserCtxtPtr ctxt = (htmlParserCtxtPtr)context;
    kiji_depth_bound *bound = (kiji_depth_bound *)ctxt->_private;
    bound->brokeLast = 0;
    bound->characters(context, text, length);
}

static void kiji_bounded_end(void *context, const xmlChar *name) {
    htmlParserCtxtPtr ctxt = (htmlParserCtxtPtr)context;
    kiji_depth_bound *bound = (kiji_depth_bound *)ctxt->_private;
    if (bound->skipped > 0) {
        bound->skipped--;
        if (kiji_is_block(name)) kiji_break(ctxt, bound);
        return;
    }
    bound->end(context, name);
}

void *kiji_html_parse(const char *bytes, int32_t length, int32_t maxDepth, int64_t *flattened) {
    /* XML_PARSE_HUGE lifts libxml2's 10 MB text-node and 256-deep limits, which otherwise halt
     * the parse and drop the rest of the page; Kiji's own bounds (document size, maxDepth
     * here) stand in for them. The bytes are UTF-8 (a Swift string), whatever a <meta> says. */
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
        | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    if (flattened) *flattened = 0;
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(length > 0 ? bytes : "", length > 0 ? length : 0);
    if (!ctxt) return 0;
    kiji_depth_bound bound = { maxDepth > 1 ? maxDepth : 1, 0, 0, 0, ctxt->sax->startElement, ctxt->sax->endElement,
                               ctxt->sax->characters };
    ctxt->sax->startElement = kiji_bounded_start;
    ctxt->sax->endElement = kiji_bounded_end;
    if (bound.characters) ctxt->sax->characters = kiji_bounded_characters;
    ctxt->_private = &bound;
    htmlCtxtUseOptions(ctxt, options);
    xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    htmlParseDocument(ctxt);
    xmlDocPtr document = ctxt->myDoc;
    ctxt->myDoc = 0;
    ctxt->_private = 0;
    htmlFreeParserCtxt(ctxt);
    if (flattened) *flattened = bound.flattened;
    return document;
}
void kiji_html_free(void *document) { if (document) xmlFreeDoc((xmlDocPtr)document); }
void *kiji_html_root(void *document) { return document ? xmlDocGetRootElement((xmlDocPtr)document) : 0; }
void *kiji_node_first_child(void *node) { return ((xmlNodePtr)node)->children; }
void *kiji_node_next_sibling(void *node) { return ((xmlNodePtr)node)->next; }
int32_t kiji_node_type(void *node) { return (int32_t)((xmlNodePtr)node)->type; }
const char *kiji_node_name(void *node) {
    xmlNodePtr n = (xmlNodePtr)node;
    return n->type == XML_ELEMENT_NODE ? (const char *)n->name : 0;
}
const char *kiji_node_content(void *node) {
    xmlNodePtr n = (xmlNodePtr)node;
    if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE || n->type == XML_COMMENT_NODE) return (const char *)n->content;
    return 0;
}
char *kiji_node_attribute(void *node, const char *name) {
    return (char *)xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
}
void kiji_string_free(char *string) { if (string) xmlFree(string); }
void *kiji_node_first_attribute(void *node) {
    xmlNodePtr n = (xmlNodePtr)node;
    return n->type == XML_ELEMENT_NODE ? (void *)n->properties : 0;
}
void *kiji_attribute_next(void *attribute) { return ((xmlAttrPtr)attribute)->next; }
const char *kiji_attribute_name(void *attribute) { return (const char *)((xmlAttrPtr)attribute)->name; }
char *kiji_attribute_value(void *attribute) {
    xmlAttrPtr a = (xmlAttrPtr)attribute;
    if (a->children != 0 && a->children->next == 0 &&
        (a->children->type == XML_TEXT_NODE || a->children->type == XML_CDATA_SECTION_NODE))
        return (char *)xmlStrdup(a->children->content);
    xmlChar *value = xmlNodeListGetString(a->doc, a->children, 1);
    return (char *)(value ? value : xmlStrdup((const xmlChar *)""));
}
const char *kiji_attribute_text(void *attribute) {
    xmlAttrPtr a = (xmlAttrPtr)attribute;
    if (a->children != 0 && a->children->next == 0 &&
        (a->children->type == XML_TEXT_NODE || a->children->type == XML_CDATA_SECTION_NODE))
        return (const char *)a->children->content;
    return 0;
}
