# Title: Police forces are linked to the police force area they are named after
# Why: police.uk names forces ("West Yorkshire Police", "Avon and Somerset Constabulary"), ONS names their areas
# ("West Yorkshire"); the longest area name that starts the force's name wins. Forces left unlinked (British
# Transport Police has no area) are listed by the check unresolved-police-forces.rq.
PREFIX odsl: <https://odsl.org.uk/def/odsl/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>

INSERT { GRAPH ?derived { ?force odsl:policeForceArea ?area } }
WHERE {
  ?force a odsl:PoliceForce ;
         rdfs:label ?forceName .
  ?area a odsl:PoliceForceArea ;
        rdfs:label ?areaName .
  FILTER (STRSTARTS(STR(?forceName), CONCAT(STR(?areaName), " ")))
  FILTER NOT EXISTS {
    ?longer a odsl:PoliceForceArea ;
            rdfs:label ?longerName .
    FILTER (STRLEN(?longerName) > STRLEN(?areaName) && STRSTARTS(STR(?forceName), CONCAT(STR(?longerName), " ")))
  }
}
