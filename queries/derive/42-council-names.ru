# Title: A council with adult social services responsibilities is named after its area
# Why: the ASC-FR files identify councils only by their social services code (CASSR_CODE 820) and area code; the
# geography lookups name the area (Kent). The name lets people read query results; it is not the council's formal
# name ("Kent County Council"), which no loaded source gives. ?derived is bound by the build.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>

INSERT { GRAPH ?derived { ?council rdfs:label ?name } }
WHERE {
  ?council a odsl:SocialServicesAuthority ;
           skos:notation ?code ;
           odsl:governsArea ?area .
  FILTER NOT EXISTS { ?council rdfs:label ?anyName }
  { SELECT ?area (MIN(?label) AS ?areaName) WHERE { ?area rdfs:label ?label } GROUP BY ?area }
  BIND (CONCAT("Council for ", ?areaName, " (social services code ", ?code, ")") AS ?name)
}
