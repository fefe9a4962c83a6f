# Title: Areas of a district that no longer exists roll up to its successor
# Why: lookups published in different years use different district codes (Aylesbury Vale E07000004 became part of
# Buckinghamshire E06000060 in 2020); an area within an old district is within the current one too.
# ?derived is bound by the build to the derived graph.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived { ?area odsl:within ?current } }
WHERE {
  ?area odsl:within ?old .
  ?old dcterms:isReplacedBy ?current .
  FILTER NOT EXISTS { ?area odsl:within ?current }
}
