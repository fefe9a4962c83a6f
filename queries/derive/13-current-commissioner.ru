# Title: A GP practice's current commissioner follows its published commissioner's successors
# Why: the commissioner a practice file names may since have merged (rules 11 and 12); the current commissioner is
# the last organisation of that chain of successors, which links to today's CCG or sub-ICB area and through it to the
# integrated care board. Practices with no commissioner (column 15 empty) get none.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived { ?practice odsl:currentCommissioner ?current } }
WHERE {
  ?practice odsl:commissioner ?commissioner .
  ?commissioner dcterms:isReplacedBy* ?current .
  FILTER NOT EXISTS { ?current dcterms:isReplacedBy ?next }
}
