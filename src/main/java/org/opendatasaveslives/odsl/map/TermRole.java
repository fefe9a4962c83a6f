package org.opendatasaveslives.odsl.map;

/** The position a term map fills, which decides its default term type and the term types it may have. */
enum TermRole { SUBJECT, PREDICATE, OBJECT, GRAPH, DATATYPE, LANGUAGE, INPUT }
