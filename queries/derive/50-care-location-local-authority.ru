# Title: CQC care locations are linked to the local authority CQC names
# Why: the CQC directory gives a location's council by name only ("Location Local Authority": "Kent", "Leeds",
# "East Sussex"), never by GSS code. Those names are the councils responsible for adult social care, i.e. upper-tier
# authorities, so a location is linked to the current upper-tier authority of that name (case ignored); a name no
# upper-tier area carries falls back to a current district of that name. Locations whose name matches neither keep
# only odsl:localAuthorityName (the query in the header of ontology/cubes/care-home-beds.ttl lists them).
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived { ?location odsl:localAuthority ?area } }
WHERE {
  { SELECT DISTINCT ?location ?key WHERE {
      ?location a odsl:CareLocation ;
                odsl:localAuthorityName ?name .
      BIND (LCASE(STR(?name)) AS ?key)
  } }
  { SELECT DISTINCT ?area ?key WHERE {
      ?area a odsl:UpperTierLocalAuthority ;
            rdfs:label ?label .
      FILTER NOT EXISTS { ?area dcterms:isReplacedBy ?successor }
      BIND (LCASE(STR(?label)) AS ?key)
  } }
} ;

INSERT { GRAPH ?derived { ?location odsl:localAuthority ?area } }
WHERE {
  { SELECT DISTINCT ?location ?key WHERE {
      ?location a odsl:CareLocation ;
                odsl:localAuthorityName ?name .
      FILTER NOT EXISTS { ?location odsl:localAuthority ?known }
      BIND (LCASE(STR(?name)) AS ?key)
  } }
  { SELECT DISTINCT ?area ?key WHERE {
      ?area a odsl:LocalAuthorityDistrict ;
            rdfs:label ?label .
      FILTER NOT EXISTS { ?area dcterms:isReplacedBy ?successor }
      BIND (LCASE(STR(?label)) AS ?key)
  } }
}
