# Title: An NHS organisation is replaced by the organisation of its area's successor
# Why: a GP practice file from 2019 names its commissioner 02R (NHS Bradford Districts CCG); its area was replaced by
# the area of 36J (NHS Bradford District and Craven CCG, rule 11), so the organisation 02R was replaced by the
# organisation 36J. The successor may appear in no loaded ODS file (36J was created after the 2019 extract), so the
# first step describes every successor along the chain: its URI is {base}id/organisation/{its ODS code} (?base is
# bound by the build), its name (rdfs:label) its area's. The second step links each organisation to its direct successor.
PREFIX odsl:    <https://odsl.org.uk/def/odsl/>
PREFIX org:     <http://www.w3.org/ns/org#>
PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs:    <http://www.w3.org/2000/01/rdf-schema#>
PREFIX dcterms: <http://purl.org/dc/terms/>

INSERT { GRAPH ?derived {
  ?newOrg a odsl:CommissioningOrganisation , odsl:NhsOrganisation , org:Organization ;
          skos:notation ?newCode ;
          rdfs:label ?name ;
          odsl:coversArea ?newArea .
} }
WHERE {
  ?oldOrg a odsl:CommissioningOrganisation ;
          odsl:coversArea ?oldArea .
  ?oldArea dcterms:isReplacedBy+ ?newArea .
  ?newArea odsl:odsCode ?newCode .
  OPTIONAL { ?newArea rdfs:label ?name }
  BIND (IRI(CONCAT(?base, "id/organisation/", STR(?newCode))) AS ?newOrg)
} ;

INSERT { GRAPH ?derived { ?oldOrg dcterms:isReplacedBy ?newOrg } }
WHERE {
  ?oldOrg a odsl:CommissioningOrganisation ;
          odsl:coversArea ?oldArea .
  ?oldArea dcterms:isReplacedBy ?newArea .
  ?newOrg a odsl:CommissioningOrganisation ;
          odsl:coversArea ?newArea .
}
