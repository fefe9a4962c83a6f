# Title: Crime totals by local authority district and month, over every crime type (the police-recorded-crime Data Cube)
# Why: small counts in the cube are suppressed at build time (docs/disclosure-control.md), so a district's month total
# is no longer the sum of its published cells. The true total is computed here from the district observations of
# rule 61, before any suppression, as an observation whose crime type is odsl's "all crime types" code; the
# disclosure control then publishes it unless it would reveal a suppressed cell. Queries wanting a district's month
# total read this observation instead of summing the cells.
PREFIX odsl: <https://odsl.org.uk/def/odsl/>
PREFIX qb:   <http://purl.org/linked-data/cube#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sdmx-dimension: <http://purl.org/linked-data/sdmx/2009/dimension#>
PREFIX sdmx-attribute: <http://purl.org/linked-data/sdmx/2009/attribute#>
PREFIX unit: <http://qudt.org/vocab/unit/>

INSERT { GRAPH ?derived {
  ?observation a qb:Observation ;
      qb:dataSet ?dataset ;
      sdmx-dimension:refArea ?district ;
      sdmx-dimension:refPeriod ?month ;
      odsl:crimeType <https://odsl.org.uk/def/crime-type/all-types> ;
      odsl:crimeCount ?count ;
      sdmx-attribute:unitMeasure unit:NUM .
} }
WHERE {
  { SELECT ?dataset ?district ?month (SUM(?typeCount) AS ?count) WHERE {
      BIND (IRI(CONCAT(?base, "id/dataset/police-recorded-crime")) AS ?dataset)
      GRAPH ?derived {
        ?districtObservation qb:dataSet ?dataset ;
                             sdmx-dimension:refArea ?district ;
                             sdmx-dimension:refPeriod ?month ;
                             odsl:crimeCount ?typeCount .
      }
      ?district a odsl:LocalAuthorityDistrict .
  } GROUP BY ?dataset ?district ?month }
  ?district skos:notation ?code .
  BIND (IRI(CONCAT(?base, "id/observation/police-recorded-crime/", ?code, "/", STRAFTER(STR(?month), "/id/month/"),
                   "/all-types")) AS ?observation)
}
