# Title: LSOAs the lookups do not place in a district are placed by their name
# Why: police.uk files use 2021 LSOAs; the ONS lookups shipped here are 2011-based and lack new 2021 codes. An LSOA's
# name always starts with its district's name ("Leeds 111F" is in Leeds), so a district whose name matches places it:
# a current district when one has that name, otherwise a former one (Mendip, merged into Somerset in 2023), which the
# next rule rolls up to its successor. LSOAs that still have no district are listed by the check
# unresolved-lsoa-districts.rq.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived { ?lsoa odsl:within ?district } }
WHERE {
  ?lsoa a odsl:LowerLayerSuperOutputArea ;
        rdfs:label ?name .
  FILTER NOT EXISTS { ?lsoa odsl:within ?known . ?known a odsl:LocalAuthorityDistrict }
  BIND (REPLACE(STR(?name), " [0-9]{3}[A-Z]$", "") AS ?districtName)
  ?district a odsl:LocalAuthorityDistrict ;
            rdfs:label ?districtName .
  FILTER (NOT EXISTS { ?district dcterms:isReplacedBy ?successor }
          || NOT EXISTS { ?current a odsl:LocalAuthorityDistrict ;
                                   rdfs:label ?districtName .
                          FILTER NOT EXISTS { ?current dcterms:isReplacedBy ?any } })
}
