#include "kiji_html.h"
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdlib.h>

void *kiji_html_parse(const char *bytes, int32_t length) {
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_COMPACT;
    return htmlReadMemory(bytes, length, 0, "UTF-8", options);
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
